#include "read/html_byline.h"

#include <gtest/gtest.h>

#include "read/html_dom.h"
#include "read/html_page_facts.h"

namespace rawi {
namespace {

struct NameCase {
  std::string written;
  std::string name;
};

class BylineNameTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(BylineNameTest, Cleans) { EXPECT_EQ(BylineName(GetParam().written), GetParam().name); }

INSTANTIATE_TEST_SUITE_P(
    Lines, BylineNameTest,
    ::testing::Values(
        NameCase{"Jane Roe", "Jane Roe"}, NameCase{"  By   Jane Roe ", "Jane Roe"},
        NameCase{"by Lucas Nolan 22 Dec 2016", "Lucas Nolan"},
        NameCase{"Posted by Andrew Zonenberg", "Andrew Zonenberg"},
        NameCase{"Written by Rob Ewaschuk", "Rob Ewaschuk"},
        NameCase{"Par Sébastien Farcis", "Sébastien Farcis"},
        NameCase{"Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Dan Goodin"},
        NameCase{"Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC", "Joe Wee"},
        NameCase{"Sarah Gooding March 9, 2017", "Sarah Gooding"},
        NameCase{"James Akinaka • 8h", "James Akinaka"},
        NameCase{"Alex Perry, 1 day ago", "Alex Perry"},
        // "May" alone may be a name; before a number it is a month.
        NameCase{"Theresa May", "Theresa May"},
        NameCase{"Joshua Sokol May 20, 2019", "Joshua Sokol"},
        NameCase{"Byron Smith", "Byron Smith"}, NameCase{"Jane Roe 10:30", "Jane Roe"},
        NameCase{"كتب: مروان العكاري", "مروان العكاري"}, NameCase{"بقلم محمد علي", "محمد علي"},
        NameCase{"تونس: كمال بن يوسف", "كمال بن يوسف"},
        NameCase{"بنغازي - بوابة الوسط: عبدالرحمن البكوش", "عبدالرحمن البكوش"},
        NameCase{"علي الشريف الأحد 6 أبريل 2025", "علي الشريف"}, NameCase{"", ""},
        NameCase{"12 April 2025", ""},
        NameCase{"The minister said the plan would be ready by the end of the month.", ""},
        NameCase{"one two three four five six seven eight nine ten eleven", ""}));

PageFacts Facts(const std::string& page) {
  const HtmlDocPtr doc = ParseHtml(page, "UTF-8");
  return CollectFacts(doc.get());
}

TEST(SiteNameTest, MetaPublisherThenTitle) {
  EXPECT_EQ(SiteName(Facts("<meta property=\"og:site_name\" content=\" Libya Herald \">"
                           "<title>Story - Other</title>")),
            "Libya Herald");
  EXPECT_EQ(SiteName(Facts("<meta name=\"application-name\" content=\"Al Wasat\">")), "Al Wasat");
  EXPECT_EQ(SiteName(Facts("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                           "\"publisher\":{\"name\":\"Sky News Arabia\"}}</script>")),
            "Sky News Arabia");
  EXPECT_EQ(SiteName(Facts("<title>بوابة الوسط | افتتاح مستشفى بنغازي الجديد</title>")),
            "بوابة الوسط");
  EXPECT_EQ(SiteName(Facts("<title>Port of Misrata reopens after repairs - Libya Herald</title>")),
            "Libya Herald");
  EXPECT_EQ(SiteName(Facts("<title>Only a headline</title>")), "");
}

TEST(IsSiteNameTest, SiteNameMetaPublisherAndTitle) {
  EXPECT_TRUE(IsSiteName("Libya Herald",
                         Facts("<meta property=\"og:site_name\" content=\"Libya Herald\">")));
  EXPECT_TRUE(IsSiteName("al wasat",
                         Facts("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                               "\"publisher\":{\"name\":\"Al Wasat\"}}</script>")));
  const PageFacts titled = Facts("<title>بوابة الوسط | افتتاح مستشفى بنغازي الجديد</title>");
  EXPECT_TRUE(IsSiteName("بوابة الوسط", titled));
  EXPECT_FALSE(IsSiteName("افتتاح مستشفى بنغازي الجديد", titled));  // the headline
  EXPECT_FALSE(IsSiteName("عبدالرحمن البكوش", titled));
  EXPECT_FALSE(IsSiteName("", titled));
  EXPECT_FALSE(IsSiteName("Jane Roe", Facts("<title>Jane Roe</title>")));
}

}  // namespace
}  // namespace rawi
