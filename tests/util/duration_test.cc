#include "util/duration.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

struct ParseCase {
  const char* text;
  std::optional<double> seconds;
};

class ParseDurationTest : public testing::TestWithParam<ParseCase> {};

TEST_P(ParseDurationTest, ReadsWhatPeopleWrite) {
  EXPECT_EQ(ParseDuration(GetParam().text), GetParam().seconds) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ParseDurationTest,
    testing::Values(ParseCase{"0", 0}, ParseCase{"3600", 3600}, ParseCase{"90s", 90},
                    ParseCase{"45m", 2700}, ParseCase{"24h", 86400}, ParseCase{"1h30m", 5400},
                    ParseCase{"1h0m5s", 3605}, ParseCase{"2m30s", 150}, ParseCase{"0h", 0},
                    ParseCase{"", std::nullopt}, ParseCase{"h", std::nullopt},
                    ParseCase{"1.5h", std::nullopt}, ParseCase{"-1", std::nullopt},
                    ParseCase{"1h30", std::nullopt}, ParseCase{"30m1h", std::nullopt},
                    ParseCase{"1h1h", std::nullopt}, ParseCase{"1d", std::nullopt},
                    ParseCase{"1 h", std::nullopt}, ParseCase{"99999999999999999999", std::nullopt},
                    ParseCase{"300000h", std::nullopt}));

TEST(FormatDurationTest, ShortestFormThatReadsBack) {
  EXPECT_EQ(FormatDuration(86400), "24h");
  EXPECT_EQ(FormatDuration(5400), "1h30m");
  EXPECT_EQ(FormatDuration(90), "1m30s");
  EXPECT_EQ(FormatDuration(3605), "1h5s");
  EXPECT_EQ(FormatDuration(0), "0");
  EXPECT_EQ(FormatDuration(0.4), "0");
  for (double seconds : {1.0, 59.0, 61.0, 3599.0, 3601.0, 90061.0}) {
    EXPECT_EQ(ParseDuration(FormatDuration(seconds)), seconds);
  }
}

TEST(MinutesSecondsTest, RoundsToTheSecond) {
  EXPECT_EQ(MinutesSeconds(0), "0:00");
  EXPECT_EQ(MinutesSeconds(284.57), "4:45");
  EXPECT_EQ(MinutesSeconds(3600), "60:00");
}

}  // namespace
}  // namespace rawi
