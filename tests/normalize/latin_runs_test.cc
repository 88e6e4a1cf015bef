#include "normalize/latin_runs.h"

#include <gtest/gtest.h>

#include "support/recognizer_run.h"

namespace rawi {
namespace {

using testing::Read;
using testing::Recognize;
using testing::Recognized;

struct Case {
  const char* text;
  Recognized expected;
  const char* previous;  // the previous word after it
};

class NormalizerLatinRunsTest : public ::testing::TestWithParam<Case> {};

TEST_P(NormalizerLatinRunsTest, Reads) {
  std::string previous;
  const Recognized got = Recognize(GetParam().text, [&](Scan& s) {
    const bool read = ReadLetters(s);
    previous = ToUtf8(s.cursor.PreviousWord());
    return read;
  });
  EXPECT_EQ(got, GetParam().expected) << GetParam().text;
  EXPECT_EQ(previous, GetParam().previous) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizerLatinRunsTest,
    ::testing::Values(Case{"UNSMIL.", Read("U N S M I L", "."), "UNSMIL"},
                      Case{"وUNSMIL", Read("و", "UNSMIL"), "و"},          // the script changes
                      Case{"UNSMILX7", Read("UNSMILX", "7"), "UNSMILX"},  // 7 letters: a word
                      Case{"A", Read("A", ""), "A"}, Case{"مُحَمَّد قال", Read("مُحَمَّد", " قال"), "محمد"},
                      Case{"www.example.com/news.", Read("example dot com", "."), ""},
                      Case{"https://libya.ly/a,", Read("libya dot ly", ","), ""},
                      Case{"info@libya.ly)", Read("info at libya dot ly", ")"), ""},
                      Case{"°F", Read("°", "F"), "°"}, Case{"5", Recognized{false, "", "5"}, ""}));

}  // namespace
}  // namespace rawi
