// Captions from render timings: one cue per sentence, or several when a sentence is longer than
// two caption lines, with times from the synthesizer's exact positions. Right-to-left text is
// written as it is (players lay it out by its characters).
#pragma once

#include <string>
#include <vector>

#include "render/timings.h"

namespace rawi {

struct Cue {
  double start = 0;  // seconds
  double end = 0;
  std::string text;
};

struct CaptionConfig {
  size_t max_chars = 84;  // two lines of 42
};

// Cues in time order; a long sentence is split at spaces into parts of at most max_chars code
// points (a single longer word stays whole), its time shared by length.
std::vector<Cue> CuesFromTimings(const Timings& timings, const CaptionConfig& config = {});

std::string ToWebVtt(const std::vector<Cue>& cues);
std::string ToSrt(const std::vector<Cue>& cues);

}  // namespace rawi
