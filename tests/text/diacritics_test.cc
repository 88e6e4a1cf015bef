#include "text/diacritics.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace rawi {
namespace {

std::string ShaddaFirst(const std::string& s) {
  std::u32string text = ToUtf32(s);
  PutShaddaFirst(text);
  return ToUtf8(text);
}

TEST(PutShaddaFirstTest, MovesShaddaBeforeTheVowelMark) {
  EXPECT_EQ(ShaddaFirst("\u0633\u0650\u062A\u064E\u0651\u0629"),
            "\u0633\u0650\u062A\u0651\u064E\u0629");
  EXPECT_EQ(ShaddaFirst("\u062A\u0651\u064E"), "\u062A\u0651\u064E");  // already right
  EXPECT_EQ(ShaddaFirst("\u0645\u064C\u0651"), "\u0645\u0651\u064C");  // tanween too
  EXPECT_EQ(ShaddaFirst("abc"), "abc");
}

TEST(MoveTanweenOffAlefTest, PutsFathatanOnTheConsonant) {
  std::u32string text = ToUtf32("امتداداً");
  MoveTanweenOffAlef(text);
  EXPECT_EQ(ToUtf8(text), "امتداد\u064Bا");
  std::u32string maksura = ToUtf32("هدى\u064B");
  MoveTanweenOffAlef(maksura);
  EXPECT_EQ(ToUtf8(maksura), "هد\u064Bى");
}

TEST(StripDiacriticsTest, PlainSpelling) {
  EXPECT_EQ(StripDiacritics("بِٱلْمِئَة"), "بالمئة");
  EXPECT_EQ(StripDiacritics("ثَلَاثَة"), "ثلاثة");
  EXPECT_EQ(StripDiacritics("abc"), "abc");
}

}  // namespace
}  // namespace rawi
