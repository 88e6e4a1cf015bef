#include "vocalize/marked_word.h"

#include "text/diacritics.h"

namespace rawi {

MarkedWord SplitMarks(std::u32string_view word) {
  MarkedWord out;
  for (char32_t c : word) {
    if (c == kTatweel) continue;
    if (IsHaraka(c)) {
      if (out.letters.empty()) continue;
      std::u32string& marks = out.marks.back();
      if (marks.find(c) != std::u32string::npos) continue;
      if (c == kShadda) {
        marks.insert(marks.begin(), c);
      } else {
        marks.push_back(c);
      }
      continue;
    }
    out.letters.push_back(c == kAlefWasla ? U'ا' : c);
    out.marks.emplace_back();
  }
  return out;
}

std::u32string JoinMarks(const MarkedWord& word) {
  std::u32string out;
  for (size_t i = 0; i < word.letters.size(); ++i) {
    out.push_back(word.letters[i]);
    out += word.marks[i];
  }
  return out;
}

void DropFinalMarks(MarkedWord& word) {
  if (word.marks.empty()) return;
  std::u32string& last = word.marks.back();
  last = !last.empty() && last[0] == kShadda ? std::u32string(1, kShadda) : std::u32string();
}

}  // namespace rawi
