// Dates as pages write them ("2015-07-24T05:36:09+01:00", "18/11/2024", "الأحد 17 نوفمبر 2024 - 15
// جمادى الأولى 1446 هـ", "November 17, 2024") into ISO 8601, so that every article's date can be
// compared, sorted and spoken alike.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rawi {

// The ISO 8601 form of the first Gregorian date in `written`: an ISO date or date-time is kept
// as it is; otherwise "YYYY-MM-DD" from year-month-day or day-month-year numbers (day first when
// both could be the month, as Arabic and European pages write; month first only when the day
// cannot be a month), or a day, a month name (Arabic, Levantine, English, abbreviated) and a
// year in either order. Arabic-Indic digits count. Hijri dates and years outside 1900–2100 are
// skipped. nullopt when no date is found.
std::optional<std::string> IsoDate(std::string_view written);

// Whether `line` is only a date: IsoDate finds one in it, and each of its (at most 16) words is
// a number (digits, ":", "/", "-"; not "4.2.3"), a month or weekday name, a Hijri month word, an
// era or time mark (هـ, م, ص, AM, PM, GMT, UTC, at) or «يوم», punctuation and separators aside:
// «الأحد 17 نوفمبر 2024 - 15 جمادى الأولى 1446 هـ», "Tuesday, March 3, 2025 10:30 AM".
bool IsDateLine(std::string_view line);

// Whether `word` (a trailing comma or full stop aside, any ASCII case) names a month (as
// IsoDate reads them; "كانون" alone is not one) or a weekday, in English or Arabic.
bool IsDateWord(std::string_view word);

}  // namespace rawi
