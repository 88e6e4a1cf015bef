// The words around numbers that the Arabic normalizer reads from data files in voices/:
//  - ar-units.tsv: currencies and units, each with its signs ($, د.ل, °C), its written forms
//    after a number and its spoken forms (one, two, plural, accusative) and gender;
//  - ar-months.tsv: the month names of both sets, spoken and written;
//  - ar-number-words.tsv: scale words and the trigger words (ordinal, label, particle, year,
//    code, period) that change how a number next to them is read.
// The formats are described at the top of each file. Lookups take words without diacritics.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "normalize/arabic_numbers.h"

namespace rawi {

enum class MonthNames {
  kGregorian,  // يناير فبراير … (Libya, Egypt, the Gulf, the Maghreb in news)
  kSyriac,     // كانون الثاني شباط … (the Levant, Iraq)
};

// A currency or unit counted by a number, in the forms CountFormFor selects.
struct CountedNoun {
  std::string one;
  std::string two;
  std::string plural;
  std::string accusative;
  Gender gender = Gender::kMasculine;
};

// Trigger words: how the word next to a number changes its reading (see ar-number-words.tsv).
enum class NumberWord {
  kOrdinalMasculine,
  kOrdinalFeminine,
  kLabel,
  kParticle,
  kYear,
  kCode,
  kPeriod
};

class NumberTables {
 public:
  NumberTables();
  ~NumberTables();
  NumberTables(NumberTables&&) noexcept;
  NumberTables& operator=(NumberTables&&) noexcept;

  // Each throws a FileError naming the file (and line) that is missing or malformed.
  void LoadUnits(const std::filesystem::path& file);
  void LoadMonths(const std::filesystem::path& file);
  void LoadWords(const std::filesystem::path& file);
  void LoadUnitsText(std::string_view text, const std::string& origin);
  void LoadMonthsText(std::string_view text, const std::string& origin);
  void LoadWordsText(std::string_view text, const std::string& origin);

  // The sign of a currency or unit that starts at text[pos] ($, €, £, د.ل, °C …), the longest
  // one; a sign that starts with a letter only when no letter follows it. Sets *length.
  const CountedNoun* SymbolAt(std::u32string_view text, size_t pos, size_t* length) const;
  // The currency or unit written as `written` (one word, or two joined by a space: دينار ليبي),
  // or null.
  const CountedNoun* Unit(const std::u32string& written) const;
  // Some two-word written form starts with `word`.
  bool StartsUnitPhrase(const std::u32string& word) const;
  // 1 thousand, 2 million, 3 billion, 4 trillion; 0 for a word that is not a scale.
  int Scale(const std::u32string& word) const;
  // 1..12 for a written month name of either set, else 0.
  int Month(const std::u32string& word) const;
  // The spoken (diacritized) name of month 1..12; empty when the table has none.
  const std::string& MonthName(MonthNames names, int month) const;
  bool Is(NumberWord kind, std::u32string_view word) const;

 private:
  struct Data;
  void Insert(NumberWord kind, const std::u32string& word);

  std::unique_ptr<Data> data_;
};

// The tables from voices/ of the project (util/data_dir.h), loaded once; throws a FileError
// when one of them is missing.
const NumberTables& ProjectNumberTables();

}  // namespace rawi
