// The normalize stage: written text into the text handed to the speech engine.
// For now a minimal pass (Unicode NFC, control characters dropped, white space collapsed); the
// Arabic normalizer (numbers, dates, punctuation) plugs in behind this same interface.
#pragma once

#include <string>
#include <string_view>

#include "document/document.h"

namespace rawi {

struct NormalizerConfig {
  bool collapse_whitespace = true;
};

class Normalizer {
 public:
  explicit Normalizer(NormalizerConfig config = {});

  // The spoken form of one line of text (valid UTF-8).
  std::string Normalize(std::string_view text) const;

  // Normalizes the title, every heading and every paragraph in place.
  void Apply(Document& doc) const;

 private:
  NormalizerConfig config_;
};

}  // namespace rawi
