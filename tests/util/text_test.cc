#include "util/text.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

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

TEST(MinutesSecondsTest, RoundsToTheSecond) {
  EXPECT_EQ(MinutesSeconds(0), "0:00");
  EXPECT_EQ(MinutesSeconds(284.57), "4:45");
  EXPECT_EQ(MinutesSeconds(3600), "60:00");
}

TEST(WordCountTest, CountsRunsOfNonSpace) {
  EXPECT_EQ(WordCount("اجتماع لدعم الهدنة في ليبيا"), 5u);
  EXPECT_EQ(WordCount("  one  two\tthree "), 3u);
  EXPECT_EQ(WordCount(""), 0u);
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

}  // namespace
}  // namespace rawi
