// What the Arabic normalizer's recognizers share while they read one line: the cursor over the
// input, the spoken output so far, and the data. Each recognizer (numbers.h, dates_times.h,
// money_units.h, phones_codes.h, latin_runs.h) looks at the cursor and, when it knows what is
// there, emits its spoken form, moves the cursor past it and returns true; otherwise it returns
// false and has neither emitted nor moved.
#pragma once

#include <string>

#include "normalize/arabic_normalizer.h"
#include "normalize/cursor.h"
#include "normalize/noun_genders.h"
#include "normalize/number_tables.h"
#include "text/utf8.h"

namespace rawi {

struct Scan {
  Scan(const std::u32string& text, const ArabicNormalizerData& data, const NumberTables& tables)
      : cursor(text), data(data), tables(tables) {}

  void Emit(const std::string& words) { out += ToUtf32(words); }
  // Emits a number's words: the word before it no longer governs what comes next.
  void EmitNumber(const std::string& words) {
    Emit(words);
    cursor.ForgetWord();
  }
  // The gender a number before `word` (without diacritics) agrees with.
  Gender GenderOf(const std::u32string& word) const {
    if (word.empty()) return Gender::kMasculine;
    if (data.genders != nullptr) return data.genders->Of(word);
    return NounGenders().Of(word);
  }

  Cursor cursor;
  std::u32string out;
  const ArabicNormalizerData& data;
  const NumberTables& tables;
};

}  // namespace rawi
