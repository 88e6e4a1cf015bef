// Where every part of a rendered article lies in its audio, in samples from the start.
// A part's start is the first sample of its speech (a section's: of its heading, or for the
// lede, of the file); its end is the last sample of its speech, before the pause that follows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rawi {

// A written word (render/word_timings.h): from the start of its speech to the next word's.
struct WordTiming {
  std::string text;
  uint64_t start = 0;
  uint64_t end = 0;
};

struct SentenceTiming {
  std::string text;
  uint64_t start = 0;
  uint64_t end = 0;
  std::vector<WordTiming> words;
};

struct ParagraphTiming {
  uint64_t start = 0;
  uint64_t end = 0;
  std::vector<SentenceTiming> sentences;
};

struct SectionTiming {
  std::optional<std::string> heading;
  uint64_t start = 0;
  uint64_t end = 0;
  std::vector<ParagraphTiming> paragraphs;
};

struct Timings {
  int sample_rate = 0;
  uint64_t total_samples = 0;
  std::vector<SectionTiming> sections;
};

}  // namespace rawi
