#include "vocalize/arabic_letters.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace rawi {
namespace {

std::string U8(std::u32string_view s) { return ToUtf8(s); }

TEST(ArabicLettersTest, LetterClasses) {
  for (char32_t c : std::u32string(U"ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةىٱپچگ")) {
    EXPECT_TRUE(IsArabicLetter(c)) << U8(std::u32string(1, c));
  }
  for (char32_t c : std::u32string(U"َُِّْ،؟ a1٣")) EXPECT_FALSE(IsArabicLetter(c));
  for (char32_t c : std::u32string(U"تثدذرزسشصضطظلن")) EXPECT_TRUE(IsSunLetter(c));
  for (char32_t c : std::u32string(U"أبجحخعغفقكمهوي")) EXPECT_FALSE(IsSunLetter(c));
  for (char32_t c : std::u32string(U"اىآٱة")) EXPECT_TRUE(IsVowelCarrier(c));
  EXPECT_FALSE(IsVowelCarrier(U'و'));
}

TEST(ArabicLettersTest, BareAndLooseKeys) {
  const struct {
    std::u32string word, bare, loose;
  } cases[] = {
      {U"بِٱلْمِئَة", U"بالمئة", U"بالمئه"}, {U"الْأُمَم", U"الأمم", U"الامم"},
      {U"إِلَى", U"إلى", U"الي"},          {U"آبَار", U"آبار", U"ابار"},
      {U"عَلَى", U"على", U"علي"},          {U"مُسْتَوًى", U"مستوى", U"مستوي"},
      {U"هٰذَا", U"هذا", U"هذا"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(U8(Bare(c.word)), U8(c.bare));
    EXPECT_EQ(U8(LooseKey(c.bare)), U8(c.loose));
  }
}

TEST(ArabicLettersTest, MarkStates) {
  const struct {
    std::u32string word;
    MarkState state;
  } cases[] = {
      {U"بنسبة", MarkState::kNone},      {U"تُعتبر", MarkState::kPartial},
      {U"امتدادًا", MarkState::kPartial}, {U"يُعد", MarkState::kPartial},
      {U"ثَلَاثِين", MarkState::kFull},     {U"بِٱلْمِئَة", MarkState::kFull},
      {U"السَّابِع", MarkState::kFull},     {U"مَايُو", MarkState::kFull},
      {U"وَعِشْرِين", MarkState::kFull},     {U"أَلْفَيْن", MarkState::kFull},
      {U"فِي", MarkState::kFull},         {U"مِنْ", MarkState::kFull},
  };
  for (const auto& c : cases) EXPECT_EQ(MarkStateOf(c.word), c.state) << U8(c.word);
}

TEST(ArabicLettersTest, AgreesWithTheAuthorsMarks) {
  EXPECT_TRUE(AgreesWithMarks(U"تُعتبر", U"تُعْتَبَر"));
  EXPECT_FALSE(AgreesWithMarks(U"تُعتبر", U"تَعْتَبِر"));
  EXPECT_TRUE(AgreesWithMarks(U"يُؤكد", U"يُؤَكِّد"));
  EXPECT_TRUE(AgreesWithMarks(U"امتدادًا", U"اِمْتِدَادًا"));  // tanween is a case ending
  EXPECT_TRUE(AgreesWithMarks(U"كتابُ", U"كِتَاب"));        // the last letter's mark too
  EXPECT_TRUE(AgreesWithMarks(U"هَذا", U"هٰذَا"));          // dagger alef as fatha
  EXPECT_TRUE(AgreesWithMarks(U"مِنْها", U"مِنْهَا"));        // sukun is the default
  EXPECT_FALSE(AgreesWithMarks(U"كتاب", U"كِتَابَة"));      // other letters
}

TEST(ArabicLettersTest, PausalFormAndTidyMarks) {
  const struct {
    std::u32string in, dropped;
  } drops[] = {
      {U"قَالَ", U"قَال"},   {U"عَامٌّ", U"عَامّ"}, {U"مِنْ", U"مِن"},
      {U"أَيْضًا", U"أَيْضًا"}, {U"جِدًّا", U"جِدًّا"}, {U"فِي", U"فِي"},
  };
  for (const auto& c : drops) {
    std::u32string w = c.in;
    DropFinalVowel(w);
    EXPECT_EQ(U8(w), U8(c.dropped));
  }
  std::u32string typed = U"إِبْطاَل";  // fatha typed after the alef
  TidyMarks(typed);
  EXPECT_EQ(U8(typed), U8(U"إِبْطَال"));
  // Fatha before shadda, as Unicode normalization orders them.
  std::u32string order = std::u32string(U"عَام") + U"\u064E\u0651" + U"ة";
  TidyMarks(order);
  EXPECT_EQ(U8(order), U8(std::u32string(U"عَام") + U"\u0651\u064E" + U"ة"));
  EXPECT_EQ(LetterCount(U"بِٱلْمِئَة"), 6u);
}

}  // namespace
}  // namespace rawi
