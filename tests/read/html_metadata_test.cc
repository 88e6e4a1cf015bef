#include "read/html_metadata.h"

#include <gtest/gtest.h>

#include "read/html_dom.h"

namespace rawi {
namespace {

HtmlMetadata Read(const std::string& page) {
  const HtmlDocPtr doc = ParseHtml(page, "UTF-8");
  return ReadHtmlMetadata(doc.get());
}

std::string JsonLd(const std::string& json) {
  return "<script type=\"application/ld+json\">" + json + "</script>";
}

struct TitleCase {
  std::string name;
  std::string page;
  std::string title;
};

class TitleTest : public ::testing::TestWithParam<TitleCase> {};

TEST_P(TitleTest, FirstSourceWins) { EXPECT_EQ(Read(GetParam().page).title, GetParam().title); }

INSTANTIATE_TEST_SUITE_P(
    Pages, TitleTest,
    ::testing::Values(
        // Readability's order: JSON-LD, then dc:/dcterm:/og:/…title metas, then <title>.
        TitleCase{"JsonLdBeforeOgTitle",
                  "<meta property=\"og:title\" content=\"OG\">" +
                      JsonLd(R"({"@type":"NewsArticle","headline":"LD"})") + "<h1>H1</h1>",
                  "LD"},
        TitleCase{"JsonLdHeadline",
                  JsonLd(R"({"@type":"NewsArticle","headline":"  LD  title "})") + "<h1>H1</h1>",
                  "LD title"},
        TitleCase{"JsonLdInCdata",
                  JsonLd("<![CDATA[ {\"@type\":\"Article\",\"name\":\"New Zealand\"} ]]>") +
                      "<title>New Zealand - Wikipedia</title>",
                  "New Zealand"},
        TitleCase{"JsonLdNameOrHeadlineLikeTheTitle",
                  JsonLd(R"({"@type":"NewsArticle","name":"Site front page",)"
                         R"("headline":"Harbour reopens after the storm"})") +
                      "<title>Harbour reopens after the storm | Libya Wire</title>",
                  "Harbour reopens after the storm"},
        TitleCase{"OgTitleWithoutJsonLd",
                  "<meta property=\"og:title\" content=\"OG\"><title>T</title>", "OG"},
        TitleCase{"DcTitleBeforeOgTitleLastOneWins",
                  "<meta property=\"og:title\" content=\"OG\">"
                  "<meta name=\"DC.title\" content=\"first\">"
                  "<meta property=\"dc:title\" content=\"last\">",
                  "last"},
        TitleCase{"PropertyListingSeveralNames",
                  "<meta property=\"twitter:title og:title\" content=\"Both\">", "Both"},
        TitleCase{"TitleMinusSiteName",
                  "<title>Harbour reopens after the storm | Libya Wire</title>",
                  "Harbour reopens after the storm"},
        TitleCase{"ShortRemainderKeepsTheWholeTitle", "<title>Story - Site</title><h1>Story</h1>",
                  "Story - Site"},
        TitleCase{"PartAfterTheColon", "<title>Libya Wire: Harbour reopens after the storm</title>",
                  "Harbour reopens after the storm"},
        TitleCase{"ColonTitleThatIsAHeadingStays",
                  "<title>Ports: a history of Tripoli</title><h1>Ports: a history of Tripoli</h1>",
                  "Ports: a history of Tripoli"},
        TitleCase{"ShortTitleGivesWayToTheOnlyH1",
                  "<title>Home</title><h1>The harbour of Tripoli reopens</h1>",
                  "The harbour of Tripoli reopens"},
        TitleCase{"FirstH1WithoutATitle", "<h1>The <b>real</b>\n headline</h1><h1>2</h1>",
                  "The real headline"},
        TitleCase{"SiteLogoH1IsSkipped",
                  "<header><h1>Site name</h1></header><article><header><h1>Story</h1></header>"
                  "</article>",
                  "Story"},
        TitleCase{"H1InNavOrAsideIsSkipped",
                  "<nav><h1>Menu</h1></nav><aside><h1>Most read</h1></aside><h1>Story</h1>",
                  "Story"},
        TitleCase{"TitleElementMinusSiteName",
                  "<title>شبكة الساحل - بلدية بنغازي تطلق حملة تشجير</title>",
                  "بلدية بنغازي تطلق حملة تشجير"},
        TitleCase{"None", "<p>text</p>", ""}),
    [](const auto& info) { return info.param.name; });

struct StripCase {
  std::string title;
  std::string expected;
};

class StripSiteNameTest : public ::testing::TestWithParam<StripCase> {};

TEST_P(StripSiteNameTest, KeepsTheLongestPart) {
  EXPECT_EQ(StripSiteName(GetParam().title), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Titles, StripSiteNameTest,
    ::testing::Values(
        StripCase{"Harbour reopens | Libya Wire", "Harbour reopens"},
        StripCase{"News – Harbour reopens after the storm", "Harbour reopens after the storm"},
        StripCase{"Site — Section | Harbour reopens after storm", "Harbour reopens after storm"},
        StripCase{"A-B testing explained", "A-B testing explained"},
        StripCase{"طرابلس تدشن خط الحافلات | بوابة ليبيا", "طرابلس تدشن خط الحافلات"},
        StripCase{"", ""}));

struct BylineCase {
  std::string name;
  std::string page;
  std::string byline;
};

class BylineTest : public ::testing::TestWithParam<BylineCase> {};

TEST_P(BylineTest, Sources) { EXPECT_EQ(Read(GetParam().page).byline, GetParam().byline); }

INSTANTIATE_TEST_SUITE_P(
    Pages, BylineTest,
    ::testing::Values(
        BylineCase{
            "JsonLdPerson",
            JsonLd(R"({"@type":"NewsArticle","author":{"@type":"Person","name":"سالم الورفلي"}})") +
                "<meta name=\"author\" content=\"Other\">",
            "سالم الورفلي"},
        BylineCase{"JsonLdString", JsonLd(R"({"@type":"Article","author":"Rania Elfitouri"})"),
                   "Rania Elfitouri"},
        BylineCase{
            "JsonLdList",
            JsonLd(R"({"@type":"NewsArticle","author":[{"name":"Amal Ben Ali"},"Omar Saleh"]})"),
            "Amal Ben Ali, Omar Saleh"},
        BylineCase{"JsonLdArabicList",
                   JsonLd(R"({"@type":"NewsArticle","author":["فاطمة الزوي","سالم الورفلي"]})"),
                   "فاطمة الزوي، سالم الورفلي"},
        BylineCase{"JsonLdGraph",
                   JsonLd(R"({"@context":"https://schema.org","@graph":[{"@type":"WebPage"},)"
                          R"({"@type":["ReportageNewsArticle"],"author":{"name":"G"}}]})"),
                   "G"},
        BylineCase{
            "JsonLdTopLevelList",
            JsonLd(
                R"([{"@type":"Organization","name":"Site"},{"@type":"BlogPosting","author":"B"}])"),
            "B"},
        BylineCase{"MetaAuthor", "<meta name=\"author\" content=\" فاطمة  الزوي \">",
                   "فاطمة الزوي"},
        // Readability's preference: Dublin Core's creator first, Parse.ly's after author.
        BylineCase{"DublinCoreCreatorFirst",
                   "<meta name=\"author\" content=\"Meta\"><meta name=\"DC.creator\" "
                   "content=\"DC name\"><meta property=\"dc:creator\" content=\"DC property\">",
                   "DC property"},
        BylineCase{"ParselyAuthor", "<meta name=\"parsely-author\" content=\"Jane Doe\">",
                   "Jane Doe"},
        BylineCase{"ArticleAuthorUrlIsSkipped",
                   "<meta property=\"article:author\" content=\"https://facebook.com/x\">", ""},
        BylineCase{"ArticleAuthorName", "<meta property=\"article:author\" content=\"N\">", "N"},
        BylineCase{
            "BrokenJsonLdIsIgnored",
            JsonLd(R"({"@type":"NewsArticle","author":)") + "<meta name=\"author\" content=\"M\">",
            "M"},
        BylineCase{"NonArticleJsonLdIsIgnored", JsonLd(R"({"@type":"Organization","author":"X"})"),
                   ""},
        // The page's byline element when the metadata names no one, or only the site.
        BylineCase{"BylineElement",
                   "<h1>T</h1><p class=\"byline\">By Dan Goodin - Apr 16, 2015 8:02 pm UTC</p>",
                   "Dan Goodin"},
        BylineCase{"RelAuthor", "<p>Story by <a rel=\"author\" href=\"/u/1\">Jane Roe</a></p>",
                   "Jane Roe"},
        BylineCase{"WriterFieldAfterPlace",
                   "<div class=\"field-name-field-writer\">تونس: كمال بن يوسف</div>",
                   "كمال بن يوسف"},
        BylineCase{"MetaAuthorIsTheSite",
                   "<title>بوابة الوسط | افتتاح مستشفى بنغازي الجديد للأطفال</title>"
                   "<meta name=\"author\" content=\"بوابة الوسط\">"
                   "<div class=\"news-author\">بنغازي - بوابة الوسط: عبدالرحمن البكوش</div>",
                   "عبدالرحمن البكوش"},
        BylineCase{"SiteNameAuthorStaysWithoutAByline",
                   "<meta property=\"og:site_name\" content=\"Libya Herald\">"
                   "<meta name=\"author\" content=\"Libya Herald\">",
                   "Libya Herald"},
        BylineCase{"PersonInMetadataWins",
                   "<meta name=\"author\" content=\"Ali Salem\"><span class=\"author\">Other "
                   "Name</span>",
                   "Ali Salem"},
        BylineCase{"HeadingIsABylineLabel",
                   "<h2 id=\"article-byline\">معلومات عن الكاتب</h2><span class=\"author\">سلمى "
                   "العبيدي</span>",
                   "سلمى العبيدي"},
        BylineCase{"CommentAuthorIsNoByline", "<div class=\"comment-author\">reader42</div>", ""},
        BylineCase{"AuthorityIsNoByline",
                   "<div class=\"authority-control\">Authority control</div>", ""},
        BylineCase{"LongAuthorBoxIsNoByline",
                   "<div class=\"author-bio\">Jane Roe has covered North Africa for the paper "
                   "since 2011, reporting from Tripoli, Benghazi and Tunis on politics, energy and "
                   "migration, and before that wrote about courts and city hall in Chicago.</div>",
                   ""}),
    [](const auto& info) { return info.param.name; });

struct DateCase {
  std::string name;
  std::string page;
  std::string date;
};

class DateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateTest, Sources) { EXPECT_EQ(Read(GetParam().page).date, GetParam().date); }

INSTANTIATE_TEST_SUITE_P(
    Pages, DateTest,
    ::testing::Values(
        DateCase{"JsonLd",
                 JsonLd(R"({"@type":"NewsArticle","datePublished":"2024-05-12T09:30:00+02:00"})") +
                     "<meta property=\"article:published_time\" content=\"2000-01-01\">",
                 "2024-05-12T09:30:00+02:00"},
        DateCase{"PublishedTime",
                 "<meta property=\"article:published_time\" content=\"2024-09-03T08:15:00+02:00\">",
                 "2024-09-03T08:15:00+02:00"},
        DateCase{"Itemprop", "<meta itemprop=\"datePublished\" content=\"2024-01-02\">",
                 "2024-01-02"},
        DateCase{"Date", "<meta name=\"date\" content=\"2024-07-16\">", "2024-07-16"},
        DateCase{"Pubdate", "<meta name=\"pubdate\" content=\"20240716\">", "20240716"},
        DateCase{"ParselyPubDate",
                 "<meta name=\"parsely-pub-date\" content=\"2024-04-20T04:20:00.000Z\">",
                 "2024-04-20T04:20:00.000Z"},
        // Readability's article types: any kind of Article, reports and postings.
        DateCase{"TechArticle", JsonLd(R"({"@type":"TechArticle","datePublished":"2024-02-03"})"),
                 "2024-02-03"},
        DateCase{"SocialMediaPosting",
                 JsonLd(R"({"@type":"SocialMediaPosting","datePublished":"2014-09-02"})"),
                 "2014-09-02"},
        DateCase{"WebPageIsNoArticle",
                 JsonLd(R"({"@type":"WebPage","datePublished":"2014-09-02"})"), ""},
        DateCase{"None", "<p>2024</p>", ""}),
    [](const auto& info) { return info.param.name; });

TEST(HtmlLanguageTest, PrimarySubtagOfHtmlLang) {
  EXPECT_EQ(Read("<html lang=\"ar-LY\"><p>x</p></html>").language, "ar");
  EXPECT_EQ(Read("<html lang=\"EN\"><p>x</p></html>").language, "en");
  EXPECT_EQ(Read("<html><p>x</p></html>").language, "");
}

TEST(JsonLdTest, DeeplyNestedJsonDoesNotCrash) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(Read(JsonLd(deep) + "<meta name=\"author\" content=\"A\">").byline, "A");
}

}  // namespace
}  // namespace rawi
