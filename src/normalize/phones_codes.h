// The phones-and-codes recognizer: numbers that name rather than count.
//  - Telephone numbers: "+" then 7 or more digits, or a leading 0 then 9 or more, in groups
//    separated by single spaces or dashes; read digit by digit, a pause between groups
//    (+218 91 234 5678, 0912345678 -> 3-3-4).
//  - Codes: 4 or more digits after a code word (رقم, هاتف, رمز, كود …), digit by digit.
//  - After an ordinal trigger (القرن, الدورة …): an ordinal of its gender up to 99 (القرن 21).
//  - After a label (رقم, المادة, الفقرة …) with only spaces or an opening bracket between and
//    no percent, currency, unit, scale or month after: a bare masculine number (المادة 5).
// The words are voices/ar-number-words.tsv's; see arabic_normalizer.h for the proclitics.
#pragma once

#include "normalize/number_run.h"
#include "normalize/scan.h"

namespace rawi {

// A telephone number at the cursor ("+" or a digit).
bool ReadPhone(Scan& s);

// The number v read from `run` (the cursor at its end) as a code, an ordinal or a label, when
// the word before it makes it one.
bool SayNamingNumber(Scan& s, const Value& v, const NumberRun& run);

}  // namespace rawi
