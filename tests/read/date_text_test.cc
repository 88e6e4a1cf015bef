#include "read/date_text.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

struct DateCase {
  const char* written;
  std::optional<std::string> iso;
};

class IsoDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(IsoDateTest, AsPagesWriteThem) {
  EXPECT_EQ(IsoDate(GetParam().written), GetParam().iso) << GetParam().written;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, IsoDateTest,
    ::testing::Values(
        DateCase{"2015-07-24T05:36:09+01:00", "2015-07-24T05:36:09+01:00"},
        DateCase{"2024-11-17", "2024-11-17"}, DateCase{"2024-11-17 08:30", "2024-11-17T08:30"},
        DateCase{"2024/11/18", "2024-11-18"}, DateCase{"نشر في: 2024/11/18", "2024-11-18"},
        DateCase{"18/11/2024", "2024-11-18"}, DateCase{"18.11.2024", "2024-11-18"},
        DateCase{"05/06/2024", "2024-06-05"},  // day first when both could be the month
        DateCase{"11/18/2024", "2024-11-18"},  // month first only when the day cannot be one
        DateCase{"الأحد 17 نوفمبر 2024 - 15 جمادى الأولى 1446 هـ", "2024-11-17"},
        DateCase{"١٧ نوفمبر ٢٠٢٤", "2024-11-17"}, DateCase{"3 كانون الثاني 2025", "2025-01-03"},
        DateCase{"3 كانون الأول 2025", "2025-12-03"}, DateCase{"9 تشرين الأول 2023", "2023-10-09"},
        DateCase{"1 آب 2022", "2022-08-01"}, DateCase{"November 17, 2024", "2024-11-17"},
        DateCase{"17 Nov 2024", "2024-11-17"}, DateCase{"Sun, 17 November, 2024", "2024-11-17"},
        DateCase{"15 جمادى الأولى 1446 هـ", std::nullopt}, DateCase{"1446/05/15", std::nullopt},
        DateCase{"31/02/2024", std::nullopt}, DateCase{"29/02/2023", std::nullopt},
        DateCase{"29/02/2024", "2024-02-29"}, DateCase{"منذ ساعتين", std::nullopt},
        DateCase{"", std::nullopt}, DateCase{"2024-13-01", std::nullopt}));

TEST(IsDateWordTest, MonthsAndWeekdays) {
  for (const char* word : {"May", "february,", "Apr", "Monday,", "sunday", "نوفمبر", "أبريل",
                           "الأحد", "الجمعة", "ديسمبر."}) {
    EXPECT_TRUE(IsDateWord(word)) << word;
  }
  for (const char* word : {"Mayor", "Sokol", "", "كانون", "الثاني", "12", "بنغازي"}) {
    EXPECT_FALSE(IsDateWord(word)) << word;
  }
}

TEST(IsDateLineTest, OnlyADate) {
  for (const char* line :
       {"الأحد 17 نوفمبر 2024 - 15 جمادى الأولى 1446 هـ", "Tuesday, March 3, 2025 10:30 AM",
        "6 أبريل 2025", "١٧/١١/٢٠٢٤", "نوفمبر 17، 2024 م", "2024-11-17", "(12 May 2024)",
        "يوم الخميس 3 أبريل 2025 | 11:40 ص"}) {
    EXPECT_TRUE(IsDateLine(line)) << line;
  }
  for (const char* line : {"", "الأحد", "17 نوفمبر", "نشر في 17 نوفمبر 2024",
                           "وصل الوفد يوم 17 نوفمبر 2024.", "Tripoli, 12 May 2024", "Ramadan 1446",
                           "4.2.3 April 2014", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 May 2024"}) {
    EXPECT_FALSE(IsDateLine(line)) << line;
  }
}

}  // namespace
}  // namespace rawi
