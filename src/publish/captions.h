// Captions from render timings: one cue per sentence, or several when a sentence is longer than
// two caption lines, with times from the synthesizer's exact positions (a long sentence splits
// where its words start). Right-to-left text is written as it is (players lay it out by its
// characters). WebVTT may also carry when each word starts, for karaoke-style highlighting.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "render/timings.h"

namespace rawi {

struct Cue {
  double start = 0;  // seconds
  double end = 0;
  std::string text;
  // When each space-separated piece of `text` starts, in order (nullopt: not a timed word, e.g.
  // a dash); empty when the timings have no words.
  std::vector<std::optional<double>> word_starts;
};

struct CaptionConfig {
  size_t max_chars = 84;  // two lines of 42
};

// Cues in time order; a long sentence is split at spaces into parts of at most max_chars code
// points (a single longer word stays whole), each part from its first word's start (the
// sentence's time shared by length when the timings have no words).
std::vector<Cue> CuesFromTimings(const Timings& timings, const CaptionConfig& config = {});

// With `word_timestamps`, a "<hh:mm:ss.mmm>" timestamp precedes every timed word after a cue's
// first (WebVTT's karaoke form), where it falls strictly inside the cue after the one before.
std::string ToWebVtt(const std::vector<Cue>& cues, bool word_timestamps = false);
std::string ToSrt(const std::vector<Cue>& cues);

}  // namespace rawi
