#include "read/markdown_reader.h"

#include <gtest/gtest.h>

#include "support/document_sentences.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::ReadFile;

const std::string kFixtures = std::string(RAWI_TESTS_DIR) + "/fixtures/markdown/";

const BoilerplateFilter& Patterns() {
  static const BoilerplateFilter filter =
      BoilerplateFilter::FromFile(std::filesystem::path(RAWI_VOICES_DIR) / "boilerplate.txt");
  return filter;
}

Document Parse(std::string_view text) { return ParseMarkdownArticle(text, "a.md", Patterns()); }

// "heading|paragraph|paragraph" per section, "-" for the lede's heading.
std::vector<std::string> Outline(const Document& doc) {
  std::vector<std::string> outline;
  for (const auto& section : doc.sections) {
    std::string line = WrittenHeading(section).value_or("-");
    for (const auto& paragraph : section.paragraphs) line += "|" + paragraph.text;
    outline.push_back(line);
  }
  return outline;
}

std::string ParseError(std::string_view text) {
  try {
    Parse(text);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    return e.what();
  }
  return "no error";
}

TEST(MarkdownFixtureTest, ArabicArticleWithFrontMatter) {
  const Document doc = Parse(ReadFile(kFixtures + "misrata-university-portal.md"));
  EXPECT_EQ(doc.title.written, "جامعة مصراتة تطلق بوابة إلكترونية لتسجيل الطلاب الجدد");
  EXPECT_EQ(doc.byline, "نورية الشريف");
  EXPECT_EQ(doc.date, "2024-10-01");
  EXPECT_EQ(doc.language, "ar");
  std::vector<std::optional<std::string>> headings;
  std::vector<size_t> paragraphs;
  for (const auto& section : doc.sections) {
    headings.push_back(WrittenHeading(section));
    paragraphs.push_back(section.paragraphs.size());
  }
  EXPECT_EQ(headings, (std::vector<std::optional<std::string>>{std::nullopt, "التسجيل خطوة بخطوة",
                                                               "مواعيد مهمة"}));
  EXPECT_EQ(paragraphs, (std::vector<size_t>{2, 5, 1}));
  const auto& lede = doc.sections[0].paragraphs;
  EXPECT_EQ(lede[0].text.find("**"), std::string::npos);
  EXPECT_NE(lede[0].text.find("خطة للتحول الرقمي في الخدمات"), std::string::npos);
  EXPECT_NE(lede[1].text.find("مشيرا إلى أن دليل الاستخدام متاح"), std::string::npos);
  EXPECT_EQ(doc.sections[1].paragraphs[3].text,
            "اختيار الكلية وتأكيد الطلب برمز التحقق MSU-2024 الذي يصل برسالة نصية.");
  const std::string all = [&] {
    std::string text;
    for (const auto& line : Outline(doc)) text += line + "\n";
    return text;
  }();
  for (const char* absent :
       {"واجهة البوابة", "portal.png", "https://", "إعلان", "دورات تقوية", "اقرأ أيضا",
        "مكتبة رقمية", "منح دراسية", "شارك", "فيسبوك", "---", "تعليم"}) {
    EXPECT_EQ(all.find(absent), std::string::npos) << absent;
  }
}

TEST(MarkdownFixtureTest, EnglishArticleWithCodeBlock) {
  const Document doc = Parse(ReadFile(kFixtures + "tripoli-open-data-hackathon-en.md"));
  EXPECT_EQ(doc.title.written, "Open Data: Tripoli Hackathon Draws 300 Coders");
  EXPECT_EQ(doc.byline, "Amal Ben Ali, Omar Saleh");
  EXPECT_EQ(doc.date, "2024-11-22");
  EXPECT_EQ(doc.language, "en");
  EXPECT_EQ(
      Outline(doc),
      (std::vector<std::string>{
          "-|More than 300 programmers gathered in Tripoli on Friday for a two-day hackathon "
          "built around the government's new open data portal, which publishes budgets, school "
          "results and weather records in machine-readable form.|Teams had 48 hours to build "
          "tools for citizens, from bus timetables to a map of water cuts. Organisers said the "
          "event was the largest of its kind in the country.",
          "How the Portal Works|Every data set can be downloaded as a spreadsheet or queried "
          "through a simple web API, and participants were shown how to fetch records with a few "
          "lines of code:|code block omitted|The schools endpoint alone returns more than 4,000 "
          "records. See the portal's documentation for the full list.",
          "The Winners|A team from Misrata won first prize for an app that warns farmers of "
          "frost.|Second place went to a dashboard tracking public spending by municipality."}));
}

struct Case {
  std::string name;
  std::string markdown;
  std::vector<std::string> outline;
};

class MarkdownTest : public ::testing::TestWithParam<Case> {};

TEST_P(MarkdownTest, Reads) { EXPECT_EQ(Outline(Parse(GetParam().markdown)), GetParam().outline); }

INSTANTIATE_TEST_SUITE_P(
    Snippets, MarkdownTest,
    ::testing::Values(
        Case{"Paragraphs", "One line\njoined.\n\nSecond.", {"-|One line joined.|Second."}},
        Case{"Sections",
             "Lede.\n\n## A\n\nText A.\n\n### B\n\nText B.",
             {"-|Lede.", "A|Text A.", "B|Text B."}},
        Case{
            "SetextHeading", "Lede.\n\nPart two\n--------\n\nText.", {"-|Lede.", "Part two|Text."}},
        Case{"LinksAsText",
             "The ministry published [the report](https://x.ly/r \"title\") on its site, "
             "<https://x.ly>, on Monday.",
             {"-|The ministry published the report on its site, https://x.ly, on Monday."}},
        Case{"ImagesAreNotRead",
             "Before ![a photo of the port](p.jpg) after.\n\n![only](x.png)",
             {"-|Before after."}},
        Case{"InlineCodeIsText", "Run `rawi render` now.", {"-|Run rawi render now."}},
        Case{"CodeBlocks",
             "Text.\n\n```\ncode();\n```\n\n    indented();\n",
             {"-|Text.|code block omitted|code block omitted"}},
        Case{"ArabicCodeNote",
             "شرح الطريقة.\n\n```js\nx();\n```",
             {"-|شرح الطريقة.|مقطع برمجي محذوف"}},
        Case{"HtmlIsSkipped",
             "Text <span>inline</span> here.\n\n<div>\nblock html\n</div>\n\nAfter.",
             {"-|Text inline here.|After."}},
        Case{"Entities", "A &amp; B &copy; &#1604;&#x627; &bogus;", {"-|A & B © لا &bogus;"}},
        Case{"Emphasis", "*One* **two** ~~three~~ _four_", {"-|One two three four"}},
        Case{"HardBreak", "Line one  \nline two\\\nthree", {"-|Line one line two three"}},
        Case{"Lists",
             "- one\n- two\n  - nested\n\n1. first\n2. second",
             {"-|one|two|nested|first|second"}},
        Case{"LooseList", "- one\n\n- two", {"-|one|two"}},
        Case{"LinkListIsDropped",
             "Intro.\n\n- [Story one](a)\n- [Story two](b)\n\nOutro.",
             {"-|Intro.|Outro."}},
        Case{"LinkParagraphIsDropped", "[Click for the full report](r)\n\nText.", {"-|Text."}},
        Case{"Quotes", "> Quoted one.\n>\n> Quoted two.", {"-|Quoted one.|Quoted two."}},
        Case{"Table", "| City | Temp |\n|---|---|\n| Sabha | 41 |", {"-|City Temp|Sabha 41"}},
        Case{"TitleFromFirstH1",
             "# The Title\n\nBody.\n\n# Later h1\n\nMore.",
             {"-|Body.", "Later h1|More."}},
        Case{"FrontMatterTitleDropsRepeatedH1", "---\ntitle: T\n---\n# T\n\nBody.", {"-|Body."}},
        Case{"Boilerplate", "Text.\n\n0 comments\n\nShare this article", {"-|Text."}},
        Case{"EmptyHeadingSectionsDropped",
             "Text.\n\n## Empty\n\n## Full\n\nMore.",
             {"-|Text.", "Full|More."}}),
    [](const auto& info) { return info.param.name; });

TEST(MarkdownTest, TitleFromTheFirstHeadingWithoutFrontMatter) {
  EXPECT_EQ(Parse("# The Title\n\nBody.").title.written, "The Title");
  EXPECT_EQ(Parse("---\ntitle: Front\n---\n# Heading\n\nBody.").title.written, "Front");
}

TEST(MarkdownTest, ParagraphLanguages) {
  const Document doc = Parse("نص عربي طويل في الفقرة الأولى.\n\nAn English quote.\n\n2024");
  EXPECT_EQ(doc.language, "ar");
  EXPECT_EQ(doc.sections[0].paragraphs[0].language, "ar");
  EXPECT_EQ(doc.sections[0].paragraphs[1].language, "en");
  EXPECT_EQ(doc.sections[0].paragraphs[2].language, "ar");
}

TEST(MarkdownTest, Errors) {
  EXPECT_EQ(ParseError("---\ntitle: [a\n---\nBody."),
            "a.md: front matter line 3: end of sequence flow not found");
  EXPECT_EQ(ParseError("## Only a heading"), "a.md: no article text found");
  EXPECT_EQ(ParseError("![just an image](a.png)"), "a.md: no article text found");
}

TEST(MarkdownTest, DeepNestingDoesNotCrash) {
  const std::string quotes = std::string(50000, '>') + " deep";
  EXPECT_NO_THROW(Parse(quotes + "\n\nText."));
  std::string lists;
  for (int i = 0; i < 2000; ++i) lists += std::string(static_cast<size_t>(i) * 2, ' ') + "- item\n";
  EXPECT_NO_THROW(Parse(lists));
}

}  // namespace
}  // namespace rawi
