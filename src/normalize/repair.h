// The repair layer: what every Arabic text needs before it is read, whatever it says.
#pragma once

#include <string>

namespace rawi {

// Vulgar fractions survive repair as these private-use characters (NFKC would turn "3½" into
// the digits "31⁄2"); the Arabic normalizer reads them, RestoreFractions puts them back.
constexpr char32_t kProtectedHalf = U'\uE000';
constexpr char32_t kProtectedQuarter = U'\uE001';
constexpr char32_t kProtectedThreeQuarters = U'\uE002';
constexpr char32_t kProtectedThird = U'\uE003';
constexpr char32_t kProtectedTwoThirds = U'\uE004';
char32_t ProtectFraction(char32_t c);
void RestoreFractions(std::u32string& text);

// NFKC (folds presentation forms such as ﻻ and ﷲ), then removes tatweel, bidi controls
// (U+200E/F, U+202A-E, U+2066-9, U+061C), zero-width characters (U+200B-D, U+2060, U+FEFF) and
// other format characters, and moves tanween off a final alef. Diacritics the author wrote are
// kept. Shadda ordering is left to the very end of normalization (PutShaddaFirst).
std::u32string RepairText(const std::u32string& text);

}  // namespace rawi
