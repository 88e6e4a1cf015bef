#include "read/html_furniture.h"

#include <gtest/gtest.h>

#include <string>

#include "read/html_dom.h"

namespace rawi {
namespace {

TEST(IsFurnitureTagTest, Tags) {
  for (const char* tag : {"script", "style", "nav", "header", "footer", "aside", "form", "button",
                          "figure", "figcaption", "iframe", "noscript", "svg"}) {
    EXPECT_TRUE(IsFurnitureTag(tag)) << tag;
  }
  for (const char* tag : {"p", "div", "article", "main", "section", "blockquote", "ul", "a", ""}) {
    EXPECT_FALSE(IsFurnitureTag(tag)) << tag;
  }
}

struct NameCase {
  std::string attributes;
  bool furniture;
};

class HasFurnitureNameTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(HasFurnitureNameTest, ClassAndId) {
  const HtmlDocPtr doc = ParseHtml("<div " + GetParam().attributes + ">x</div>", "UTF-8");
  const xmlNode* div = FindFirst(reinterpret_cast<const xmlNode*>(doc.get()), "div");
  ASSERT_NE(div, nullptr);
  EXPECT_EQ(HasFurnitureName(div), GetParam().furniture) << GetParam().attributes;
}

INSTANTIATE_TEST_SUITE_P(
    Attributes, HasFurnitureNameTest,
    ::testing::Values(
        NameCase{"class=\"share-buttons\"", true}, NameCase{"id=\"comments\"", true},
        NameCase{"class=\"Social-Links\"", true}, NameCase{"class=\"related-posts\"", true},
        NameCase{"class=\"newsletter-signup\"", true}, NameCase{"class=\"advert-inline\"", true},
        NameCase{"class=\"promo-box\"", true}, NameCase{"class=\"breadcrumb\"", true},
        NameCase{"class=\"post-tags\"", true}, NameCase{"class=\"cookie-consent\"", true},
        NameCase{"class=\"byline\"", true}, NameCase{"class=\"ad-slot\"", true},
        NameCase{"class=\"main-menu\"", true}, NameCase{"class=\"post-meta\"", true},
        NameCase{"class=\"widget-area\"", true}, NameCase{"class=\"read-more\"", true},
        NameCase{"class=\"field-name-field-writer\"", true},
        NameCase{"class=\"bbc-consent-banner\"", true}, NameCase{"id=\"disqus_thread\"", true},
        NameCase{"class=\"OUTBRAIN\"", true}, NameCase{"class=\"taboola-below\"", true},
        NameCase{"class=\"pagination\"", true}, NameCase{"class=\"legends\"", true},
        NameCase{"id=\"skyscraper-right\"", true}, NameCase{"class=\"replies\"", true},
        NameCase{"class=\"gdpr-notice\"", true}, NameCase{"class=\"popup\"", false},
        NameCase{"class=\"entry-content\"", false}, NameCase{"class=\"article-body\"", false},
        NameCase{"class=\"story-text\"", false}, NameCase{"class=\"heading\"", false},
        NameCase{"class=\"loaded\"", false}, NameCase{"class=\"metadata-free\"", false},
        NameCase{"", false}));

struct HiddenCase {
  std::string attributes;
  bool hidden;
};

class IsHiddenTest : public ::testing::TestWithParam<HiddenCase> {};

TEST_P(IsHiddenTest, Attributes) {
  const HtmlDocPtr doc = ParseHtml("<div " + GetParam().attributes + ">x</div>", "UTF-8");
  const xmlNode* div = FindFirst(reinterpret_cast<const xmlNode*>(doc.get()), "div");
  EXPECT_EQ(IsHidden(div), GetParam().hidden) << GetParam().attributes;
}

INSTANTIATE_TEST_SUITE_P(Attributes, IsHiddenTest,
                         ::testing::Values(HiddenCase{"hidden", true},
                                           HiddenCase{"aria-hidden=\"true\"", true},
                                           HiddenCase{"style=\"display: none\"", true},
                                           HiddenCase{"style=\"color:red;DISPLAY:NONE\"", true},
                                           HiddenCase{"aria-hidden=\"false\"", false},
                                           HiddenCase{"style=\"display:block\"", false},
                                           HiddenCase{"style=\"visibility: hidden;\"", true},
                                           HiddenCase{"style=\"visibility:visible\"", false},
                                           HiddenCase{"", false}));

const xmlNode* FirstDiv(const HtmlDocPtr& doc) {
  return FindFirst(reinterpret_cast<const xmlNode*>(doc.get()), "div");
}

TEST(MarksAuthorTest, RelItempropClassAndId) {
  for (const char* attributes :
       {"rel=\"author\"", "itemprop=\"author\"", "class=\"c-byline\"", "class=\"article-author\"",
        "class=\"Authors\"", "id=\"field-writer\"", "class=\"author_name\""}) {
    const HtmlDocPtr doc = ParseHtml(std::string("<div ") + attributes + ">x</div>", "UTF-8");
    EXPECT_TRUE(MarksAuthor(FirstDiv(doc))) << attributes;
  }
  for (const char* attributes : {"class=\"comment-author\"", "class=\"authority-control\"",
                                 "id=\"authoring\"", "class=\"story\"", ""}) {
    const HtmlDocPtr doc = ParseHtml(std::string("<div ") + attributes + ">x</div>", "UTF-8");
    EXPECT_FALSE(MarksAuthor(FirstDiv(doc))) << attributes;
  }
}

TEST(IsCreditLineTest, ShortRowWithAnAuthorChild) {
  const HtmlDocPtr row = ParseHtml(
      "<div><span class=source>دبي - العربية.نت</span><span class=writer>نادين الحسيني</span>"
      "</div>",
      "UTF-8");
  EXPECT_TRUE(IsCreditLine(FirstDiv(row), 50));
  EXPECT_FALSE(IsCreditLine(FirstDiv(row), 201));  // a container, not a line
  EXPECT_FALSE(IsCreditLine(FirstDiv(row), 0));
  const HtmlDocPtr labelled = ParseHtml(
      "<div><h2 id=article-byline>معلومات عن الكاتب</h2><p>الكاتب، سلمى</p></div>", "UTF-8");
  EXPECT_FALSE(IsCreditLine(FirstDiv(labelled), 40));  // the text rules read it
  const HtmlDocPtr plain = ParseHtml("<div><span>a</span><b>b</b></div>", "UTF-8");
  EXPECT_FALSE(IsCreditLine(FirstDiv(plain), 2));
}

}  // namespace
}  // namespace rawi
