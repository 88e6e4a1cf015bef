// The normalize stage: written text into the words a newsreader says (the vocalize stage then
// adds short vowels to Arabic words).
//
// Every language: the repair layer (NFKC, invisible marks, tatweel, tanween on alef), white space
// collapsed, abbreviations and the pronunciation lexicon. Arabic text also gets its numbers,
// dates, times, money, units, phone numbers, acronyms and punctuation read out (see
// arabic_normalizer.h); eSpeak NG reads English numbers well itself.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "document/document.h"
#include "normalize/arabic_normalizer.h"
#include "normalize/noun_genders.h"
#include "normalize/word_lexicon.h"

namespace rawi {

// "gregorian" (يناير…) or "syriac" (كانون الثاني…); throws a UsageError naming `flag` otherwise.
MonthNames ParseMonthNames(const std::string& name, const std::string& flag = "--months");

struct NormalizerConfig {
  // Data files are read from here: abbreviations.tsv, ar-lexicon.tsv, ar-noun-gender.tsv,
  // ar-units.tsv, ar-months.tsv, ar-number-words.tsv. Empty: no data files (numbers and repair
  // only: no currencies, units, dates or trigger words).
  std::filesystem::path voices_dir;
  std::optional<std::filesystem::path> user_lexicon;  // --lexicon: overrides the project's
  MonthNames months = MonthNames::kGregorian;
};

class Normalizer {
 public:
  // Loads the data files; throws a FileError naming a missing or malformed one.
  explicit Normalizer(NormalizerConfig config = {});
  ~Normalizer();
  Normalizer(Normalizer&&) noexcept;

  // The spoken form of one line of valid UTF-8 text in `language` ("ar", "en", …).
  std::string Normalize(std::string_view text, const std::string& language) const;

  // Fills the spoken forms of the title, every heading and every sentence (in its paragraph's
  // language, else the document's); the written text stays as it is.
  void Apply(Document& doc) const;

 private:
  struct LanguageData;
  const LanguageData& DataFor(const std::string& language) const;

  NormalizerConfig config_;
  std::unique_ptr<LanguageData> arabic_;
  std::unique_ptr<LanguageData> english_;
};

}  // namespace rawi
