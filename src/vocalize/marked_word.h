// A vocalized word as its letters and, for each letter, the marks written after it: the shape in
// which the character model predicts marks and in which the training corpus is read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rawi {

struct MarkedWord {
  std::u32string letters;             // bare: no marks, alef wasla as plain alef
  std::vector<std::u32string> marks;  // marks[i] follow letters[i]; shadda first, no repeats
};

// Splits a word of letters and harakat (tatweel and marks before the first letter are dropped).
MarkedWord SplitMarks(std::u32string_view word);

// The word written back: each letter followed by its marks.
std::u32string JoinMarks(const MarkedWord& word);

// The pausal form rawi reads: no vowel, tanween or sukun on the last letter (case endings); a
// shadda stays (أَنّ, عَامّ).
void DropFinalMarks(MarkedWord& word);

}  // namespace rawi
