#include "text/diacritics.h"

#include "text/utf8.h"

namespace rawi {

bool IsHaraka(char32_t c) { return (c >= U'\u064B' && c <= U'\u0652') || c == U'\u0670'; }

void PutShaddaFirst(std::u32string& text) {
  for (size_t i = 1; i < text.size(); ++i) {
    if (text[i] != kShadda) continue;
    size_t j = i;
    while (j > 0 && IsHaraka(text[j - 1]) && text[j - 1] != kShadda) {
      std::swap(text[j - 1], text[j]);
      --j;
    }
  }
}

void MoveTanweenOffAlef(std::u32string& text) {
  for (size_t i = 1; i < text.size(); ++i) {
    const bool tanween = text[i] == U'\u064B';  // fathatan
    const bool alef = text[i - 1] == U'\u0627' || text[i - 1] == U'\u0649';
    if (tanween && alef) std::swap(text[i - 1], text[i]);
  }
}

std::u32string Bare(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    if (!IsHaraka(c)) out.push_back(c == kAlefWasla ? U'\u0627' : c);
  }
  return out;
}

std::string StripDiacritics(std::string_view utf8) { return ToUtf8(Bare(ToUtf32(utf8))); }

}  // namespace rawi
