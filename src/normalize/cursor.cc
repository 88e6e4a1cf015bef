#include "normalize/cursor.h"

#include <unicode/uchar.h>

#include "text/diacritics.h"

namespace rawi {

bool IsDigit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
int DigitValue(char32_t c) { return u_charDigitValue(static_cast<UChar32>(c)); }
bool IsLetter(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c)) || IsHaraka(c) ||
         u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}
bool IsLineSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u00A0'; }
bool IsDash(char32_t c) { return c == U'-' || c == U'–' || c == U'—' || c == U'−'; }
bool IsLatinUpper(char32_t c) { return c >= U'A' && c <= U'Z'; }
bool IsLatin(char32_t c) { return (c >= U'a' && c <= U'z') || IsLatinUpper(c); }

size_t Cursor::SkipSpaces(size_t from) const {
  while (from < text_.size() && IsLineSpace(text_[from])) ++from;
  return from;
}

Word Cursor::PeekWord(size_t from) const {
  Word word;
  word.begin = SkipSpaces(from);
  word.end = word.begin;
  while (word.end < text_.size() && IsLetter(text_[word.end])) ++word.end;
  word.bare = Bare(std::u32string_view(text_).substr(word.begin, word.end - word.begin));
  return word;
}

bool Cursor::StartsWith(size_t p, std::u32string_view s) const {
  return p <= text_.size() && std::u32string_view(text_).substr(p).starts_with(s);
}

void Cursor::NoteWord(std::u32string bare, size_t end) {
  previous_ = std::move(bare);
  previous_end_ = end;
}

}  // namespace rawi
