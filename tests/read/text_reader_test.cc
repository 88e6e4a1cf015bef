#include "read/text_reader.h"

#include <gtest/gtest.h>

#include "support/document_sentences.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::ReadFile;

const BoilerplateFilter& Patterns() {
  static const BoilerplateFilter filter =
      BoilerplateFilter::FromFile(std::filesystem::path(RAWI_VOICES_DIR) / "boilerplate.txt");
  return filter;
}

Document Parse(std::string_view text) {
  return ParsePlainText(text, "article.txt", Patterns(), TextReaderConfig{});
}

TEST(ParsePlainTextTest, SeedArticleHasLedeAndTwoHeadedSections) {
  const Document doc =
      ParsePlainText(ReadFile(std::filesystem::path(RAWI_SAMPLES_DIR) / "libya-truce-meeting.txt"),
                     "libya-truce-meeting.txt", Patterns(), TextReaderConfig{});
  EXPECT_EQ(doc.language, "ar");
  EXPECT_EQ(doc.title.written, "");
  ASSERT_EQ(doc.sections.size(), 3u);
  EXPECT_EQ(WrittenHeading(doc.sections[0]), std::nullopt);
  EXPECT_EQ(WrittenHeading(doc.sections[1]), "اجتماع لدعم الهدنة في ليبيا");
  EXPECT_EQ(WrittenHeading(doc.sections[2]), "لقاء لتعزيز الاستقرار الأمني");
  EXPECT_EQ(doc.sections[0].paragraphs.size(), 1u);
  EXPECT_EQ(doc.sections[1].paragraphs.size(), 1u);
  EXPECT_EQ(doc.sections[2].paragraphs.size(), 2u);
  EXPECT_EQ(doc.sections[2].paragraphs[1].text.find("تعليق"), std::string::npos);
}

TEST(ParsePlainTextTest, FirstHeadingLikeLineIsTheTitle) {
  const Document doc = Parse(
      "Harbour reopens after storm\n"
      "The harbour reopened on Monday. Ships queued outside.\n"
      "What comes next\n"
      "Officials expect full traffic by June.\n");
  EXPECT_EQ(doc.title.written, "Harbour reopens after storm");
  EXPECT_EQ(doc.language, "en");
  ASSERT_EQ(doc.sections.size(), 2u);
  EXPECT_EQ(WrittenHeading(doc.sections[0]), std::nullopt);
  EXPECT_EQ(doc.sections[0].paragraphs[0].text,
            "The harbour reopened on Monday. Ships queued outside.");
  EXPECT_EQ(WrittenHeading(doc.sections[1]), "What comes next");
}

TEST(ParsePlainTextTest, TitleThenHeadingHasNoLede) {
  const Document doc = Parse("العنوان الرئيسي\nالقسم الأول\nنص الفقرة الأولى.\n");
  EXPECT_EQ(doc.title.written, "العنوان الرئيسي");
  ASSERT_EQ(doc.sections.size(), 1u);
  EXPECT_EQ(WrittenHeading(doc.sections[0]), "القسم الأول");
  EXPECT_EQ(doc.sections[0].paragraphs.size(), 1u);
}

TEST(ParsePlainTextTest, ShortLineBeforeHeadingIsNotAHeading) {
  // Two heading-like lines in a row: only the one followed by a paragraph is a heading.
  const Document doc = Parse("First paragraph here.\nBy our reporter\nThe heading\nBody text.\n");
  ASSERT_EQ(doc.sections.size(), 2u);
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 2u);
  EXPECT_EQ(doc.sections[0].paragraphs[1].text, "By our reporter");
  EXPECT_EQ(WrittenHeading(doc.sections[1]), "The heading");
}

TEST(ParsePlainTextTest, LineWithFinalPunctuationIsAParagraph) {
  const Document doc = Parse("Intro.\nIs this a question?\nBody text follows.\n");
  ASSERT_EQ(doc.sections.size(), 1u);
  EXPECT_EQ(doc.sections[0].paragraphs.size(), 3u);
}

TEST(ParsePlainTextTest, HardWrappedLinesJoinIntoOneParagraph) {
  const Document doc = Parse(
      "This is a long paragraph that was wrapped by an editor at a fixed column so that\n"
      "it continues on the next line and ends here.\n"
      "\n"
      "Second paragraph.\n");
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 2u);
  EXPECT_EQ(doc.sections[0].paragraphs[0].text,
            "This is a long paragraph that was wrapped by an editor at a fixed column so that "
            "it continues on the next line and ends here.");
}

TEST(ParsePlainTextTest, BoilerplateLinesAreDropped) {
  const Document doc = Parse("Body text.\nShare this article\n12 Comments\n");
  ASSERT_EQ(doc.sections.size(), 1u);
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 1u);
  EXPECT_EQ(doc.sections[0].paragraphs[0].text, "Body text.");
}

TEST(ParsePlainTextTest, OnlyBoilerplateIsAnError) {
  try {
    Parse("0 تعليق\nشارك على فيسبوك\n");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "article.txt: no article text (only boilerplate)");
  }
}

TEST(ParsePlainTextTest, HeadingLimitsComeFromConfig) {
  TextReaderConfig config;
  config.max_heading_words = 2;
  const Document doc = ParsePlainText("Intro.\nthree word line\nBody.\n", "a", Patterns(), config);
  EXPECT_EQ(doc.sections.size(), 1u);
}

}  // namespace
}  // namespace rawi
