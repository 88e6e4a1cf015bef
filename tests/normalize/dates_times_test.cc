#include "normalize/dates_times.h"

#include <gtest/gtest.h>

#include "support/recognizer_run.h"

namespace rawi {
namespace {

using testing::NotRead;
using testing::Read;
using testing::Recognize;
using testing::Recognized;
using testing::RecognizerCase;
using testing::RecognizeRun;

class NormalizerDateOrTimeTest : public ::testing::TestWithParam<RecognizerCase> {};

TEST_P(NormalizerDateOrTimeTest, Runs) {
  EXPECT_EQ(RecognizeRun(GetParam().text, SayDateOrTime), GetParam().expected) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizerDateOrTimeTest,
    ::testing::Values(RecognizerCase{"10:30", Read("الْعَاشِرَة وَالنِّصْف", "")},
                      RecognizerCase{"14:45", Read("الثَّالِثَة إِلَّا رُبْعًا مَسَاءً", "")},
                      RecognizerCase{"9:05 صباحا", Read("التَّاسِعَة وَخَمْس دَقَائِق", " صباحا")},
                      RecognizerCase{"0:01", Read("الثَّانِيَة عَشْرَة وَدَقِيقَة وَاحِدَة لَيْلًا", "")},
                      RecognizerCase{"12:02", Read("الثَّانِيَة عَشْرَة وَدَقِيقَتَيْن ظُهْرًا", "")},
                      RecognizerCase{"24:00", NotRead("")}, RecognizerCase{"10:5", NotRead("")},
                      RecognizerCase{"17/5/2024 م.",
                                     Read("السَّابِع عَشَر مِنْ مَايُو أَلْفَيْن وَأَرْبَعَة وَعِشْرِين مِيلَادِيّ", ".")},
                      RecognizerCase{"2024-05-01", Read("الأول مِنْ مَايُو أَلْفَيْن وَأَرْبَعَة وَعِشْرِين", "")},
                      RecognizerCase{"17/5", Read("السَّابِع عَشَر مِنْ مَايُو", "")},
                      RecognizerCase{"31/4/2024", NotRead("")},  // no 31 April
                      RecognizerCase{"17/5/24", NotRead("")},    // a year has four digits
                      RecognizerCase{"1/4", NotRead("")},        // a quarter (numbers.h)
                      RecognizerCase{"2/5", NotRead("")}));      // not a date either

class NormalizerClockHourTest : public ::testing::TestWithParam<RecognizerCase> {};

// SayClockHour on a whole number after the word given as `previous`.
TEST_P(NormalizerClockHourTest, AfterTheClockWord) {
  const auto hour = [](Scan& s, const NumberRun& run) {
    const auto words = SayClockHour(s, Value{*ToInteger(run.groups[0]), std::nullopt});
    if (words) s.Emit(*words);
    return words.has_value();
  };
  EXPECT_EQ(RecognizeRun(GetParam().text, hour, GetParam().previous), GetParam().expected)
      << GetParam().previous << " " << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizerClockHourTest,
    ::testing::Values(RecognizerCase{"5", Read("الْخَامِسَة", ""), "الساعة"},
                      RecognizerCase{"5 م.", Read("الْخَامِسَة مَسَاءً", "."), "الساعة"},
                      RecognizerCase{"9 ص", Read("التَّاسِعَة صَبَاحًا", ""), "الساعة"},
                      RecognizerCase{"1 ظهرا", Read("الْوَاحِدَة", " ظهرا"), "الساعة"},
                      RecognizerCase{"17", Read("الْخَامِسَة مَسَاءً", ""), "الساعة"},
                      RecognizerCase{"12", Read("الثَّانِيَة عَشْرَة ظُهْرًا", ""), "الساعه"},
                      RecognizerCase{"11", Read("الْحَادِيَة عَشْرَة", ""), "والساعة"},
                      RecognizerCase{"5 م", NotRead(" م"), "طوله"},  // metres, for money_units
                      RecognizerCase{"24", NotRead(""), "الساعة"},   // not a time of day
                      RecognizerCase{"0", NotRead(""), "الساعة"},
                      RecognizerCase{"5", NotRead(""), "ساعات"}));

class NormalizerEraMonthTest : public ::testing::TestWithParam<RecognizerCase> {};

// SayEraAfter, then SayMonthAfter, on the word after the number.
TEST_P(NormalizerEraMonthTest, EraAndMonth) {
  const auto after = [](Scan& s, const NumberRun& run) {
    const Value v{*ToInteger(run.groups[0]), std::nullopt};
    const Word word = s.cursor.PeekWord();
    const bool attached = word.begin == s.cursor.pos() || AfterYearWord(s);
    auto words = SayEraAfter(s, v, word, attached);
    if (!words) words = SayMonthAfter(s, v, word);
    if (words) s.Emit(*words);
    return words.has_value();
  };
  EXPECT_EQ(RecognizeRun(GetParam().text, after, GetParam().previous), GetParam().expected)
      << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizerEraMonthTest,
    ::testing::Values(
        RecognizerCase{"2024م", Read("أَلْفَيْن وَأَرْبَعَة وَعِشْرِين مِيلَادِيّ", ""), ""},
        RecognizerCase{"1446 ه", Read("أَلْف وَأَرْبَعِمِئَة وَسِتَّة وَأَرْبَعِين هِجْرِيّ", ""), ""},
        RecognizerCase{"622 م", Read("سِتِّمِئَة وَٱثْنَيْن وَعِشْرِين مِيلَادِيّ", ""), "عام"},
        RecognizerCase{"30 م", NotRead(" م"), ""},  // metres (money_units.h)
        RecognizerCase{"3 يناير 1990", Read("الثَّالِث مِنْ يَنَايِر أَلْف وَتِسْعِمِئَة وَتِسْعِين", ""), ""},
        RecognizerCase{"3 أيلول", Read("الثَّالِث مِنْ سِبْتَمْبِر", ""), ""},  // either set, said in one
        RecognizerCase{"32 يناير", NotRead(" يناير"), ""}));

TEST(NormalizerDatesTimesTest, SyriacMonthNames) {
  const auto date = [](Scan& s) {
    const NumberRun run = ReadRun(s.cursor, 0);
    s.cursor.MoveTo(run.end);
    return SayDateOrTime(s, run);
  };
  EXPECT_EQ(Recognize("1/10/2020", date, "", MonthNames::kSyriac),
            Read("الأول مِنْ تِشْرِين الأول أَلْفَيْن وَعِشْرِين", ""));
}

TEST(NormalizerDatesTimesTest, YearWords) {
  for (const char* word : {"عام", "وعام", "منذ", "لسنة"}) {
    EXPECT_TRUE(Recognize(
                    "", [](Scan& s) { return AfterYearWord(s); }, word)
                    .read)
        << word;
  }
  EXPECT_FALSE(Recognize(
                   "", [](Scan& s) { return AfterYearWord(s); }, "سيارة")
                   .read);
}

}  // namespace
}  // namespace rawi
