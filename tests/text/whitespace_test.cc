#include "text/whitespace.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

struct Case {
  std::string input;
  std::string expected;
};

class CollapseWhitespaceTest : public ::testing::TestWithParam<Case> {};

TEST_P(CollapseWhitespaceTest, Collapses) {
  EXPECT_EQ(CollapseWhitespace(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Cases, CollapseWhitespaceTest,
                         ::testing::Values(Case{"", ""}, Case{"   ", ""}, Case{"a  b", "a b"},
                                           Case{" \n\tنص\r\n عربي \n", "نص عربي"},
                                           Case{"no\u00a0break\u2003em", "no break em"},
                                           Case{"soft\u00adhy\u200bphen", "softhyphen"},
                                           Case{"bad \xff byte", "bad \xff byte"},
                                           Case{"a\n\nb", "a b"}));

TEST(TrimTest, RemovesAsciiAndUnicodeSpace) {
  EXPECT_EQ(Trim("  abc \t"), "abc");
  EXPECT_EQ(Trim("\u00A0نص\u00A0"), "نص");
  EXPECT_EQ(Trim("\u2003 x y \u3000"), "x y");
  EXPECT_EQ(Trim("   "), "");
  EXPECT_EQ(Trim(""), "");
}

TEST(SplitLinesTest, HandlesCrLfAndMissingFinalNewline) {
  const auto lines = SplitLines("a\r\nb\n\nc");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "a");
  EXPECT_EQ(lines[1], "b");
  EXPECT_EQ(lines[2], "");
  EXPECT_EQ(lines[3], "c");
  EXPECT_EQ(SplitLines("a\n").size(), 1u);
  EXPECT_TRUE(SplitLines("").empty());
}

TEST(WordCountTest, CountsRunsOfNonSpace) {
  EXPECT_EQ(WordCount("اجتماع لدعم الهدنة في ليبيا"), 5u);
  EXPECT_EQ(WordCount("  one  two\tthree "), 3u);
  EXPECT_EQ(WordCount(""), 0u);
}

}  // namespace
}  // namespace rawi
