#include "normalize/cursor.h"

#include <gtest/gtest.h>

#include <vector>

#include "text/utf8.h"

namespace rawi {
namespace {

TEST(NormalizerCursorTest, CharacterClasses) {
  for (char32_t c : {U'7', U'٣', U'۳'}) EXPECT_TRUE(IsDigit(c)) << static_cast<int>(c);
  EXPECT_EQ(DigitValue(U'٣'), 3);
  EXPECT_EQ(DigitValue(U'۷'), 7);
  EXPECT_TRUE(IsLetter(U'ب'));
  EXPECT_TRUE(IsLetter(U'\u064E'));  // fatha
  EXPECT_FALSE(IsLetter(U'°'));
  EXPECT_TRUE(IsLineSpace(U'\u00A0'));
  EXPECT_FALSE(IsLineSpace(U'\n'));
  for (char32_t c : {U'-', U'–', U'—', U'−'}) EXPECT_TRUE(IsDash(c));
  EXPECT_TRUE(IsLatin(U'q'));
  EXPECT_FALSE(IsLatinUpper(U'q'));
  EXPECT_FALSE(IsLatin(U'ق'));
}

struct PeekCase {
  const char* text;
  size_t from;
  const char* bare;
  size_t begin;
  size_t end;
};

class NormalizerPeekWordTest : public ::testing::TestWithParam<PeekCase> {};

TEST_P(NormalizerPeekWordTest, FindsTheWordWithoutMoving) {
  const std::u32string text = ToUtf32(GetParam().text);
  Cursor cursor(text);
  const Word word = cursor.PeekWord(GetParam().from);
  EXPECT_EQ(ToUtf8(word.bare), GetParam().bare);
  EXPECT_EQ(word.begin, GetParam().begin);
  EXPECT_EQ(word.end, GetParam().end);
  EXPECT_EQ(cursor.pos(), 0u);
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizerPeekWordTest,
    ::testing::Values(PeekCase{"5  دُولَار.", 1, "دولار", 3,
                               10},                  // diacritics dropped, spaces skipped
                      PeekCase{"5 %", 1, "", 2, 2},  // no letters: empty, at the sign
                      PeekCase{"abc", 0, "abc", 0, 3}, PeekCase{"ab", 2, "", 2, 2}));

TEST(NormalizerCursorTest, MovesOnlyWhenTold) {
  const std::u32string text = U"ab  cd";
  Cursor cursor(text);
  EXPECT_EQ(cursor.Peek(), U'a');
  EXPECT_EQ(cursor.Peek(1), U'b');
  EXPECT_EQ(cursor.SkipSpaces(2), 4u);
  EXPECT_FALSE(cursor.DigitAfterSpaces(2));
  EXPECT_TRUE(cursor.StartsWith(4, U"cd"));
  EXPECT_FALSE(cursor.StartsWith(5, U"cd"));
  EXPECT_EQ(cursor.pos(), 0u);
  cursor.Advance(2);
  EXPECT_EQ(cursor.Peek(), U' ');
  cursor.MoveTo(6);
  EXPECT_TRUE(cursor.AtEnd());
  EXPECT_EQ(cursor.Peek(), 0u);  // past the end
  EXPECT_EQ(cursor.At(100), 0u);
}

struct PreviousCase {
  const char* previous;
  const char* word;
  bool is;    // PreviousWordIs
  bool stem;  // PreviousWordStem finds `word`
};

class NormalizerPreviousWordTest : public ::testing::TestWithParam<PreviousCase> {};

TEST_P(NormalizerPreviousWordTest, MatchesBehindProclitics) {
  const std::u32string text;
  Cursor cursor(text);
  cursor.NoteWord(ToUtf32(GetParam().previous), 0);
  const std::u32string word = ToUtf32(GetParam().word);
  EXPECT_EQ(cursor.PreviousWordIs(word), GetParam().is);
  EXPECT_EQ(cursor.PreviousWordStem([&](std::u32string_view w) { return w == word; }),
            GetParam().stem);
}

INSTANTIATE_TEST_SUITE_P(Table, NormalizerPreviousWordTest,
                         ::testing::Values(PreviousCase{"عام", "عام", true, true},
                                           PreviousCase{"وعام", "عام", true, true},
                                           PreviousCase{"فالدورة", "الدورة", true, true},
                                           PreviousCase{"وم", "م", false, false},  // too short
                                           PreviousCase{"بالمادة", "المادة", false, true},
                                           PreviousCase{"للفقرة", "الفقرة", false, true},
                                           PreviousCase{"وللفقرة", "الفقرة", false, true},
                                           PreviousCase{"كرقم", "رقم", false, true},
                                           PreviousCase{"سالمادة", "المادة", false, false}));

TEST(NormalizerCursorTest, ForgetsTheWord) {
  const std::u32string text = U"x";
  Cursor cursor(text);
  cursor.NoteWord(U"عام", 7);
  EXPECT_EQ(cursor.PreviousWordEnd(), 7u);
  cursor.ForgetWord();
  EXPECT_FALSE(cursor.PreviousWordIs(U"عام"));
  EXPECT_TRUE(cursor.PreviousWord().empty());
}

}  // namespace
}  // namespace rawi
