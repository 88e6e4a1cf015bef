// End-to-end: article extraction on Mozilla Readability's 130 test pages
// (tests/fixtures/readability, Apache-2.0), scored by scripts/score-extraction with word 4-gram
// F1 and exact titles. Fails when either figure drops below the one committed here; raise them
// as extraction improves.
#include <gtest/gtest.h>

#include "support/run_process.h"

namespace rawi {
namespace {

constexpr char kMinMeanF1[] = "0.934";
constexpr char kMinTitles[] = "128";

TEST(ExtractionBenchmarkTest, ReadabilityPagesKeepTheirScores) {
  const std::string tests = RAWI_TESTS_DIR;
  const auto r = testing::RunProcess(
      {"/usr/bin/python3", tests + "/../scripts/score-extraction", "--rawi", RAWI_BINARY, "--pages",
       tests + "/fixtures/readability", "--min-f1", kMinMeanF1, "--min-titles", kMinTitles});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("pages: 130\n"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace rawi
