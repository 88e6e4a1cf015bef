// The segment stage: paragraphs into sentences, with ICU's sentence BreakIterator for the
// article's language.
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"

namespace rawi {

class SentenceSplitter {
 public:
  // `language` is a BCP 47 tag such as "ar" or "en"; throws an EngineError if ICU has no
  // sentence rules for it.
  explicit SentenceSplitter(const std::string& language);
  ~SentenceSplitter();

  // The sentences of one paragraph, trimmed, none empty.
  std::vector<std::string> Split(std::string_view paragraph);

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;
};

// Fills every paragraph's sentences, using the document's language.
void SegmentDocument(Document& doc);

}  // namespace rawi
