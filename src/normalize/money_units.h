// The money-and-units recognizer: a currency or unit with a number, its sign first ($5, €3,
// £11) or its sign or written noun after it (20 د.ل, 40°C, 5 دولار, 18 كم, 3 دنانير ليبية), or
// a scale word between (5 مليون دولار, $5 مليون). The currencies, units and scales are those of
// voices/ar-units.tsv and ar-number-words.tsv (number_tables.h).
#pragma once

#include <optional>
#include <string>

#include "normalize/number_run.h"
#include "normalize/number_tables.h"
#include "normalize/scan.h"

namespace rawi {

// n of `noun` as CountFormFor wants it: دُولَار وَاحِد, دُولَارَيْن, ثَلَاثَة دُولَارَات, أَحَدَ عَشَر دُولَارًا.
std::string CountedWords(uint64_t n, const CountedNoun& noun);
// The same for a decimal (ثَلَاثَة فَاصِلَة خَمْسَة دُولَار) or an integer.
std::string MoneyWords(const Value& v, const CountedNoun& noun);

// A one-character currency sign, then (after spaces) a number: "$100", "€ 3".
bool ReadMoneySignFirst(Scan& s);

// With the cursor right after the number v: a currency or unit sign at `p` (the first
// non-space after the cursor) read with v, the cursor past it.
std::optional<std::string> SaySignAfter(Scan& s, const Value& v, size_t p);
// A scale word or a written currency or unit as `word` (the word after the cursor), with what
// the scale governs: "5 مليون دولار", "5 دولار", "3 دنانير ليبية".
std::optional<std::string> SayScaleOrUnitAfter(Scan& s, const Value& v, const Word& word);

// After `pos` comes a noun a number or scale counts (an Arabic word that is not a particle, or
// a currency sign): the number stands in construct state before it (خَمْسِين أَلْف مِتْر).
bool NextIsCountedNoun(const Scan& s, size_t pos);
// After `pos` comes a currency, unit, scale or percent sign.
bool NextIsQuantityWord(const Scan& s, size_t pos);

}  // namespace rawi
