#include "render/credit_line.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rawi {
namespace {

Document Article(const std::string& language) {
  Document doc;
  doc.language = language;
  doc.site_name = language == "ar" ? "بوابة الوسط" : "Al Wasat";
  doc.byline = language == "ar" ? "سالم الورفلي" : "Jane Roe";
  doc.date = "2024-11-17T15:00:00+02:00";
  doc.date_iso = "2024-11-17T15:00:00+02:00";
  return doc;
}

struct CreditCase {
  std::string name;
  std::string language;
  Announcements announce;
  std::vector<std::string> sentences;
};

class CreditSentencesTest : public ::testing::TestWithParam<CreditCase> {};

TEST_P(CreditSentencesTest, InTheArticlesLanguage) {
  EXPECT_EQ(CreditSentences(Article(GetParam().language), GetParam().announce),
            GetParam().sentences);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CreditSentencesTest,
    ::testing::Values(
        CreditCase{"ArabicAll",
                   "ar",
                   {true, true, true},
                   {"عن بوابة الوسط.", "بقلم سالم الورفلي.", "نُشر في 17 نوفمبر 2024."}},
        CreditCase{"EnglishAll",
                   "en",
                   {true, true, true},
                   {"From Al Wasat.", "By Jane Roe.", "Published on November 17, 2024."}},
        CreditCase{"ArabicVarietyIsArabic", "ar-LY", {false, true, false}, {"بقلم Jane Roe."}},
        CreditCase{"BylineOnly", "en", {false, true, false}, {"By Jane Roe."}},
        CreditCase{"NothingAnnounced", "ar", {false, false, false}, {}}),
    [](const auto& info) { return info.param.name; });

TEST(CreditSentencesTest, UnknownOrUnreadPartsAreNotSaid) {
  Document doc = Article("ar");
  doc.byline.clear();
  doc.date_iso.clear();  // a date the page wrote in a form rawi could not read
  EXPECT_EQ(CreditSentences(doc, {true, true, true}),
            (std::vector<std::string>{"عن بوابة الوسط."}));
  doc.date_iso = "2026-12-02";
  EXPECT_EQ(CreditSentences(doc, {false, false, true}),
            (std::vector<std::string>{"نُشر في 2 ديسمبر 2026."}));
  doc.date_iso = "2026-13-02";
  EXPECT_TRUE(CreditSentences(doc, {false, false, true}).empty());
}

std::string Say(std::string_view line, const std::string& language) {
  return "[" + language + "] " + std::string(line);
}

TEST(AddCreditsTest, FirstParagraphOfTheLede) {
  Document doc = Article("en");
  doc.sections.resize(1);
  doc.sections[0].paragraphs.resize(1);
  doc.sections[0].paragraphs[0].text = "Text.";
  AddCredits(doc, {false, true, true}, Say);
  ASSERT_EQ(doc.sections.size(), 1u);
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 2u);
  const Paragraph& credits = doc.sections[0].paragraphs[0];
  EXPECT_EQ(credits.text, "By Jane Roe. Published on November 17, 2024.");
  EXPECT_EQ(credits.language, "en");
  EXPECT_TRUE(credits.credits);
  EXPECT_FALSE(doc.sections[0].paragraphs[1].credits);
  ASSERT_EQ(credits.sentences.size(), 2u);
  EXPECT_EQ(credits.sentences[0], Sentence("By Jane Roe.", "[en] By Jane Roe."));
  EXPECT_EQ(doc.sections[0].paragraphs[1].text, "Text.");
}

TEST(AddCreditsTest, ALedeOfItsOwnBeforeAHeading) {
  Document doc = Article("ar");
  doc.sections.resize(1);
  doc.sections[0].heading = Sentence("القسم", std::nullopt);
  AddCredits(doc, {false, true, false}, Say);
  ASSERT_EQ(doc.sections.size(), 2u);
  EXPECT_FALSE(doc.sections[0].heading);
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 1u);
  EXPECT_EQ(doc.sections[0].paragraphs[0].sentences[0].spoken, "[ar] بقلم سالم الورفلي.");
  EXPECT_EQ(doc.sections[1].heading->written, "القسم");
}

TEST(AddCreditsTest, NothingToSayLeavesTheDocument) {
  Document doc = Article("en");
  doc.sections.resize(1);
  AddCredits(doc, {false, false, false}, Say);
  EXPECT_EQ(doc.sections.size(), 1u);
  EXPECT_TRUE(doc.sections[0].paragraphs.empty());
}

}  // namespace
}  // namespace rawi
