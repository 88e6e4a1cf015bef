#include "normalize/numbers.h"

#include <gtest/gtest.h>

#include "normalize/repair.h"
#include "support/recognizer_run.h"

namespace rawi {
namespace {

using testing::NotRead;
using testing::Read;
using testing::Recognize;
using testing::RecognizerCase;
using testing::RecognizeRun;

class NumberQuantityTest : public ::testing::TestWithParam<RecognizerCase> {};

TEST_P(NumberQuantityTest, ReadsWhatTheNumberGoverns) {
  EXPECT_EQ(RecognizeRun(GetParam().text, SayQuantity, GetParam().previous), GetParam().expected)
      << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NumberQuantityTest,
    ::testing::Values(RecognizerCase{"30%.", Read("ثَلَاثِين بِٱلْمِئَة", ".")},
                      RecognizerCase{"3 سيارات",
                                     Read("ثَلَاث", " سيارات")},  // agrees, leaves the noun
                      RecognizerCase{"1 سيارة جديدة", Read("سيارة وَاحِدَة", " جديدة")},
                      RecognizerCase{"1 في", Read("وَاحِد", " في")},
                      RecognizerCase{"5 مليون دولار", Read("خَمْسَة مَلَايِنْ دُولَار", "")},
                      RecognizerCase{"50 ألفا في", Read("خَمْسِين أَلْفًا", " في")},
                      RecognizerCase{"2024", Read("أَلْفَيْن وَأَرْبَعَة وَعِشْرِين", ""), "عام"},
                      RecognizerCase{"2024 دولار", Read("أَلْفَيْن وَأَرْبَعَة وَعِشْرِين", " دولار"), "عام"},
                      RecognizerCase{"3.5 كم", Read("ثَلَاثَة فَاصِلَة خَمْسَة كِيلُومِتْر", "")},
                      RecognizerCase{"3.5 سيارة", Read("ثَلَاثَة فَاصِلَة خَمْسَة", " سيارة")},
                      RecognizerCase{"3"
                                     "\xEE\x80\x80",
                                     Read("ثَلَاثَة وَنِصْف", "")},  // 3½ after repair
                      RecognizerCase{"3.5", Read("ثَلَاثَة فَاصِلَة خَمْسَة", "")},
                      RecognizerCase{"10:30", NotRead("")},
                      RecognizerCase{"1234567890123456", NotRead("")}));

class NumberFractionRangeTest : public ::testing::TestWithParam<RecognizerCase> {};

TEST_P(NumberFractionRangeTest, SlashAndDash) {
  const auto either = [](Scan& s, const NumberRun& run) {
    return SayFraction(s, run) || SayRange(s, run);
  };
  EXPECT_EQ(RecognizeRun(GetParam().text, either, GetParam().previous), GetParam().expected)
      << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NumberFractionRangeTest,
    ::testing::Values(RecognizerCase{"1/4", Read("رُبْع", "")},
                      RecognizerCase{"2/3", Read("ثُلُثَيْن", "")},
                      RecognizerCase{"3⁄4", Read("ثَلَاثَة أَرْبَاع", "")},
                      RecognizerCase{"3/5", Read("ثَلَاثَة أَخْمَاس", "")},
                      RecognizerCase{"2/5", NotRead("")},  // no name: neither a fraction nor a date
                      RecognizerCase{"17/5", NotRead("")},  // a date (dates_times.h)
                      RecognizerCase{"10-15", Read("مِنْ عَشَرَة إِلَى خَمْسَةَ عَشَر", "")},
                      RecognizerCase{"3 - 5 سيارات", Read("ثَلَاث وَخَمْس", " سيارات"), "بين"},
                      RecognizerCase{"10-15% فقط", Read("مِنْ عَشَرَة إِلَى خَمْسَةَ عَشَر بِٱلْمِئَة", " فقط")},
                      RecognizerCase{"15-10", NotRead("")}));

TEST(NumbersTest, SignsBeforeTheNumber) {
  EXPECT_EQ(Recognize("-5 درجات", ReadMinus), Read("سَالِب ", "5 درجات"));
  EXPECT_EQ(Recognize("(-5)",
                      [](Scan& s) {
                        s.cursor.Advance();
                        return ReadMinus(s);
                      }),
            Read("سَالِب ", "5)"));
  EXPECT_EQ(Recognize("-x", ReadMinus), NotRead("-x"));
  EXPECT_EQ(Recognize("%30", ReadPercentSignFirst), Read("ثَلَاثِين بِٱلْمِئَة", ""));
  EXPECT_EQ(Recognize("٪ ٤٥ من", ReadPercentSignFirst), Read("خَمْسَة وَأَرْبَعِين بِٱلْمِئَة", " من"));
  EXPECT_EQ(Recognize("% من", ReadPercentSignFirst), NotRead("% من"));
  EXPECT_EQ(Recognize("\xEE\x80\x81 كيلو", ReadFractionSign), Read("رُبْع", " كيلو"));
  EXPECT_EQ(Recognize("5", ReadFractionSign), NotRead("5"));
}

TEST(NumbersTest, DigitGroupsKeepSeparators) {
  const auto groups = [](Scan& s, const NumberRun& run) {
    SayDigitGroups(s, run);
    return true;
  };
  EXPECT_EQ(RecognizeRun("1:2:3", groups), Read("وَاحِد : اِثْنَيْن : ثَلَاثَة", ""));
  EXPECT_EQ(RecognizeRun("1234567890123456", groups).spoken.substr(0, 12), "وَاحِد");
  EXPECT_TRUE(LooksLikeFraction(1, 2));
  EXPECT_FALSE(LooksLikeFraction(17, 5));
}

}  // namespace
}  // namespace rawi
