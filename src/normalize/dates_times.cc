#include "normalize/dates_times.h"

#include "normalize/arabic_numbers.h"
#include "normalize/numbers.h"

namespace rawi {
namespace {

bool ValidDay(uint64_t day, uint64_t month) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= static_cast<uint64_t>(kDays[month - 1]);
}

std::optional<std::string> EraWord(const std::u32string& mark) {
  if (mark == U"م") return " مِيلَادِيّ";
  if (mark == U"ه") return " هِجْرِيّ";
  return std::nullopt;
}

// A year right after a day and month ("3 يناير 1990"), consumed if present.
std::optional<uint64_t> TakeYear(Scan& s) {
  const size_t p = s.cursor.SkipSpaces(s.cursor.pos());
  if (!IsDigit(s.cursor.At(p))) return std::nullopt;
  const NumberRun run = ReadRun(s.cursor, p);
  if (!run.seps.empty() || run.groups[0].size() > 4) return std::nullopt;
  s.cursor.MoveTo(run.end);
  return ToInteger(run.groups[0]);
}

// "الثَّالِث مِنْ يَنَايِر [أَلْف وَتِسْعِمِئَة وَتِسْعِين [مِيلَادِيّ]]"; the era mark after the year is
// consumed.
std::string DayOfMonth(Scan& s, uint64_t day, uint64_t month, std::optional<uint64_t> year) {
  std::string out = OrdinalWords(day, Gender::kMasculine) + " مِنْ " +
                    s.tables.MonthName(s.data.months, static_cast<int>(month));
  if (!year) return out;
  out += " " + CardinalWords(*year);
  const Word era = s.cursor.PeekWord();
  if (const auto word = EraWord(era.bare)) {
    out += *word;
    s.cursor.MoveTo(era.end);
  }
  return out;
}

// day/month/year, year-month-day or day/month as groups d, m and y of the run (y may be absent).
bool SayDate(Scan& s, const NumberRun& run, size_t d, size_t m, std::optional<size_t> y) {
  const auto& g = run.groups;
  const auto day = ToInteger(g[d]), month = ToInteger(g[m]);
  if (!day || !month || !ValidDay(*day, *month) || g[d].size() > 2 || g[m].size() > 2) return false;
  std::optional<uint64_t> year;
  if (y) {
    year = ToInteger(g[*y]);
    if (!year || g[*y].size() != 4) return false;
  }
  if (s.tables.MonthName(s.data.months, static_cast<int>(*month)).empty()) return false;
  s.EmitNumber(DayOfMonth(s, *day, *month, year));
  return true;
}

std::string HourWord(int hour12) {
  if (hour12 == 1) return "الْوَاحِدَة";
  return OrdinalWords(static_cast<uint64_t>(hour12), Gender::kFeminine);
}

std::string MinutesWords(int minutes) {
  const auto n = static_cast<uint64_t>(minutes);
  if (minutes == 15) return " وَالرُّبْع";
  if (minutes == 30) return " وَالنِّصْف";
  if (minutes == 1) return " وَدَقِيقَة وَاحِدَة";
  if (minutes == 2) return " وَدَقِيقَتَيْن";
  if (minutes >= 3 && minutes <= 10) return " وَ" + CardinalWords(n, Gender::kFeminine) + " دَقَائِق";
  if (minutes > 10) return " وَ" + CardinalWords(n, Gender::kFeminine) + " دَقِيقَة";
  return "";
}

// The part of the day a time is in: said by the short marks م (مساءً) or ص (صباحًا) after it,
// which are consumed; else unless a word after it says it (9:05 صباحا), by a 24-hour hour.
std::string DayPeriod(Scan& s, int hour) {
  const Word next = s.cursor.PeekWord();
  if (next.bare == U"م" || next.bare == U"ص") {
    s.cursor.MoveTo(next.end);
    return next.bare == U"م" ? " مَسَاءً" : " صَبَاحًا";
  }
  if (s.tables.Is(NumberWord::kPeriod, next.bare)) return "";
  if (hour == 0) return " لَيْلًا";
  if (hour == 12) return " ظُهْرًا";
  if (hour > 12) return " مَسَاءً";
  return "";
}

bool SayTime(Scan& s, const NumberRun& run) {
  const auto h = ToInteger(run.groups[0]), m = ToInteger(run.groups[1]);
  if (!h || !m || run.groups[0].size() > 2 || run.groups[1].size() != 2 || *h > 23 || *m > 59) {
    return false;
  }
  const int hour = static_cast<int>(*h), minutes = static_cast<int>(*m);
  const int hour12 = hour % 12 == 0 ? 12 : hour % 12;
  const std::string words = minutes == 45 ? HourWord(hour12 % 12 + 1) + " إِلَّا رُبْعًا"
                                          : HourWord(hour12) + MinutesWords(minutes);
  s.EmitNumber(words + DayPeriod(s, hour));
  return true;
}

}  // namespace

bool SayDateOrTime(Scan& s, const NumberRun& run) {
  if (run.OneSep(U':')) return SayTime(s, run);
  if (run.TwoSeps(U'/')) return SayDate(s, run, 0, 1, 2);
  if (run.TwoSeps(U'-')) return SayDate(s, run, 2, 1, 0);
  if (!run.OneSep(U'/')) return false;
  const auto a = ToInteger(run.groups[0]), b = ToInteger(run.groups[1]);
  return a && b && !LooksLikeFraction(*a, *b) && SayDate(s, run, 0, 1, std::nullopt);
}

std::optional<std::string> SayClockHour(Scan& s, const Value& v) {
  if (v.fraction || v.integer < 1 || v.integer > 23) return std::nullopt;
  const bool after_clock_word = s.cursor.PreviousWordMatches(
      [](std::u32string_view word) { return word == U"الساعة" || word == U"الساعه"; });
  if (!after_clock_word) return std::nullopt;
  const int hour = static_cast<int>(v.integer);
  return HourWord(hour % 12 == 0 ? 12 : hour % 12) + DayPeriod(s, hour);
}

std::optional<std::string> SayEraAfter(Scan& s, const Value& v, const Word& word, bool year_like) {
  const auto era = EraWord(word.bare);
  if (!era || v.fraction) return std::nullopt;
  const bool year = year_like || word.bare == U"ه" || (v.integer >= 1000 && v.integer <= 2100);
  if (!year) return std::nullopt;
  s.cursor.MoveTo(word.end);
  return CardinalWords(v.integer) + *era;
}

std::optional<std::string> SayMonthAfter(Scan& s, const Value& v, const Word& word) {
  if (v.fraction || v.integer < 1 || v.integer > 31) return std::nullopt;
  const int month = s.tables.Month(word.bare);
  if (month == 0 || s.tables.MonthName(s.data.months, month).empty()) return std::nullopt;
  s.cursor.MoveTo(word.end);
  const auto year = TakeYear(s);
  return DayOfMonth(s, v.integer, static_cast<uint64_t>(month), year);
}

bool AfterYearWord(const Scan& s) {
  return s.cursor.PreviousWordMatches(
      [&](std::u32string_view word) { return s.tables.Is(NumberWord::kYear, word); });
}

}  // namespace rawi
