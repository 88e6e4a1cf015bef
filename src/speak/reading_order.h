// What `rawi speak` reads, in order: the title, then each section's heading and sentences, one
// utterance each, with the silence that `rawi render` puts after it (render/narrator.h), so that
// reading straight through sounds exactly like the rendered file. Sections are numbered as in the
// Document (0: the lede, or the first section when there is none); the title belongs to section 0.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "synth/voice_profile.h"

namespace rawi {

struct Utterance {
  enum class Kind { kTitle, kHeading, kSentence };
  Kind kind = Kind::kSentence;
  std::string text;    // as written (what the status line shows)
  std::string spoken;  // what the synthesizer says: the normalized form when there is one
  size_t section = 0;  // index into Document::sections
  int pause_after_ms = 0;
};

struct Reading {
  std::vector<Utterance> utterances;
  // One per Document section: its heading, or for a section without one the article's title
  // (empty when the article has none either).
  std::vector<std::string> section_names;
};

// The utterances of a segmented (and normalized) Document with the pauses of `pauses`.
Reading ReadingOrder(const Document& doc, const Pauses& pauses);

// The first utterance of section `section`, or of the first later section that has any;
// utterances.size() when there is none.
size_t SectionStart(const Reading& reading, size_t section);

// Moving by section as a screen reader moves by heading. Next: the first utterance of the next
// section that has any (nullopt from the last). Previous: the first utterance of the section
// being read, or, when `at` already is it, of the section before (nullopt from the first
// utterance of the first section).
std::optional<size_t> NextSection(const Reading& reading, size_t at);
std::optional<size_t> PreviousSection(const Reading& reading, size_t at);

}  // namespace rawi
