#include "read/whitespace.h"

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

}  // namespace
}  // namespace rawi
