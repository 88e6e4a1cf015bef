// Exact, diacritized number words. Checked against the policy in arabic_numbers.h: oblique case,
// pausal endings, agreement with the counted noun in the part below one thousand.
#include "normalize/arabic_numbers.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

struct CardinalCase {
  uint64_t n;
  Gender gender;
  const char* words;
};

class CardinalWordsTest : public ::testing::TestWithParam<CardinalCase> {};

TEST_P(CardinalWordsTest, Words) {
  EXPECT_EQ(CardinalWords(GetParam().n, GetParam().gender), GetParam().words) << GetParam().n;
}

constexpr Gender M = Gender::kMasculine;
constexpr Gender F = Gender::kFeminine;

INSTANTIATE_TEST_SUITE_P(
    Table, CardinalWordsTest,
    ::testing::Values(
        CardinalCase{0, M, "صِفْر"}, CardinalCase{1, M, "وَاحِد"}, CardinalCase{1, F, "وَاحِدَة"},
        CardinalCase{2, M, "اِثْنَيْن"}, CardinalCase{2, F, "اِثْنَتَيْن"}, CardinalCase{3, M, "ثَلَاثَة"},
        CardinalCase{3, F, "ثَلَاث"}, CardinalCase{8, M, "ثَمَانِيَة"}, CardinalCase{8, F, "ثَمَانِي"},
        CardinalCase{10, M, "عَشَرَة"}, CardinalCase{10, F, "عَشْر"}, CardinalCase{11, M, "أَحَدَ عَشَر"},
        CardinalCase{11, F, "إِحْدَى عَشْرَة"}, CardinalCase{12, M, "اِثْنَيْ عَشَر"},
        CardinalCase{12, F, "اِثْنَتَيْ عَشْرَة"}, CardinalCase{13, M, "ثَلَاثَةَ عَشَر"},
        CardinalCase{13, F, "ثَلَاثَ عَشْرَة"}, CardinalCase{18, F, "ثَمَانِيَ عَشْرَة"},
        CardinalCase{19, M, "تِسْعَةَ عَشَر"}, CardinalCase{20, M, "عِشْرِين"}, CardinalCase{20, F, "عِشْرِين"},
        CardinalCase{21, M, "وَاحِد وَعِشْرِين"}, CardinalCase{21, F, "إِحْدَى وَعِشْرِين"},
        CardinalCase{22, M, "اِثْنَيْن وَعِشْرِين"}, CardinalCase{22, F, "اِثْنَتَيْن وَعِشْرِين"},
        CardinalCase{23, F, "ثَلَاث وَعِشْرِين"}, CardinalCase{99, M, "تِسْعَة وَتِسْعِين"},
        CardinalCase{100, M, "مِئَة"}, CardinalCase{102, M, "مِئَة وَٱثْنَيْن"},
        CardinalCase{125, M, "مِئَة وَخَمْسَة وَعِشْرِين"}, CardinalCase{200, F, "مِئَتَيْن"},
        CardinalCase{300, M, "ثَلَاثِمِئَة"}, CardinalCase{603, F, "سِتِّمِئَة وَثَلَاث"},
        CardinalCase{999, M, "تِسْعِمِئَة وَتِسْعَة وَتِسْعِين"}, CardinalCase{1000, M, "أَلْف"},
        CardinalCase{1003, F, "أَلْف وَثَلَاث"}, CardinalCase{1990, M, "أَلْف وَتِسْعِمِئَة وَتِسْعِين"},
        CardinalCase{2000, M, "أَلْفَيْن"}, CardinalCase{2024, M, "أَلْفَيْن وَأَرْبَعَة وَعِشْرِين"},
        CardinalCase{3000, M, "ثَلَاثَة آلَاف"}, CardinalCase{10000, M, "عَشَرَة آلَاف"},
        CardinalCase{11000, M, "أَحَدَ عَشَر أَلْفًا"}, CardinalCase{25000, M, "خَمْسَة وَعِشْرِين أَلْفًا"},
        CardinalCase{100000, M, "مِئَة أَلْف"}, CardinalCase{101000, M, "مِئَة أَلْف وَأَلْف"},
        CardinalCase{102000, M, "مِئَة أَلْف وَأَلْفَيْن"}, CardinalCase{103000, M, "مِئَة وَثَلَاثَة آلَاف"},
        CardinalCase{1000000, M, "مِلْيُون"}, CardinalCase{2000000, M, "مِلْيُونَيْن"},
        CardinalCase{5000000, M, "خَمْسَة مَلَايِنْ"},
        CardinalCase{1250000, M, "مِلْيُون وَمِئَتَيْن وَخَمْسِين أَلْفًا"},
        CardinalCase{3000000000, M, "ثَلَاثَة مِلْيَارَات"},
        CardinalCase{15000000000, M, "خَمْسَةَ عَشَر مِلْيَارًا"},
        CardinalCase{2000000000000, M, "تِرِيلْيُونَيْن"},
        CardinalCase{999999999999999, M,
                     "تِسْعِمِئَة وَتِسْعَة وَتِسْعِين تِرِيلْيُونًا وَتِسْعِمِئَة وَتِسْعَة وَتِسْعِين مِلْيَارًا "
                     "وَتِسْعِمِئَة وَتِسْعَة وَتِسْعِين مِلْيُونًا وَتِسْعِمِئَة وَتِسْعَة وَتِسْعِين أَلْفًا "
                     "وَتِسْعِمِئَة وَتِسْعَة وَتِسْعِين"}));

TEST(CardinalWordsTest, ConstructStateBeforeANoun) {
  EXPECT_EQ(CardinalWords(50000, M, true), "خَمْسِين أَلْف");
  EXPECT_EQ(CardinalWords(1250000, M, true), "مِلْيُون وَمِئَتَيْن وَخَمْسِين أَلْف");
  EXPECT_EQ(CardinalWords(3000, M, true), "ثَلَاثَة آلَاف");
  EXPECT_EQ(CardinalWords(2000, M, true), "أَلْفَيْ");
  EXPECT_EQ(CardinalWords(200, M, true), "مِئَتَيْ");
  EXPECT_EQ(CardinalWords(1200, M, true), "أَلْف وَمِئَتَيْ");
  EXPECT_EQ(CardinalWords(2000000, M, true), "مِلْيُونَيْ");
  EXPECT_EQ(CardinalWords(202, M, true), "مِئَتَيْن وَٱثْنَيْن");
}

struct OrdinalCase {
  uint64_t n;
  Gender gender;
  const char* words;
};

class OrdinalWordsTest : public ::testing::TestWithParam<OrdinalCase> {};

TEST_P(OrdinalWordsTest, Words) {
  EXPECT_EQ(OrdinalWords(GetParam().n, GetParam().gender), GetParam().words) << GetParam().n;
}

INSTANTIATE_TEST_SUITE_P(
    Table, OrdinalWordsTest,
    ::testing::Values(OrdinalCase{1, M, "الأول"}, OrdinalCase{1, F, "الْأُولَى"},
                      OrdinalCase{2, M, "الثَّانِي"}, OrdinalCase{3, F, "الثَّالِثَة"},
                      OrdinalCase{10, M, "الْعَاشِر"}, OrdinalCase{11, M, "الْحَادِي عَشَر"},
                      OrdinalCase{11, F, "الْحَادِيَة عَشْرَة"}, OrdinalCase{12, F, "الثَّانِيَة عَشْرَة"},
                      OrdinalCase{19, M, "التَّاسِع عَشَر"}, OrdinalCase{20, M, "الْعِشْرِين"},
                      OrdinalCase{21, M, "الْحَادِي وَالْعِشْرِين"}, OrdinalCase{22, F, "الثَّانِيَة وَالْعِشْرِين"},
                      OrdinalCase{31, M, "الْحَادِي وَالثَّلَاثِين"}, OrdinalCase{60, M, "السِّتِّين"}));

TEST(DigitWordTest, PhoneDigitsUseTheNominativeTwo) {
  EXPECT_EQ(DigitWord(0), "صِفْر");
  EXPECT_EQ(DigitWord(2), "اِثْنَان");
  EXPECT_EQ(DigitWord(9), "تِسْعَة");
}

TEST(CountFormForTest, ByValue) {
  EXPECT_EQ(CountFormFor(1), CountForm::kOne);
  EXPECT_EQ(CountFormFor(2), CountForm::kTwo);
  EXPECT_EQ(CountFormFor(3), CountForm::kPlural);
  EXPECT_EQ(CountFormFor(10), CountForm::kPlural);
  EXPECT_EQ(CountFormFor(11), CountForm::kAccusative);
  EXPECT_EQ(CountFormFor(99), CountForm::kAccusative);
  EXPECT_EQ(CountFormFor(100), CountForm::kSingular);
  EXPECT_EQ(CountFormFor(101), CountForm::kSingular);
  EXPECT_EQ(CountFormFor(103), CountForm::kPlural);
  EXPECT_EQ(CountFormFor(1000), CountForm::kSingular);
  EXPECT_EQ(CountFormFor(0), CountForm::kSingular);
}

}  // namespace
}  // namespace rawi
