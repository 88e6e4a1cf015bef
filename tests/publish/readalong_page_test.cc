#include "publish/readalong_page.h"

#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <sndfile.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "render/timings_json.h"
#include "support/audio_file.h"
#include "support/document_sentences.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using nlohmann::json;
using testing::ListDir;
using testing::ReadFile;
using testing::TempDir;

// An Arabic article with a lede, a headed section and one English paragraph, timed at 1000
// samples per second.
Document ArabicDoc() {
  Document doc;
  doc.source = "news.txt";
  doc.title.written = "اجتماع <لدعم> الهدنة";
  doc.byline = "مراسل \"راوي\"";
  doc.date = "17 مارس 2024";
  doc.date_iso = "2024-03-17";
  doc.language = "ar";
  Paragraph lede{"", Sentences({"جملة أولى.", "جملة & ثانية."}), "ar"};
  Paragraph empty{"", {}, "ar"};  // Narrate skips it: no timings
  Paragraph english{"", Sentences({"Talks </script><script>alert(1)</script> resumed."}), "en"};
  doc.sections.push_back(Section{std::nullopt, {lede, empty}});
  doc.sections.push_back(Section{Heading("قسم 'ثانٍ'"), {english}});
  return doc;
}

Timings ArabicTimings() {
  Timings t;
  t.sample_rate = 1000;
  t.total_samples = 9000;
  t.sections.push_back(SectionTiming{
      std::nullopt,
      0,
      4000,
      {ParagraphTiming{
          1500, 4000, {{"جملة أولى.", 1500, 2500, {}}, {"جملة & ثانية.", 2900, 4000, {}}}}}});
  t.sections.push_back(
      SectionTiming{"قسم 'ثانٍ'",
                    5300,
                    8400,
                    {ParagraphTiming{6000,
                                     8400,
                                     {{"Talks </script><script>alert(1)</script> resumed.",
                                       6000,
                                       8400,
                                       {{"Talks", 6000, 6500},
                                        {"</script><script>alert(1)</script>", 6500, 8000},
                                        {"resumed.", 8000, 8400}}}}}}});
  return t;
}

// The string values of an XPath over the page as an HTML parser reads it.
std::vector<std::string> Query(const std::string& html, const char* path) {
  std::vector<std::string> values;
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "index.html", "UTF-8",
                                  HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  EXPECT_NE(doc, nullptr);
  if (doc == nullptr) return values;
  xmlXPathContext* context = xmlXPathNewContext(doc);
  xmlXPathObject* result = xmlXPathEvalExpression(BAD_CAST path, context);
  if (result != nullptr && result->nodesetval != nullptr) {
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      xmlChar* text = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
      values.emplace_back(reinterpret_cast<char*>(text));
      xmlFree(text);
    }
  }
  xmlXPathFreeObject(result);
  xmlXPathFreeContext(context);
  xmlFreeDoc(doc);
  return values;
}

using Strings = std::vector<std::string>;

TEST(EscapeHtmlTest, MarkupCharactersAndForbiddenControls) {
  EXPECT_EQ(EscapeHtml("a & b < c > \"d\" 'e'"), "a &amp; b &lt; c &gt; &quot;d&quot; &#39;e&#39;");
  EXPECT_EQ(EscapeHtml("x\x01y\x7fz\ttab\nnl"), "xyz\ttab\nnl");
  EXPECT_EQ(EscapeHtml("ليبيا"), "ليبيا");
}

TEST(ScriptSafeJsonTest, NoLessThanSignLeftAndTheSameValue) {
  const std::string text = json{{"t", "</script><!-- a<b"}}.dump();
  const std::string safe = ScriptSafeJson(text);
  EXPECT_EQ(safe, R"({"t":"\u003c/script>\u003c!-- a\u003cb"})");
  EXPECT_EQ(json::parse(safe), json::parse(text));
}

TEST(PercentEncodeSegmentTest, KeepsUnreservedOnly) {
  EXPECT_EQ(PercentEncodeSegment("libya-truce_meeting~1.mp3"), "libya-truce_meeting~1.mp3");
  EXPECT_EQ(PercentEncodeSegment("a b#?%/.mp3"), "a%20b%23%3F%25%2F.mp3");
  EXPECT_EQ(PercentEncodeSegment("خبر.mp3"), "%D8%AE%D8%A8%D8%B1.mp3");
}

TEST(ReadalongHtmlTest, ArabicPageIsRightToLeftWithItsTitleBylineAndDate) {
  const std::string html =
      ReadalongHtml(ArabicDoc(), ArabicTimings(), "news.mp3", "اجتماع <لدعم> الهدنة");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n", 0), 0u);
  EXPECT_EQ(Query(html, "/html/head/title"), Strings{"اجتماع <لدعم> الهدنة"});
  EXPECT_EQ(Query(html, "//main/header/h1[@id='title']"), Strings{"اجتماع <لدعم> الهدنة"});
  EXPECT_EQ(Query(html, "//h1/@data-start"), Strings{"0"});  // the title is spoken from 0
  EXPECT_EQ(Query(html, "//header/p[@class='meta']/span[@class='byline']"),
            Strings{"مراسل \"راوي\""});
  EXPECT_EQ(Query(html, "//header//time/@datetime"), Strings{"2024-03-17"});
  EXPECT_EQ(Query(html, "//header//time"), Strings{"17 مارس 2024"});
  EXPECT_EQ(Query(html, "//audio[@id='audio'][@controls]/@src"), Strings{"news.mp3"});
  EXPECT_EQ(Query(html, "//audio/@aria-describedby"), Strings{"keys"});
  // The help names the keys, with the arrow that reads forward in Arabic first.
  const auto keys = Query(html, "//p[@id='keys']");
  ASSERT_EQ(keys.size(), 1u);
  EXPECT_EQ(keys[0],
            "لوحة المفاتيح: مسافة أو K تشغيل وإيقاف · ← أو N الجملة التالية · → أو P الجملة "
            "السابقة · Shift+N وShift+P القسم التالي والسابق · انقر جملة لتسمعها.");
}

TEST(ReadalongHtmlTest, NavigationHasOneLinkPerSection) {
  const std::string html = ReadalongHtml(ArabicDoc(), ArabicTimings(), "news.mp3", "t");
  EXPECT_EQ(Query(html, "//nav/@aria-label"), Strings{"أقسام المقال"});
  EXPECT_EQ(Query(html, "//nav/ol/li/a"), (Strings{"البداية", "قسم 'ثانٍ'"}));
  EXPECT_EQ(Query(html, "//nav/ol/li/a/@href"), (Strings{"#sec-1", "#sec-2"}));
  EXPECT_EQ(Query(html, "//main/section/@id"), (Strings{"sec-1", "sec-2"}));
  EXPECT_EQ(Query(html, "//section[@id='sec-1']/h2"), Strings{});  // the lede has no heading
  EXPECT_EQ(Query(html, "//section[@id='sec-2']/h2[@id='h-2']"), Strings{"قسم 'ثانٍ'"});
  EXPECT_EQ(Query(html, "//h2/@data-start"), Strings{"5.3"});
}

TEST(ReadalongHtmlTest, SentencesNumberedAcrossTheArticleWithTheJsonTimes) {
  const std::string html = ReadalongHtml(ArabicDoc(), ArabicTimings(), "news.mp3", "t");
  EXPECT_EQ(Query(html, "//p/span[@class='s']/@id"), (Strings{"s-1", "s-2", "s-3"}));
  EXPECT_EQ(Query(html, "//span[@class='s']/@data-start"), (Strings{"1.5", "2.9", "6.0"}));
  EXPECT_EQ(Query(html, "//span[@class='s']/@data-end"), (Strings{"2.5", "4.0", "8.4"}));
  EXPECT_EQ(Query(html, "//span[@id='s-2']"), Strings{"جملة & ثانية."});
  // One <p> per timed paragraph: the empty one is left out; both sentences share the first.
  EXPECT_EQ(Query(html, "//section[@id='sec-1']/p"), Strings{"جملة أولى. جملة & ثانية."});
}

TEST(ReadalongHtmlTest, ParagraphInAnotherLanguageHasItsOwnLangAndDirection) {
  const std::string html = ReadalongHtml(ArabicDoc(), ArabicTimings(), "news.mp3", "t");
  EXPECT_EQ(Query(html, "//section[@id='sec-1']/p/@lang"), Strings{});
  EXPECT_EQ(Query(html, "//section[@id='sec-2']/p/@lang"), Strings{"en"});
  EXPECT_EQ(Query(html, "//section[@id='sec-2']/p/@dir"), Strings{"ltr"});
}

TEST(ReadalongHtmlTest, TextIsEscapedAndTheJsonCannotCloseItsScript) {
  const std::string html = ReadalongHtml(ArabicDoc(), ArabicTimings(), "news.mp3", "t");
  EXPECT_NE(html.find("Talks &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; resumed."),
            std::string::npos);
  EXPECT_NE(html.find("جملة &amp; ثانية."), std::string::npos);
  EXPECT_NE(html.find("مراسل &quot;راوي&quot;"), std::string::npos);
  // Exactly two scripts, each ended by its own tag: the timings and the player.
  size_t closes = 0;
  for (size_t at = html.find("</script>"); at != std::string::npos;
       at = html.find("</script>", at + 1)) {
    ++closes;
  }
  EXPECT_EQ(closes, 2u);
  EXPECT_EQ(Query(html, "//script").size(), 2u);
  const auto inline_json = Query(html, "//script[@type='application/json'][@id='timings']");
  ASSERT_EQ(inline_json.size(), 1u);
  EXPECT_EQ(json::parse(inline_json[0]), json::parse(TimingsToJson(ArabicTimings(), "news.mp3")));
  // The words go to the script as they are; the page's own text stays one span per sentence.
  EXPECT_EQ(json::parse(
                inline_json[0])["sections"][1]["paragraphs"][0]["sentences"][0]["words"][1]["text"],
            "</script><script>alert(1)</script>");
  EXPECT_EQ(Query(html, "//span[@id='s-3']/*").size(), 0u);
}

TEST(ReadalongHtmlTest, UntitledEnglishPageIsLeftToRightWithEnglishHelp) {
  Document doc;
  doc.language = "en-GB";
  doc.sections.push_back(
      Section{Heading("Port reopens"), {Paragraph{"", Sentences({"Ships dock."}), "en"}}});
  Timings t;
  t.sample_rate = 22050;
  t.total_samples = 22050 * 3;
  t.sections.push_back(
      SectionTiming{"Port reopens",
                    0,
                    22050 * 2,
                    {ParagraphTiming{22050, 44100, {{"Ships dock.", 22050, 44100, {}}}}}});
  const std::string html = ReadalongHtml(doc, t, "a%20b.mp3", "misrata port");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\" dir=\"ltr\">\n", 0), 0u);
  EXPECT_EQ(Query(html, "//h1"), Strings{"misrata port"});
  EXPECT_EQ(Query(html, "//h1/@data-start"), Strings{});  // not spoken: no title line
  EXPECT_EQ(Query(html, "//header/p"), Strings{});        // no byline, no date
  EXPECT_EQ(Query(html, "//audio/@src"), Strings{"a%20b.mp3"});
  EXPECT_EQ(Query(html, "//audio/@aria-label"), Strings{"Listen to the article"});
  EXPECT_EQ(Query(html, "//nav/@aria-label"), Strings{"Sections"});
  EXPECT_EQ(Query(html, "//nav//a"), Strings{"Port reopens"});
  EXPECT_EQ(Query(html, "//p[@id='keys']"),
            Strings{"Keyboard: Space or K play/pause · → or N next sentence · ← or P previous "
                    "sentence · Shift+N / Shift+P next / previous section · click a sentence to "
                    "hear it."});
  EXPECT_EQ(Query(html, "//h2[@id='h-1']/@data-start"), Strings{"0.0"});  // as the JSON spells it
  EXPECT_EQ(Query(html, "//span[@id='s-1']/@data-start"), Strings{"1.0"});
}

TEST(ReadalongHtmlTest, TimingsOfAnotherArticleAreRefused) {
  Timings t = ArabicTimings();
  t.sections.pop_back();
  try {
    ReadalongHtml(ArabicDoc(), t, "news.mp3", "t");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "news.txt: the timings do not match the article (2 sections, timings for 1)");
  }
  t = ArabicTimings();
  t.sections[0].paragraphs[0].sentences.pop_back();
  try {
    ReadalongHtml(ArabicDoc(), t, "news.mp3", "t");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "news.txt: the timings do not match the article (section 1, paragraph 1)");
  }
}

// Five seconds of a 220 Hz tone at 22050 Hz, as a render would leave it.
std::filesystem::path Rendered(const TempDir& dir) {
  const auto path = dir / "render.wav";
  SF_INFO info{};
  info.samplerate = 22050;
  info.channels = 1;
  info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
  SNDFILE* file = sf_open(path.c_str(), SFM_WRITE, &info);
  std::vector<short> samples(22050 * 5);
  for (size_t i = 0; i < samples.size(); ++i) {
    samples[i] =
        static_cast<short>(4000 * std::sin(2 * M_PI * 220 * static_cast<double>(i) / 22050));
  }
  sf_write_short(file, samples.data(), static_cast<sf_count_t>(samples.size()));
  sf_close(file);
  return path;
}

TEST(WriteReadalongPageTest, WritesTheMp3ThenThePageIntoANewFolder) {
  TempDir dir;
  const auto rendered = Rendered(dir);
  Timings t;
  t.sample_rate = 22050;
  t.total_samples = 22050 * 5;
  t.sections.push_back(SectionTiming{
      std::nullopt, 0, 22050 * 4, {ParagraphTiming{0, 22050 * 4, {{"جملة.", 0, 22050 * 4, {}}}}}});
  Document doc;
  doc.source = "خبر اليوم.txt";
  doc.language = "ar";
  doc.sections.push_back(Section{std::nullopt, {Paragraph{"", Sentences({"جملة."}), "ar"}}});
  const auto page =
      WriteReadalongPage(dir / "site" / "page", "خبر اليوم", "خبر اليوم.txt", doc, t, rendered);
  EXPECT_EQ(page, dir / "site" / "page" / "index.html");
  EXPECT_EQ(ListDir(dir / "site" / "page"), (Strings{"index.html", "خبر اليوم.mp3"}));
  const std::string html = ReadFile(page);
  EXPECT_EQ(Query(html, "//audio/@src"),
            Strings{"%D8%AE%D8%A8%D8%B1%20%D8%A7%D9%84%D9%8A%D9%88%D9%85.mp3"});
  EXPECT_EQ(Query(html, "//h1"), Strings{"خبر اليوم"});  // untitled: named after the file
  const auto audio = testing::ReadAudio(dir / "site" / "page" / "خبر اليوم.mp3");
  EXPECT_EQ(audio.sample_rate, 44100);
  EXPECT_NEAR(audio.duration(), 5.0, 0.1);
}

TEST(WriteReadalongPageTest, AFolderThatCannotBeMadeIsAFileError) {
  TempDir dir;
  const auto rendered = Rendered(dir);
  const auto blocker = dir.Write("blocker", "x");
  Document doc;
  doc.language = "ar";
  try {
    WriteReadalongPage(blocker / "page", "a", "a.txt", doc, Timings{}, rendered);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(std::string(e.what()),
              (blocker / "page").string() + ": cannot create the page folder: Not a directory");
  }
  EXPECT_EQ(ListDir(dir.path()), (Strings{"blocker", "render.wav"}));
}

}  // namespace
}  // namespace rawi
