#include "read/html_furniture.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace rawi
