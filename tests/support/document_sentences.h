// Test shorthands for the written and spoken forms of a Document (document/document.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "document/document.h"

namespace rawi {

// Sentences as segment makes them: written, not yet spoken.
inline std::vector<Sentence> Sentences(const std::vector<std::string>& written) {
  std::vector<Sentence> sentences;
  for (const std::string& text : written) sentences.push_back({text, std::nullopt});
  return sentences;
}

// A heading as read: written, not yet spoken (nullopt stays nullopt: the lede has none).
inline std::optional<Sentence> Heading(const std::optional<std::string>& written) {
  if (!written) return std::nullopt;
  return Sentence(*written, std::nullopt);
}

// A heading's written form (nullopt for the lede).
inline std::optional<std::string> WrittenHeading(const Section& section) {
  if (!section.heading) return std::nullopt;
  return section.heading->written;
}

// The written forms of a paragraph's sentences.
inline std::vector<std::string> Written(const Paragraph& paragraph) {
  std::vector<std::string> written;
  for (const Sentence& sentence : paragraph.sentences) written.push_back(sentence.written);
  return written;
}

// The spoken forms of a paragraph's sentences ("(none)" for one normalize has not filled).
inline std::vector<std::string> Spoken(const Paragraph& paragraph) {
  std::vector<std::string> spoken;
  for (const Sentence& sentence : paragraph.sentences) {
    spoken.push_back(sentence.spoken.value_or("(none)"));
  }
  return spoken;
}

}  // namespace rawi
