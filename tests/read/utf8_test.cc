#include "read/utf8.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

struct Utf8Case {
  std::string bytes;
  std::optional<size_t> invalid_at;
};

class FindInvalidUtf8Test : public ::testing::TestWithParam<Utf8Case> {};

TEST_P(FindInvalidUtf8Test, ReportsFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8(GetParam().bytes), GetParam().invalid_at);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FindInvalidUtf8Test,
    ::testing::Values(Utf8Case{"", std::nullopt}, Utf8Case{"plain ascii", std::nullopt},
                      Utf8Case{"ليبيا ٢٠٢٤", std::nullopt}, Utf8Case{"ab\xff", 2},  // never valid
                      Utf8Case{"\xd9", 0},            // truncated sequence
                      Utf8Case{"ok \xc0\xaf", 3},     // overlong '/'
                      Utf8Case{"x\xed\xa0\x80", 1},   // UTF-16 surrogate
                      Utf8Case{"نص\xe2\x82", 4},      // cut off at the end
                      Utf8Case{"\xd9\x84\x80", 2}));  // stray continuation byte

TEST(StripUtf8BomTest, DropsOnlyALeadingBom) {
  EXPECT_EQ(StripUtf8Bom("\xEF\xBB\xBFtext"), "text");
  EXPECT_EQ(StripUtf8Bom("text"), "text");
  EXPECT_EQ(StripUtf8Bom("a\xEF\xBB\xBF"), "a\xEF\xBB\xBF");
}

}  // namespace
}  // namespace rawi
