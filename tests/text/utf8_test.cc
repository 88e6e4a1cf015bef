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

}  // namespace
}  // namespace rawi
