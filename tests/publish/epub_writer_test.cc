#include "publish/epub_writer.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <sndfile.h>
#include <zip.h>

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "render/narrator.h"
#include "support/document_sentences.h"
#include "support/fake_synthesizer.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::FakeSynthesizer;
using testing::ListDir;
using testing::ReadFile;
using testing::TempDir;

// ---- building blocks ------------------------------------------------------------------------

Paragraph Para(std::vector<std::string> sentences, std::string language) {
  Paragraph paragraph;
  paragraph.sentences = Sentences(sentences);
  paragraph.language = std::move(language);
  return paragraph;
}

Section Sect(std::optional<std::string> heading, std::vector<Paragraph> paragraphs) {
  Section section;
  section.heading = Heading(std::move(heading));
  section.paragraphs = std::move(paragraphs);
  return section;
}

const std::string kTitle = "عنوان <الخبر> & \"المزيد\"";

// An Arabic article with markup characters in its text, an empty paragraph, an English quote and
// a second section.
Document Article() {
  Document doc;
  doc.source = "a.txt";
  doc.title.written = kTitle;
  doc.byline = "سالم الورفلي";
  doc.language = "ar";
  doc.sections.push_back(
      Sect(std::nullopt, {Para({"جملة أولى & ثانية.", "جملة <ثالثة>."}, "ar"), Para({}, "ar"),
                          Para({"He said \"yes\" & left."}, "en")}));
  doc.sections.push_back(Sect("قسم", {Para({"جملة أخيرة."}, "ar")}));
  return doc;
}

// Its timings at 1000 samples a second (milliseconds), as Narrate would report them.
Timings ArticleTimings() {
  Timings t;
  t.sample_rate = 1000;
  t.total_samples = 8600;
  SectionTiming lede;
  lede.start = 0;
  lede.end = 5000;
  lede.paragraphs.push_back(
      {1500, 3800, {{"جملة أولى & ثانية.", 1500, 2500}, {"جملة <ثالثة>.", 2900, 3800}}});
  lede.paragraphs.push_back({4600, 5000, {{"He said \"yes\" & left.", 4600, 5000}}});
  SectionTiming section;
  section.heading = "قسم";
  section.start = 6300;
  section.end = 8000;
  section.paragraphs.push_back({7000, 8000, {{"جملة أخيرة.", 7000, 8000}}});
  t.sections = {lede, section};
  return t;
}

ReadAlong Book() { return MakeReadAlong(Article(), ArticleTimings(), "news/a.txt"); }

// The text (or attribute value) of every node `xpath` selects, with the prefixes h (XHTML),
// s (SMIL), o (OPF), dc, e (EPUB) and c (OCF container) bound.
std::vector<std::string> Select(const std::string& xml, const std::string& xpath) {
  std::vector<std::string> found;
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == nullptr) {
    ADD_FAILURE() << "not well-formed XML:\n" << xml;
    return found;
  }
  xmlXPathContextPtr context = xmlXPathNewContext(doc);
  const std::pair<const char*, const char*> prefixes[] = {
      {"h", "http://www.w3.org/1999/xhtml"},
      {"s", "http://www.w3.org/ns/SMIL"},
      {"o", "http://www.idpf.org/2007/opf"},
      {"dc", "http://purl.org/dc/elements/1.1/"},
      {"e", "http://www.idpf.org/2007/ops"},
      {"c", "urn:oasis:names:tc:opendocument:xmlns:container"}};
  for (const auto& [prefix, uri] : prefixes) {
    xmlXPathRegisterNs(context, reinterpret_cast<const xmlChar*>(prefix),
                       reinterpret_cast<const xmlChar*>(uri));
  }
  xmlXPathObjectPtr result =
      xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), context);
  if (result == nullptr) {
    ADD_FAILURE() << "bad XPath " << xpath;
  } else if (result->nodesetval != nullptr) {
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      xmlChar* text = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
      found.emplace_back(text == nullptr ? "" : reinterpret_cast<const char*>(text));
      xmlFree(text);
    }
  }
  xmlXPathFreeObject(result);
  xmlXPathFreeContext(context);
  xmlFreeDoc(doc);
  return found;
}

using Strings = std::vector<std::string>;

// ---- SmilClock, EpubPathFor ------------------------------------------------------------------

TEST(SmilClockTest, HoursMinutesSecondsMilliseconds) {
  const struct {
    uint64_t samples;
    int rate;
    const char* clock;
  } cases[] = {
      {0, 22050, "0:00:00.000"},
      {11, 22050, "0:00:00.000"},  // 0.499 ms
      {12, 22050, "0:00:00.001"},  // 0.544 ms
      {22050, 22050, "0:00:01.000"},
      {22050 * 61 + 11025, 22050, "0:01:01.500"},
      {1000 * 3599 + 999, 1000, "0:59:59.999"},
      {44100ull * 3600 * 25, 44100, "25:00:00.000"},
      {59'999'600, 1000, "16:39:59.600"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(SmilClock(c.samples, c.rate), c.clock) << c.samples << " at " << c.rate;
  }
}

TEST(EpubPathForTest, FileOrFolder) {
  EXPECT_EQ(EpubPathFor("x/a.txt", "book.epub", false), "book.epub");
  EXPECT_EQ(EpubPathFor("x/a.txt", "out", true), std::filesystem::path("out/a.epub"));
}

TEST(EpubModifiedTimeTest, NowUnlessSourceDateEpochIsSet) {
  const char* saved = std::getenv("SOURCE_DATE_EPOCH");
  const std::string before = saved == nullptr ? "" : saved;
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  EXPECT_EQ(EpubModifiedTime(), 1'700'000'000);
  setenv("SOURCE_DATE_EPOCH", "soon", 1);  // not a number: ignored
  EXPECT_NEAR(static_cast<double>(EpubModifiedTime()), static_cast<double>(std::time(nullptr)), 5);
  unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_NEAR(static_cast<double>(EpubModifiedTime()), static_cast<double>(std::time(nullptr)), 5);
  if (saved != nullptr) setenv("SOURCE_DATE_EPOCH", before.c_str(), 1);
}

// ---- MakeReadAlong ---------------------------------------------------------------------------

TEST(MakeReadAlongTest, IdsAndContiguousClipsInReadingOrder) {
  const ReadAlong book = Book();
  EXPECT_EQ(book.title, kTitle);
  EXPECT_EQ(book.language, "ar");
  ASSERT_TRUE(book.title_line);
  // id, text, begin, end: each clip runs to where the next begins, the last to the end.
  EXPECT_EQ(book.title_line->id, "title");
  EXPECT_EQ(book.title_line->begin, 0u);
  EXPECT_EQ(book.title_line->end, 1500u);
  ASSERT_EQ(book.sections.size(), 2u);
  const auto& lede = book.sections[0];
  EXPECT_FALSE(lede.heading);
  ASSERT_EQ(lede.paragraphs.size(), 2u);  // the empty paragraph is not in the book
  EXPECT_EQ(lede.paragraphs[0].language, "ar");
  EXPECT_EQ(lede.paragraphs[1].language, "en");
  const ReadAlongItem& s1 = lede.paragraphs[0].sentences[0];
  const ReadAlongItem& s2 = lede.paragraphs[0].sentences[1];
  const ReadAlongItem& s3 = lede.paragraphs[1].sentences[0];
  EXPECT_EQ((std::vector<std::string>{s1.id, s2.id, s3.id}), (Strings{"s-1", "s-2", "s-3"}));
  EXPECT_EQ(s1.text, "جملة أولى & ثانية.");
  EXPECT_EQ((std::vector<uint64_t>{s1.begin, s1.end, s2.begin, s2.end, s3.begin, s3.end}),
            (std::vector<uint64_t>{1500, 2900, 2900, 4600, 4600, 6300}));
  ASSERT_TRUE(book.sections[1].heading);
  EXPECT_EQ(book.sections[1].heading->id, "h-1");
  EXPECT_EQ(book.sections[1].heading->text, "قسم");
  EXPECT_EQ(book.sections[1].heading->begin, 6300u);
  EXPECT_EQ(book.sections[1].heading->end, 7000u);
  const ReadAlongItem& s4 = book.sections[1].paragraphs[0].sentences[0];
  EXPECT_EQ(s4.id, "s-4");
  EXPECT_EQ(s4.begin, 7000u);
  EXPECT_EQ(s4.end, 8600u);
}

TEST(MakeReadAlongTest, UntitledArticleStartsAtZeroAndIsNamedByItsFirstHeading) {
  Document doc = Article();
  doc.title.written = "";
  Timings timings = ArticleTimings();
  const ReadAlong book = MakeReadAlong(doc, timings, "news/a.txt");
  EXPECT_FALSE(book.title_line);
  EXPECT_EQ(book.title, "قسم");
  EXPECT_EQ(book.sections[0].paragraphs[0].sentences[0].begin, 0u);  // not 1500: nothing skipped
}

TEST(MakeReadAlongTest, PairsWithWhatNarrateReports) {
  Document doc = Article();
  FakeSynthesizer synth;
  struct NullSink : AudioSink {
    void Write(std::span<const int16_t>) override {}
    void Finish() override {}
  } sink;
  const Timings timings = Narrate(doc, VoiceProfile{}, synth, sink);
  const ReadAlong book = MakeReadAlong(doc, timings, "a.txt");
  EXPECT_EQ(book.total_samples, timings.total_samples);
  EXPECT_EQ(book.sections[1].heading->begin, timings.sections[1].start);
  EXPECT_EQ(book.sections[1].paragraphs[0].sentences[0].end, timings.total_samples);
}

TEST(MakeReadAlongTest, TimingsOfAnotherDocumentAreRefused) {
  const auto refused = [](const Document& doc, const Timings& timings) {
    try {
      MakeReadAlong(doc, timings, "a.txt");
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kEngine);
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  const std::string message = "a.txt: the timings do not match the document (ebook not written)";
  Timings fewer_sections = ArticleTimings();
  fewer_sections.sections.pop_back();
  EXPECT_EQ(refused(Article(), fewer_sections), message);
  Timings other_sentence = ArticleTimings();
  other_sentence.sections[0].paragraphs[0].sentences[1].text = "جملة أخرى.";
  EXPECT_EQ(refused(Article(), other_sentence), message);
  Timings extra_paragraph = ArticleTimings();
  extra_paragraph.sections[1].paragraphs.push_back(extra_paragraph.sections[1].paragraphs[0]);
  EXPECT_EQ(refused(Article(), extra_paragraph), message);
  Timings other_heading = ArticleTimings();
  other_heading.sections[1].heading = "قسم آخر";
  EXPECT_EQ(refused(Article(), other_heading), message);
}

// ---- the content document -------------------------------------------------------------------

TEST(EpubContentTest, EverySentenceIsASpanInItsParagraph) {
  const std::string xhtml = EpubContent(Book());
  EXPECT_EQ(Select(xhtml, "/h:html/h:body/h:h1[@id='title']"), Strings{kTitle});
  EXPECT_EQ(Select(xhtml, "//h:p[@class='byline']"), Strings{"سالم الورفلي"});
  EXPECT_EQ(Select(xhtml, "//h:h2/@id"), Strings{"h-1"});
  EXPECT_EQ(Select(xhtml, "//h:p/h:span/@id"), (Strings{"s-1", "s-2", "s-3", "s-4"}));
  EXPECT_EQ(Select(xhtml, "//h:span[@id='s-2']"), Strings{"جملة <ثالثة>."});
  EXPECT_EQ(Select(xhtml, "//h:span[@id='s-3']"), Strings{"He said \"yes\" & left."});
  EXPECT_EQ(Select(xhtml, "//h:p[h:span]").size(), 3u);
  EXPECT_EQ(Select(xhtml, "//h:span[@id='s-1']/parent::h:p/h:span/@id"), (Strings{"s-1", "s-2"}));
  EXPECT_EQ(Select(xhtml, "/h:html/h:head/h:title"), Strings{kTitle});
  EXPECT_EQ(Select(xhtml, "/h:html/h:head/h:link/@href"), Strings{"style.css"});
}

TEST(EpubContentTest, MarkupCharactersAreEscaped) {
  const std::string xhtml = EpubContent(Book());
  EXPECT_NE(xhtml.find("<h1 id=\"title\">عنوان &lt;الخبر&gt; &amp; &quot;المزيد&quot;</h1>"),
            std::string::npos);
  EXPECT_NE(xhtml.find("<span id=\"s-1\">جملة أولى &amp; ثانية.</span>"), std::string::npos);
  EXPECT_NE(xhtml.find("<span id=\"s-2\">جملة &lt;ثالثة&gt;.</span>"), std::string::npos);
  EXPECT_NE(xhtml.find("<title>عنوان &lt;الخبر&gt; &amp; &quot;المزيد&quot;</title>"),
            std::string::npos);
}

TEST(EpubContentTest, DirectionAndLanguageOfTheDocumentAndOfForeignParagraphs) {
  const std::string arabic = EpubContent(Book());
  EXPECT_EQ(Select(arabic, "/h:html/@dir"), Strings{"rtl"});
  EXPECT_EQ(Select(arabic, "/h:html/@lang"), Strings{"ar"});
  EXPECT_EQ(Select(arabic, "/h:html/@xml:lang"), Strings{"ar"});
  // The English quote says so; the Arabic paragraphs inherit.
  EXPECT_EQ(Select(arabic, "//h:p[@lang]/@lang"), Strings{"en"});
  EXPECT_EQ(Select(arabic, "//h:p[@lang='en']/@xml:lang"), Strings{"en"});
  EXPECT_EQ(Select(arabic, "//h:p[@lang='en']/@dir"), Strings{"ltr"});

  Document doc = Article();
  doc.language = "en";
  const std::string english = EpubContent(MakeReadAlong(doc, ArticleTimings(), "a.txt"));
  EXPECT_EQ(Select(english, "/h:html/@dir"), Strings{"ltr"});
  EXPECT_EQ(Select(english, "/h:html/@lang"), Strings{"en"});
  EXPECT_EQ(Select(english, "//h:p[@lang='ar']/@dir"), (Strings{"rtl", "rtl"}));
  EXPECT_EQ(Select(english, "//h:p[@lang='en']").size(), 0u);
}

// ---- the overlay -----------------------------------------------------------------------------

TEST(EpubOverlayTest, OneParPerTitleHeadingAndSentenceWithItsClip) {
  const std::string smil = EpubOverlay(Book());
  EXPECT_EQ(Select(smil, "//s:par/s:text/@src"),
            (Strings{"article.xhtml#title", "article.xhtml#s-1", "article.xhtml#s-2",
                     "article.xhtml#s-3", "article.xhtml#h-1", "article.xhtml#s-4"}));
  EXPECT_EQ(Select(smil, "//s:par/s:audio/@clipBegin"),
            (Strings{"0:00:00.000", "0:00:01.500", "0:00:02.900", "0:00:04.600", "0:00:06.300",
                     "0:00:07.000"}));
  EXPECT_EQ(Select(smil, "//s:par/s:audio/@clipEnd"),
            (Strings{"0:00:01.500", "0:00:02.900", "0:00:04.600", "0:00:06.300", "0:00:07.000",
                     "0:00:08.600"}));
  EXPECT_EQ(Select(smil, "//s:audio[@src='article.mp3']").size(), 6u);
  EXPECT_EQ(Select(smil, "/s:smil/@version"), Strings{"3.0"});
}

TEST(EpubOverlayTest, EveryTextTargetIsAnIdOfTheContent) {
  const ReadAlong book = Book();
  const std::string xhtml = EpubContent(book);
  for (const std::string& src : Select(EpubOverlay(book), "//s:text/@src")) {
    const std::string id = src.substr(src.find('#') + 1);
    EXPECT_EQ(Select(xhtml, "//*[@id='" + id + "']").size(), 1u) << src;
  }
}

TEST(EpubOverlayTest, AnItemWithoutSpeechHasNoPar) {
  Timings timings = ArticleTimings();
  // The heading took no time: its clip would be empty.
  timings.sections[1].start = 7000;
  const std::string smil = EpubOverlay(MakeReadAlong(Article(), timings, "a.txt"));
  EXPECT_EQ(Select(smil, "//s:text[@src='article.xhtml#h-1']").size(), 0u);
  EXPECT_EQ(Select(smil, "//s:par").size(), 5u);
}

// ---- the navigation document -----------------------------------------------------------------

TEST(EpubNavTest, TitleThenEveryHeading) {
  const std::string nav = EpubNav(Book());
  EXPECT_EQ(Select(nav, "//h:nav[@e:type='toc']/@role"), Strings{"doc-toc"});
  EXPECT_EQ(Select(nav, "//h:nav[@e:type='toc']/h:ol/h:li/h:a/@href"),
            (Strings{"article.xhtml#title", "article.xhtml#h-1"}));
  EXPECT_EQ(Select(nav, "//h:nav[@e:type='toc']/h:ol/h:li/h:a"), (Strings{kTitle, "قسم"}));
  EXPECT_EQ(Select(nav, "//h:nav[@e:type='toc']/h:h1"), Strings{"المحتويات"});
  EXPECT_EQ(Select(nav, "//h:nav[@e:type='landmarks']//h:a/@e:type"), Strings{"bodymatter"});
  EXPECT_EQ(Select(nav, "/h:html/@dir"), Strings{"rtl"});
}

TEST(EpubNavTest, UntitledArticleLedeIsNamedByItsFirstWords) {
  Document doc = Article();
  doc.title.written = "";
  doc.sections[0].paragraphs[0].sentences[0].written =
      "في ظل الظروف الراهنة التي تشهدها ليبيا، يستمر العمل على تعزيز السلام والاستقرار.";
  Timings timings = ArticleTimings();
  timings.sections[0].paragraphs[0].sentences[0].text =
      doc.sections[0].paragraphs[0].sentences[0].written;
  const std::string nav = EpubNav(MakeReadAlong(doc, timings, "a.txt"));
  EXPECT_EQ(Select(nav, "//h:nav[@e:type='toc']/h:ol/h:li/h:a/@href"),
            (Strings{"article.xhtml#s-1", "article.xhtml#h-1"}));
  EXPECT_EQ(Select(nav, "//h:nav[@e:type='toc']/h:ol/h:li/h:a"),
            (Strings{"في ظل الظروف الراهنة التي تشهدها ليبيا، يستمر العمل على…", "قسم"}));
}

TEST(EpubNavTest, UntitledArticleWithoutLedeStartsAtItsFirstHeadingOnce) {
  Document doc = Article();
  doc.title.written = "";
  doc.language = "en";
  doc.sections.erase(doc.sections.begin());
  Timings timings = ArticleTimings();
  timings.sections.erase(timings.sections.begin());
  const std::string nav = EpubNav(MakeReadAlong(doc, timings, "a.txt"));
  EXPECT_EQ(Select(nav, "//h:nav[@e:type='toc']/h:ol/h:li/h:a/@href"),
            Strings{"article.xhtml#h-1"});
  EXPECT_EQ(Select(nav, "//h:nav[@e:type='toc']/h:h1"), Strings{"Contents"});
  EXPECT_EQ(Select(nav, "/h:html/@dir"), Strings{"ltr"});
}

// ---- the package document --------------------------------------------------------------------

TEST(EpubPackageTest, MetadataManifestAndSpine) {
  const ReadAlong book = Book();
  const std::string opf = EpubPackage(book, 1'700'000'000);
  EXPECT_EQ(Select(opf, "//dc:identifier[@id='pub-id']"), Strings{EpubIdentifier(book)});
  EXPECT_EQ(Select(opf, "/o:package/@unique-identifier"), Strings{"pub-id"});
  EXPECT_EQ(Select(opf, "//dc:title"), Strings{kTitle});
  EXPECT_EQ(Select(opf, "//dc:language"), Strings{"ar"});
  EXPECT_EQ(Select(opf, "//dc:creator"), Strings{"سالم الورفلي"});
  EXPECT_EQ(Select(opf, "//o:meta[@property='dcterms:modified']"), Strings{"2023-11-14T22:13:20Z"});
  EXPECT_EQ(Select(opf, "//o:meta[@property='media:duration'][@refines='#overlay']"),
            Strings{"0:00:08.600"});
  EXPECT_EQ(Select(opf, "//o:meta[@property='media:duration'][not(@refines)]"),
            Strings{"0:00:08.600"});
  EXPECT_EQ(Select(opf, "//o:meta[@property='media:active-class']"),
            Strings{"-epub-media-overlay-active"});
  EXPECT_EQ(Select(opf, "//o:item[@id='article']/@media-overlay"), Strings{"overlay"});
  EXPECT_EQ(Select(opf, "//o:item[@id='overlay']/@media-type"), Strings{"application/smil+xml"});
  EXPECT_EQ(Select(opf, "//o:item[@properties='nav']/@href"), Strings{"nav.xhtml"});
  EXPECT_EQ(Select(opf, "//o:item/@href"),
            (Strings{"nav.xhtml", "article.xhtml", "article.smil", "article.mp3", "style.css"}));
  EXPECT_EQ(Select(opf, "//o:spine/@page-progression-direction"), Strings{"rtl"});
  EXPECT_EQ(Select(opf, "//o:spine/o:itemref/@idref"), Strings{"article"});
  EXPECT_EQ(Select(opf, "/o:package/@dir"), Strings{"rtl"});
}

TEST(EpubPackageTest, AccessibilityMetadata) {
  const std::string opf = EpubPackage(Book(), 0);
  const auto meta = [&opf](const std::string& property) {
    return Select(opf, "//o:meta[@property='" + property + "']");
  };
  EXPECT_EQ(meta("schema:accessMode"), (Strings{"textual", "auditory"}));
  EXPECT_EQ(meta("schema:accessModeSufficient"), (Strings{"textual", "auditory"}));
  EXPECT_EQ(meta("schema:accessibilityFeature"),
            (Strings{"synchronizedAudioText", "structuralNavigation", "tableOfContents",
                     "readingOrder", "displayTransformability"}));
  EXPECT_EQ(meta("schema:accessibilityHazard"), Strings{"none"});
  ASSERT_EQ(meta("schema:accessibilitySummary").size(), 1u);
  EXPECT_NE(meta("schema:accessibilitySummary")[0].find("eSpeak NG"), std::string::npos);
  EXPECT_EQ(meta("dcterms:conformsTo"), Strings{"EPUB Accessibility 1.1 - WCAG 2.1 Level AA"});
  EXPECT_EQ(meta("a11y:certifiedBy"), Strings{"rawi"});
}

TEST(EpubPackageTest, CreatorAndDateOnlyWhenKnownAndValid) {
  Document doc = Article();
  doc.byline = "";
  doc.date_iso = "2024-05-12T09:30:00+02:00";
  std::string opf = EpubPackage(MakeReadAlong(doc, ArticleTimings(), "a.txt"), 0);
  EXPECT_EQ(Select(opf, "//dc:creator").size(), 0u);
  EXPECT_EQ(Select(opf, "//dc:date"), Strings{"2024-05-12T09:30:00+02:00"});
  for (const char* date : {"2024-05-12", "2024-05", "2024-05-12T09:30Z"}) {
    doc.date_iso = date;
    opf = EpubPackage(MakeReadAlong(doc, ArticleTimings(), "a.txt"), 0);
    EXPECT_EQ(Select(opf, "//dc:date"), Strings{date});
  }
  for (const char* date : {"2024-05-12T09:30", "12/5/2024", ""}) {  // no zone; not W3CDTF
    doc.date_iso = date;
    opf = EpubPackage(MakeReadAlong(doc, ArticleTimings(), "a.txt"), 0);
    EXPECT_EQ(Select(opf, "//dc:date").size(), 0u) << date;
  }
}

TEST(EpubIdentifierTest, StableForTheSameTextAndDifferentForOther) {
  const std::string id = EpubIdentifier(Book());
  EXPECT_EQ(id.substr(0, 9), "urn:uuid:");
  EXPECT_EQ(id.size(), 9u + 36u);
  EXPECT_EQ(id[9 + 14], '5');  // UUID version 5
  EXPECT_EQ(EpubIdentifier(Book()), id);
  Timings later = ArticleTimings();  // the same text spoken more slowly
  later.total_samples *= 2;
  for (auto& section : later.sections) {
    section.start *= 2;
    for (auto& paragraph : section.paragraphs) {
      for (auto& sentence : paragraph.sentences) sentence.start *= 2;
    }
  }
  EXPECT_EQ(EpubIdentifier(MakeReadAlong(Article(), later, "a.txt")), id);
  Document other = Article();
  Timings other_timings = ArticleTimings();
  other.sections[1].paragraphs[0].sentences[0].written = "جملة أخرى.";
  other_timings.sections[1].paragraphs[0].sentences[0].text = "جملة أخرى.";
  EXPECT_NE(EpubIdentifier(MakeReadAlong(other, other_timings, "a.txt")), id);
}

TEST(EpubContainerTest, PointsAtThePackage) {
  const std::string xml = EpubContainerXml();
  EXPECT_EQ(Select(xml, "//c:rootfile/@full-path"), Strings{"EPUB/package.opf"});
  EXPECT_EQ(Select(xml, "//c:rootfile/@media-type"), Strings{"application/oebps-package+xml"});
}

TEST(EpubStyleTest, HighlightsTheActiveClass) {
  const std::string css = EpubStyle();
  EXPECT_NE(css.find(".-epub-media-overlay-active {"), std::string::npos);
  EXPECT_NE(css.find("@media (forced-colors: active)"), std::string::npos);
}

// ---- WriteEpub and RenderWithEpub ------------------------------------------------------------

// A mono 16-bit WAV of `seconds` of a 440 Hz tone.
std::filesystem::path WriteTone(const std::filesystem::path& path, double seconds, int rate) {
  SF_INFO info{};
  info.samplerate = rate;
  info.channels = 1;
  info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
  SNDFILE* file = sf_open(path.c_str(), SFM_WRITE, &info);
  EXPECT_NE(file, nullptr);
  std::vector<int16_t> samples(static_cast<size_t>(seconds * rate));
  for (size_t i = 0; i < samples.size(); ++i) {
    samples[i] = static_cast<int16_t>(8000 * std::sin(2 * M_PI * 440 * i / rate));
  }
  sf_write_short(file, samples.data(), static_cast<sf_count_t>(samples.size()));
  sf_close(file);
  return path;
}

// Entry names in order, and the bytes of one of them.
std::vector<std::string> ZipNames(const std::filesystem::path& path) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
  EXPECT_NE(zip, nullptr) << error;
  std::vector<std::string> names;
  if (zip == nullptr) return names;
  for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
    names.emplace_back(zip_get_name(zip, static_cast<zip_uint64_t>(i), 0));
  }
  zip_close(zip);
  return names;
}

std::string ZipEntry(const std::filesystem::path& path, const std::string& name) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (zip == nullptr) return "";
  zip_stat_t st;
  std::string data;
  if (zip_stat(zip, name.c_str(), 0, &st) == 0) {
    data.resize(st.size);
    zip_file_t* file = zip_fopen(zip, name.c_str(), 0);
    zip_fread(file, data.data(), st.size);
    zip_fclose(file);
  }
  zip_close(zip);
  return data;
}

const Strings kEntries = {"mimetype",       "META-INF/container.xml", "EPUB/package.opf",
                          "EPUB/nav.xhtml", "EPUB/article.xhtml",     "EPUB/article.smil",
                          "EPUB/style.css", "EPUB/article.mp3"};

TEST(WriteEpubTest, ZipsThePartsAndTheMp3AndLeavesNothingElse) {
  TempDir dir;
  const auto pcm = WriteTone(dir / "speech.wav", 8.6, 22050);
  EpubConfig config;
  config.modified = 1'700'000'000;
  WriteEpub(Book(), pcm, dir / "book.epub", config);
  EXPECT_EQ(ListDir(dir.path()), (Strings{"book.epub", "speech.wav"}));
  EXPECT_EQ(ZipNames(dir / "book.epub"), kEntries);
  // OCF: "mimetype" first, stored without extra field, so its bytes sit at offset 38.
  const std::string bytes = ReadFile(dir / "book.epub");
  EXPECT_EQ(bytes.substr(30, 28), "mimetypeapplication/epub+zip");
  EXPECT_EQ(ZipEntry(dir / "book.epub", "EPUB/article.smil"), EpubOverlay(Book()));
  EXPECT_EQ(ZipEntry(dir / "book.epub", "EPUB/package.opf"), EpubPackage(Book(), 1'700'000'000));
  const std::string mp3 = ZipEntry(dir / "book.epub", "EPUB/article.mp3");
  EXPECT_EQ(mp3.substr(0, 3), "ID3");
  // 96 kbps: 12 kB a second.
  EXPECT_NEAR(static_cast<double>(mp3.size()), 8.6 * 12'000, 8.6 * 12'000 * 0.1);
}

TEST(WriteEpubTest, UnwritableFolderIsAnErrorNamingTheEbook) {
  TempDir dir;
  const auto pcm = WriteTone(dir / "speech.wav", 1, 22050);
  const auto out = dir / "missing" / "book.epub";
  try {
    WriteEpub(Book(), pcm, out, EpubConfig{});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(std::string(e.what()).substr(0, out.string().size() + 2), out.string() + ": ");
  }
  EXPECT_EQ(ListDir(dir.path()), Strings{"speech.wav"});
}

TEST(WriteEpubTest, BadAudioLeavesTheEarlierEbook) {
  TempDir dir;
  const auto pcm = dir.Write("speech.wav", "not audio");
  dir.Write("book.epub", "good old ebook");
  EXPECT_THROW(WriteEpub(Book(), pcm, dir / "book.epub", EpubConfig{}), Error);
  EXPECT_EQ(ReadFile(dir / "book.epub"), "good old ebook");
  EXPECT_EQ(ListDir(dir.path()), (Strings{"book.epub", "speech.wav"}));
}

TEST(RenderWithEpubTest, WritesAudioTimingsAndEbookOfOneRender) {
  TempDir dir;
  const auto input = dir.Write("a.txt", "عنوان الخبر\nفقرة أولى. جملة ثانية.\nقسم\nفقرة.\n");
  FakeSynthesizer synth;
  RenderConfig render;
  render.text.voices_dir = RAWI_VOICES_DIR;
  render.text.vocalize = false;
  ArticleRenderer renderer(synth, render);
  const Timings t =
      RenderWithEpub(renderer, input, dir / "a.flac", dir / "a.json", dir / "a.epub", EpubConfig{});
  EXPECT_EQ(synth.spoken.size(), 5u);  // spoken once, for the audio and the ebook
  EXPECT_EQ(ListDir(dir.path()), (Strings{"a.epub", "a.flac", "a.json", "a.txt"}));
  EXPECT_EQ(ZipNames(dir / "a.epub"), kEntries);
  const std::string smil = ZipEntry(dir / "a.epub", "EPUB/article.smil");
  EXPECT_EQ(Select(smil, "//s:par").size(), 5u);
  EXPECT_EQ(Select(smil, "(//s:audio)[last()]/@clipEnd"),
            Strings{SmilClock(t.total_samples, t.sample_rate)});
  EXPECT_EQ(Select(ZipEntry(dir / "a.epub", "EPUB/article.xhtml"), "//h:span"),
            (Strings{"فقرة أولى.", "جملة ثانية.", "فقرة."}));
}

TEST(RenderWithEpubTest, RefusesToOverwriteTheInput) {
  TempDir dir;
  const auto input = dir.Write("a.wav", "Text pretending to be audio.\n");
  FakeSynthesizer synth;
  RenderConfig render;
  render.text.voices_dir = RAWI_VOICES_DIR;
  ArticleRenderer renderer(synth, render);
  try {
    RenderWithEpub(renderer, input, input, std::nullopt, dir / "a.epub", EpubConfig{});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), input.string() + ": output would overwrite the input article");
  }
  EXPECT_EQ(ListDir(dir.path()), Strings{"a.wav"});
}

}  // namespace
}  // namespace rawi
