// The dates-and-times recognizer: times of day (10:30 -> الْعَاشِرَة وَالنِّصْف, 14:45 -> الثَّالِثَة
// إِلَّا رُبْعًا مَسَاءً, 5:30 م -> الْخَامِسَة وَالنِّصْف مَسَاءً, الساعة 9 ص -> الساعة التَّاسِعَة صَبَاحًا), dates
// (17/5/2024, 2024-05-01, 17/5, 3 يناير 1990), years after a year word (عام 2024) and era marks
// (2024م, 1446 هـ). Month names are voices/ar-months.tsv's, said in the set
// ArabicNormalizerData::months picks; without a month table no date is read.
#pragma once

#include <optional>
#include <string>

#include "normalize/number_run.h"
#include "normalize/scan.h"

namespace rawi {

// A time or a date written as a run of digits (10:30, 17/5/2024, 2024-05-01, 17/5); the cursor
// is at the run's end.
bool SayDateOrTime(Scan& s, const NumberRun& run);

// With the cursor right after the number v, which follows «الساعة»: the hour as a clock says it
// (الساعة 5 -> الْخَامِسَة), with the part of the day a mark after it gives (م مَسَاءً, ص صَبَاحًا,
// consumed) or a 24-hour hour implies (الساعة 17 -> الْخَامِسَة مَسَاءً). nullopt otherwise.
std::optional<std::string> SayClockHour(Scan& s, const Value& v);

// With the cursor right after the number v and `word` after it: an era mark (م or ه) read with
// v as a year. `year_like`: the mark is attached to the number (2024م) or a year word precedes
// it, so م is the era and not metres whatever v is.
std::optional<std::string> SayEraAfter(Scan& s, const Value& v, const Word& word, bool year_like);
// A month name as `word` after the day v (3 يناير), and a year after it if there is one.
std::optional<std::string> SayMonthAfter(Scan& s, const Value& v, const Word& word);

// The previous word makes the number a year: عام, العام, سنة, منذ … (ar-number-words.tsv).
bool AfterYearWord(const Scan& s);

}  // namespace rawi
