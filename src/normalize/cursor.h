// The Arabic normalizer's scanner: a position in one line of text, what is around it, and the
// last word read. Every method whose name does not say Advance, MoveTo or Note leaves the cursor
// where it is; positions passed in and returned index the line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rawi {

// Character classes of the scanner. Digits are any Unicode decimal digits (0-9, ٠-٩, ۰-۹).
bool IsDigit(char32_t c);
int DigitValue(char32_t c);
bool IsLetter(char32_t c);     // letters, harakat and other non-spacing marks
bool IsLineSpace(char32_t c);  // space, tab, no-break space
bool IsDash(char32_t c);       // - – — −
bool IsLatinUpper(char32_t c);
bool IsLatin(char32_t c);

// A run of letters in the line: [begin, end), and the same without diacritics.
struct Word {
  std::u32string bare;
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return bare.empty(); }
};

class Cursor {
 public:
  explicit Cursor(const std::u32string& text) : text_(text) {}

  const std::u32string& text() const { return text_; }
  size_t pos() const { return pos_; }
  bool AtEnd() const { return pos_ >= text_.size(); }
  // The character at `p` (0 past the end), and at the cursor plus `ahead`.
  char32_t At(size_t p) const { return p < text_.size() ? text_[p] : 0; }
  char32_t Peek(size_t ahead = 0) const { return At(pos_ + ahead); }

  // The first position at or after `from` that is not a space.
  size_t SkipSpaces(size_t from) const;
  // A digit follows `from` after spaces.
  bool DigitAfterSpaces(size_t from) const { return IsDigit(At(SkipSpaces(from))); }
  // The letters after `from` (spaces skipped); empty, at the first non-space, when none.
  Word PeekWord(size_t from) const;
  Word PeekWord() const { return PeekWord(pos_); }
  // text[p] starts `s`.
  bool StartsWith(size_t p, std::u32string_view s) const;

  void Advance(size_t n = 1) { pos_ += n; }
  // Moves to `p`, which is never behind the cursor.
  void MoveTo(size_t p) { pos_ = p; }

  // The last word read: numbers and addresses forget it, punctuation keeps it.
  void NoteWord(std::u32string bare, size_t end);
  void ForgetWord() { previous_.clear(); }
  const std::u32string& PreviousWord() const { return previous_; }
  size_t PreviousWordEnd() const { return previous_end_; }
  // The previous word is `word`, also behind a proclitic و or ف (والدورة -> الدورة).
  bool PreviousWordIs(std::u32string_view word) const {
    return PreviousWordMatches([word](std::u32string_view w) { return w == word; });
  }
  // `found` is true of the previous word or of the same without a proclitic و or ف.
  template <typename Found>
  bool PreviousWordMatches(Found found) const;
  // The forms `word` may take behind the proclitics news puts on a label: itself, without و or
  // ف, then without ب, ك or ل (which before the article drops its alif: للمادة -> المادة).
  // Calls `found` with each candidate until it returns true; returns whether one did.
  template <typename Found>
  bool PreviousWordStem(Found found) const;

 private:
  const std::u32string& text_;
  size_t pos_ = 0;
  std::u32string previous_;  // without diacritics
  size_t previous_end_ = 0;
};

template <typename Found>
bool Cursor::PreviousWordMatches(Found found) const {
  const std::u32string_view word = previous_;
  if (found(word)) return true;
  return word.size() > 2 && (word[0] == U'و' || word[0] == U'ف') && found(word.substr(1));
}

template <typename Found>
bool Cursor::PreviousWordStem(Found found) const {
  std::u32string_view word = previous_;
  if (found(word)) return true;
  if (word.size() > 2 && (word[0] == U'و' || word[0] == U'ف')) {
    word.remove_prefix(1);
    if (found(word)) return true;
  }
  if (word.size() < 3) return false;
  if (word.starts_with(U"لل") && found(U"ال" + std::u32string(word.substr(2)))) return true;
  return (word[0] == U'ب' || word[0] == U'ك' || word[0] == U'ل') && found(word.substr(1));
}

}  // namespace rawi
