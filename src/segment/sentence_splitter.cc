#include "segment/sentence_splitter.h"

#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>

#include <map>
#include <set>

#include "text/whitespace.h"
#include "util/error.h"

namespace rawi {
namespace {

std::unique_ptr<icu::BreakIterator> SentenceIterator(const std::string& language) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createSentenceInstance(icu::Locale(language.c_str()), status));
  if (U_FAILURE(status) || !iterator) {
    throw EngineError("ICU has no sentence rules for language '" + language +
                      "': " + u_errorName(status));
  }
  return iterator;
}

std::set<int32_t> Boundaries(icu::BreakIterator& iterator, const icu::UnicodeString& text) {
  iterator.setText(text);
  std::set<int32_t> boundaries;
  for (int32_t at = iterator.first(); at != icu::BreakIterator::DONE; at = iterator.next()) {
    boundaries.insert(at);
  }
  return boundaries;
}

bool IsWordCharacter(UChar32 c) { return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

}  // namespace

SentenceSplitter::SentenceSplitter(const std::string& language,
                                   const std::vector<std::string>& abbreviations)
    : plain_(SentenceIterator(language)) {
  if (abbreviations.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  if (U_FAILURE(status)) {
    throw EngineError(std::string("ICU FilteredBreakIteratorBuilder: ") + u_errorName(status));
  }
  for (const std::string& written : abbreviations) {
    icu::UnicodeString form = icu::UnicodeString::fromUTF8(written);
    builder->suppressBreakAfter(form, status);
    abbreviations_.push_back(std::move(form));
  }
  filtered_.reset(builder->wrapIteratorWithFilter(SentenceIterator(language).release(), status));
  if (U_FAILURE(status) || !filtered_) {
    throw EngineError(std::string("ICU FilteredBreakIteratorBuilder: ") + u_errorName(status));
  }
}

SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;

bool SentenceSplitter::FollowsAbbreviation(const icu::UnicodeString& text, int32_t boundary) const {
  int32_t end = boundary;
  while (end > 0 && u_isUWhiteSpace(text.char32At(end - 1))) end = text.moveIndex32(end, -1);
  for (const icu::UnicodeString& form : abbreviations_) {
    const int32_t start = end - form.length();
    if (start < 0 || text.compare(start, form.length(), form) != 0) continue;
    if (start == 0 || !IsWordCharacter(text.char32At(text.moveIndex32(start, -1)))) return true;
  }
  return false;
}

// Whether the break at `boundary` follows a lone letter and a full stop: an initial ("J. Smith")
// or a letter of a dotted acronym («أ.ف.ب», «و.م.ع», "U.S."), which a news sentence does not end
// with.
bool FollowsInitial(const icu::UnicodeString& text, int32_t boundary) {
  int32_t end = boundary;
  while (end > 0 && u_isUWhiteSpace(text.char32At(end - 1))) end = text.moveIndex32(end, -1);
  if (end < 2 || text.charAt(end - 1) != u'.') return false;
  const int32_t letter = text.moveIndex32(end - 1, -1);
  if (!u_isalpha(text.char32At(letter))) return false;
  return letter == 0 || !IsWordCharacter(text.char32At(text.moveIndex32(letter, -1)));
}

std::vector<std::string> SentenceSplitter::Split(std::string_view paragraph) {
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(paragraph.data(), paragraph.size()));
  std::set<int32_t> boundaries = Boundaries(*plain_, text);
  // The paragraph's own end stays a boundary.
  std::erase_if(boundaries,
                [&](int32_t at) { return at < text.length() && FollowsInitial(text, at); });
  if (filtered_) {
    const std::set<int32_t> kept = Boundaries(*filtered_, text);
    std::erase_if(boundaries,
                  [&](int32_t at) { return !kept.contains(at) && FollowsAbbreviation(text, at); });
  }
  std::vector<std::string> sentences;
  int32_t start = 0;
  for (int32_t end : boundaries) {
    if (end <= start) continue;
    std::string sentence;
    text.tempSubStringBetween(start, end).toUTF8String(sentence);
    std::string_view trimmed = Trim(sentence);
    if (!trimmed.empty()) sentences.emplace_back(trimmed);
    start = end;
  }
  return sentences;
}

void SegmentDocument(Document& doc) { SegmentDocument(doc, Abbreviations()); }

void SegmentDocument(Document& doc, const Abbreviations& abbreviations) {
  std::map<std::string, SentenceSplitter> splitters;
  for (Section& section : doc.sections) {
    for (Paragraph& paragraph : section.paragraphs) {
      std::string language = paragraph.language.empty() ? doc.language : paragraph.language;
      if (language.empty()) language = "en";
      auto it = splitters.find(language);
      if (it == splitters.end()) {
        it = splitters.emplace(language, SentenceSplitter(language, abbreviations.For(language)))
                 .first;
      }
      paragraph.sentences.clear();
      for (std::string& sentence : it->second.Split(paragraph.text)) {
        paragraph.sentences.push_back({std::move(sentence), std::nullopt});
      }
    }
  }
}

}  // namespace rawi
