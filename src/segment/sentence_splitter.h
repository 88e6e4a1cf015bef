// The segment stage: paragraphs into sentences, with ICU's sentence BreakIterator for each
// paragraph's language, never ending a sentence right after a known abbreviation («د.», "Dr.")
// or a lone letter and a full stop (an initial, a dotted acronym such as «أ.ف.ب»).
//
// Abbreviations go through ICU's FilteredBreakIteratorBuilder. ICU matches them as suffixes of
// the word before a break, so "د." would also keep «البلد.» from ending a sentence; a break ICU
// suppressed is therefore restored unless the abbreviation is a whole word there (preceded by
// the start of the paragraph or by a character that is not a letter, digit or mark).
#pragma once

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "segment/abbreviations.h"

namespace rawi {

class SentenceSplitter {
 public:
  // `language` is a BCP 47 tag such as "ar" or "en"; `abbreviations` their written forms, as in
  // voices/abbreviations.tsv. Throws an EngineError if ICU has no sentence rules for it.
  explicit SentenceSplitter(const std::string& language,
                            const std::vector<std::string>& abbreviations = {});
  ~SentenceSplitter();
  SentenceSplitter(SentenceSplitter&&) noexcept;

  // The sentences of one paragraph, trimmed, none empty.
  std::vector<std::string> Split(std::string_view paragraph);

 private:
  bool FollowsAbbreviation(const icu::UnicodeString& text, int32_t boundary) const;

  std::unique_ptr<icu::BreakIterator> plain_;     // ICU's rules for the language
  std::unique_ptr<icu::BreakIterator> filtered_;  // the same with abbreviations; null without
  std::vector<icu::UnicodeString> abbreviations_;
};

// Fills every paragraph's sentences, each split by its own language (else the document's),
// without abbreviations / with the abbreviations of that language.
void SegmentDocument(Document& doc);
void SegmentDocument(Document& doc, const Abbreviations& abbreviations);

}  // namespace rawi
