#include "text/utf8.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

TEST(CodePointCountTest, CountsCodePointsNotBytes) {
  EXPECT_EQ(CodePointCount("abc"), 3u);
  EXPECT_EQ(CodePointCount("ليبيا"), 5u);
  EXPECT_EQ(CodePointCount(""), 0u);
}

TEST(DropCodePointsTest, SkipsWholeCodePoints) {
  EXPECT_EQ(DropCodePoints("abc def", 4), "def");
  EXPECT_EQ(DropCodePoints("عَقَدَ اجتماعا", 7), "اجتماعا");  // marks are code points too
  EXPECT_EQ(DropCodePoints("ليبيا", 0), "ليبيا");
  EXPECT_EQ(DropCodePoints("ليبيا", 9), "");
}

TEST(LastCodePointTest, DecodesFinalCharacter) {
  EXPECT_EQ(LastCodePoint("ماذا؟"), U'؟');
  EXPECT_EQ(LastCodePoint("end."), U'.');
  EXPECT_EQ(LastCodePoint(""), 0u);
}

TEST(XmlSafeTest, DropsWhatXml10Forbids) {
  EXPECT_EQ(XmlSafe("a\x01"
                    "b\x0b"
                    "c\x0c"
                    "d\x1f\x08"),
            "ab c d");
  EXPECT_EQ(XmlSafe(std::string("x\0y", 3)), "xy");
  EXPECT_EQ(XmlSafe("tab\tline\nret\r"), "tab\tline\nret\r");
  EXPECT_EQ(XmlSafe("a\uFFFE"
                    "b\uFFFF"
                    "c\uFFFD"),
            "ab"
            "c\uFFFD");
  EXPECT_EQ(XmlSafe("عربي\x01 نص"), "عربي نص");
  EXPECT_EQ(XmlSafe("bad \xff byte"), "bad \xff byte");
}

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
