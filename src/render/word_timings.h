// Word timings for a sentence as it is written, from the marks the synthesizer gives for the
// words of its spoken form. The two differ: "25" is spoken "خَمْسَةٌ وَعِشْرُونَ", short vowels
// are added, an abbreviation is spelt out. Words are matched by their letters (harakat, tatweel
// and punctuation dropped, alef and taa marbuta forms folded); a run of written words that does
// not match (a number, a symbol) takes the time of the spoken words between the same matches,
// shared by length.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "render/timings.h"
#include "synth/synthesizer.h"

namespace rawi {

// Timings of the written words (white-space separated tokens holding a letter or a digit) of
// `written`, whose spoken form `spoken` was spoken from sample `start` to `end` with the word
// `marks` (offsets into `spoken`, samples from `start`). Starts never decrease; each word ends
// where the next begins, the last at `end`. A word that was not spoken starts and ends where
// the words around it meet.
std::vector<WordTiming> AlignWords(std::string_view written, std::string_view spoken,
                                   const std::vector<WordMark>& marks, uint64_t start,
                                   uint64_t end);

}  // namespace rawi
