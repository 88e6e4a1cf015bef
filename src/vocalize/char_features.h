// What the character model looks at to choose the marks of one letter: the letters around it
// (n-grams up to seven wide, the word's prefix and suffix up to it, its position) and the marks
// it chose for the two letters before. Each feature is a 64-bit hash; the model folds it into a
// fixed number of weight rows. Training and vocalizing share this file, so they cannot drift.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace rawi {

// The label standing for "no letter before" in the history features.
constexpr uint32_t kStartLabel = 0xFFFF;

// Appends the features of letter `i` of `letters` that do not depend on marks.
void LetterFeatures(std::u32string_view letters, size_t i, std::vector<uint64_t>& out);

// Appends the features of letter `i` that depend on the labels chosen for the letters before it
// (`before2`, `before1`: kStartLabel at the start of the word).
void HistoryFeatures(std::u32string_view letters, size_t i, uint32_t before2, uint32_t before1,
                     std::vector<uint64_t>& out);

}  // namespace rawi
