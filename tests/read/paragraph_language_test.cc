#include "read/paragraph_language.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

struct ScriptCase {
  std::string text;
  std::optional<std::string> expected;
};

class ScriptLanguageTest : public ::testing::TestWithParam<ScriptCase> {};

TEST_P(ScriptLanguageTest, MajorityScript) {
  EXPECT_EQ(ScriptLanguage(GetParam().text), GetParam().expected) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Texts, ScriptLanguageTest,
    ::testing::Values(ScriptCase{"عقد اجتماع في طرابلس.", "ar"},
                      ScriptCase{"The port reopened.", "en"},
                      ScriptCase{"قال مدير NOC إن الإنتاج ارتفع.", "ar"},
                      ScriptCase{"The word «ليبيا» means Libya in Arabic.", "en"},
                      ScriptCase{"2024 - 12:30 (٣٠٪)", std::nullopt}, ScriptCase{"", std::nullopt},
                      ScriptCase{"ab اب", "en"}));

struct TagCase {
  std::string tag;
  std::optional<std::string> expected;
};

class PrimaryLanguageSubtagTest : public ::testing::TestWithParam<TagCase> {};

TEST_P(PrimaryLanguageSubtagTest, Parses) {
  EXPECT_EQ(PrimaryLanguageSubtag(GetParam().tag), GetParam().expected) << GetParam().tag;
}

INSTANTIATE_TEST_SUITE_P(
    Tags, PrimaryLanguageSubtagTest,
    ::testing::Values(TagCase{"ar", "ar"}, TagCase{"ar-LY", "ar"}, TagCase{"EN_us", "en"},
                      TagCase{" en", "en"}, TagCase{"fil", "fil"}, TagCase{"", std::nullopt},
                      TagCase{"a", std::nullopt}, TagCase{"engl", std::nullopt},
                      TagCase{"1ar", std::nullopt}, TagCase{"ar!", std::nullopt}));

Document TwoParagraphs(const std::string& first, const std::string& second) {
  Document doc;
  doc.sections.resize(1);
  doc.sections[0].paragraphs.resize(2);
  doc.sections[0].paragraphs[0].text = first;
  doc.sections[0].paragraphs[1].text = second;
  return doc;
}

TEST(FillParagraphLanguagesTest, ScriptElseFallbackAndKeepsGivenOnes) {
  Document doc = TwoParagraphs("نص عربي.", "123");
  doc.sections.push_back(doc.sections[0]);
  doc.sections[1].paragraphs[0].language = "en";
  FillParagraphLanguages(doc, "ar");
  EXPECT_EQ(doc.sections[0].paragraphs[0].language, "ar");
  EXPECT_EQ(doc.sections[0].paragraphs[1].language, "ar");
  EXPECT_EQ(doc.sections[1].paragraphs[0].language, "en");
}

TEST(MajorityLanguageTest, CountsLettersNotParagraphs) {
  // One long English paragraph outweighs two short Arabic ones.
  Document doc = TwoParagraphs("نعم.", "The ministry published the full budget on Monday evening.");
  doc.sections[0].paragraphs.push_back(doc.sections[0].paragraphs[0]);
  EXPECT_EQ(MajorityLanguage(doc, "ar"), "en");
}

TEST(MajorityLanguageTest, ExplicitLanguageCountsItsLetters) {
  Document doc = TwoParagraphs("Salam alaikum wa rahmatullah", "ok");
  doc.sections[0].paragraphs[0].language = "ar";  // transliterated Arabic marked lang="ar"
  EXPECT_EQ(MajorityLanguage(doc, "en"), "ar");
}

TEST(MajorityLanguageTest, FallbackWithoutLetters) {
  EXPECT_EQ(MajorityLanguage(TwoParagraphs("1", "2"), "ar"), "ar");
  EXPECT_EQ(MajorityLanguage(Document{}, "en"), "en");
}

TEST(OverrideLanguageTest, SetsArticleAndEveryParagraph) {
  Document doc = TwoParagraphs("نص.", "Text.");
  OverrideLanguage(doc, "en");
  EXPECT_EQ(doc.language, "en");
  EXPECT_EQ(doc.sections[0].paragraphs[0].language, "en");
  EXPECT_EQ(doc.sections[0].paragraphs[1].language, "en");
}

}  // namespace
}  // namespace rawi
