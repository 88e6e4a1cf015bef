// The numbers recognizer: cardinals agreeing with the noun they count (٣ سيارات -> ثَلَاث
// سيارات), decimals, percentages (30%, %30), ranges (10-15, بين 3 - 5), fractions (1/4, 3½,
// ½), negatives (-5) and what a number governs after it (scale, unit, era, month: see
// money_units.h and dates_times.h). Numbers that name rather than count are phones_codes.h's.
#pragma once

#include <optional>
#include <string>

#include "normalize/number_run.h"
#include "normalize/scan.h"

namespace rawi {

// Evaluate (number_run.h) with what follows the run in the line.
std::optional<Value> EvaluateAt(const Scan& s, const NumberRun& run);

// Moves past a sign of `sign_length` characters and the spaces after it, and reads the number
// there. A number that has no value (too long, odd separators) is emitted by SayDigitGroups and
// nullopt returned.
std::optional<Value> TakeNumberAfterSign(Scan& s, size_t sign_length);

// "-5" at the start of a word (or after "("): سَالِب, then the number is read on its own.
bool ReadMinus(Scan& s);
// "%30": the percent sign first.
bool ReadPercentSignFirst(Scan& s);
// "½" alone (the protected vulgar fractions of repair.h).
bool ReadFractionSign(Scan& s);

// a/b for 1 <= a < b <= 10, which is a fraction when it has a name (1/4, 2/3, 3/4) and nothing
// else (not a date) when it has none (2/5).
bool LooksLikeFraction(uint64_t a, uint64_t b);

// The recognizers of a run of digits; the cursor is at the run's end. In this order:
bool SayFraction(Scan& s, const NumberRun& run);  // 1/4
bool SayRange(Scan& s, const NumberRun& run);     // 10-15, 10 - 15
bool SayQuantity(Scan& s, const NumberRun& run);  // a value and what it governs
// Anything else: digit by digit beyond 15 digits, else each group with its separators kept.
void SayDigitGroups(Scan& s, const NumberRun& run);

}  // namespace rawi
