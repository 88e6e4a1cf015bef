// A number as written (digit groups and the separators between them), its value, and the words
// every recognizer reads numbers with. See arabic_normalizer.h for the separator rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "normalize/cursor.h"

namespace rawi {

struct NumberRun {
  std::vector<std::string> groups;  // ASCII digits
  std::vector<char32_t> seps;       // '.', ',', '٫', '٬', '/', ':', '-', '⁄'
  size_t begin = 0;
  size_t end = 0;

  // Exactly one separator, `sep` (or `other`).
  bool OneSep(char32_t sep, char32_t other = 0) const {
    return seps.size() == 1 && (seps[0] == sep || seps[0] == other);
  }
  bool TwoSeps(char32_t sep) const { return seps.size() == 2 && seps[0] == sep && seps[1] == sep; }
};

// An integer part and, for decimals, the digits after the point.
struct Value {
  uint64_t integer = 0;
  std::optional<std::string> fraction;
};

// The digit groups from `pos` (a digit) joined by separators that a digit follows.
NumberRun ReadRun(const Cursor& cursor, size_t pos);

// The value of a run of one kind of thousands separator and at most one decimal point; nullopt
// for other runs and for integers beyond kMaxCardinal. `quantity_after`: a currency, unit, scale
// or percent follows, so a single ".000" groups thousands (100.000 دينار).
std::optional<Value> Evaluate(const NumberRun& run, bool quantity_after);

// Up to 15 ASCII digits as an integer.
std::optional<uint64_t> ToInteger(const std::string& digits);

// ASCII digits read one by one: "صِفْر تِسْعَة …".
std::string Digits(const std::string& digits);
// Groups of digits read one by one, a pause ("، ") between groups.
std::string DigitGroups(const std::vector<std::string>& groups);
// Digits split for reading aloud: threes, the last group of two to four (0912345678 -> 3-3-4).
std::vector<std::string> SplitForReading(const std::string& digits);
// A group as a cardinal, or digit by digit beyond 15 digits.
std::string GroupWords(const std::string& digits);
// The value with its decimals: "ثَلَاثَة فَاصِلَة صِفْر خَمْسَة".
std::string DecimalWords(const Value& v);

// The vulgar fractions repair protects (½ ¼ ¾ ⅓ ⅔, see repair.h) and their words.
bool IsProtectedFraction(char32_t c);
std::string FractionWord(char32_t c);

}  // namespace rawi
