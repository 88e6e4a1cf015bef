#include "segment/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "util/error.h"
#include "util/text.h"

namespace rawi {

SentenceSplitter::SentenceSplitter(const std::string& language) {
  UErrorCode status = U_ZERO_ERROR;
  iterator_.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale(language.c_str()), status));
  if (U_FAILURE(status) || !iterator_) {
    throw EngineError("ICU has no sentence rules for language '" + language +
                      "': " + u_errorName(status));
  }
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<std::string> SentenceSplitter::Split(std::string_view paragraph) {
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(paragraph.data(), paragraph.size()));
  iterator_->setText(text);
  std::vector<std::string> sentences;
  int32_t start = iterator_->first();
  for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator_->next()) {
    std::string sentence;
    text.tempSubStringBetween(start, end).toUTF8String(sentence);
    std::string_view trimmed = Trim(sentence);
    if (!trimmed.empty()) sentences.emplace_back(trimmed);
  }
  return sentences;
}

void SegmentDocument(Document& doc) {
  SentenceSplitter splitter(doc.language.empty() ? "en" : doc.language);
  for (Section& section : doc.sections) {
    for (Paragraph& paragraph : section.paragraphs) {
      paragraph.sentences = splitter.Split(paragraph.text);
    }
  }
}

}  // namespace rawi
