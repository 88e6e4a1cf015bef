// Arabic number words, fully diacritized in spellings eSpeak NG reads right.
//
// Case policy: the oblique (genitive/accusative) forms everywhere, since numbers in news mostly
// follow a preposition, عام or بنسبة: عِشْرِين, اِثْنَيْن, مِئَتَيْن, أَلْفَيْن. Words are written in pausal
// form (no final case vowel). Gender is that of the counted noun; bare numbers are masculine.
#pragma once

#include <cstdint>
#include <string>

namespace rawi {

enum class Gender { kMasculine, kFeminine };

// 0 .. 999,999,999,999,999 (999 trillion); larger values are read digit by digit.
// "1250000" -> "مِلْيُون وَمِئَتَيْن وَخَمْسِين أَلْفًا". Agreement with the counted noun applies to the
// part below one thousand (ثَلَاث سَيَّارَات, أَلْف وَثَلَاث سَيَّارَات).
// `construct`: a noun follows the final scale word (idafa), so it takes the singular instead of
// the accusative: خَمْسِين أَلْف دِينَار, not خَمْسِين أَلْفًا دِينَار.
std::string CardinalWords(uint64_t n, Gender gender = Gender::kMasculine, bool construct = false);

// Largest value CardinalWords spells out.
constexpr uint64_t kMaxCardinal = 999'999'999'999'999ULL;

// Definite ordinals 1..99 ("الْحَادِي وَالْعِشْرِين", feminine "الْحَادِيَة وَالْعِشْرِين"); 0 or
// anything above 99 gives the definite article plus the cardinal.
std::string OrdinalWords(uint64_t n, Gender gender);

// One digit 0..9 as read in a telephone number (اِثْنَان, not اِثْنَيْن).
std::string DigitWord(int digit);

// A scale word (1 = thousand, 2 = million, 3 = billion, 4 = trillion) counted by `count`
// (1..999), as it follows the count: أَلْف, أَلْفَيْن, آلَاف, أَلْفًا …
// With the count itself: "ثَلَاثَة آلَاف".
std::string CountedScale(uint64_t count, int scale, bool construct = false);

// The form a counted noun takes after the integer n (by n % 100 and n):
enum class CountForm {
  kOne,         // n == 1: noun then "وَاحِد" (دُولَار وَاحِد)
  kTwo,         // n == 2: the dual alone (دُولَارَيْن)
  kPlural,      // n % 100 in 3..10: plural (ثَلَاثَة دُولَارَات)
  kAccusative,  // n % 100 in 11..99: singular accusative (دُولَارًا)
  kSingular,  // otherwise (n % 100 in 0..2 with n > 100, or n == 0): singular (مِئَة دُولَار)
};
CountForm CountFormFor(uint64_t n);

}  // namespace rawi
