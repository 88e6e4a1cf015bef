#include "read/date_text.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "read/ascii_case.h"

namespace rawi {
namespace {

struct Token {
  enum Kind { kNumber, kWord, kSeparator } kind;
  std::string text;  // a word (lowercase ASCII), or the separator character
  int value = 0;     // a number
  size_t digits = 0;
};

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Arabic-Indic (U+0660..U+0669) and Eastern Arabic-Indic (U+06F0..U+06F9) digits as ASCII.
std::string AsciiDigits(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (i + 1 < s.size() && (b0 == 0xD9 || b0 == 0xDB)) {
      const auto b1 = static_cast<unsigned char>(s[i + 1]);
      if (b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) {
        out += static_cast<char>('0' + (b1 - 0xA0));
        ++i;
        continue;
      }
      if (b0 == 0xDB && b1 >= 0xB0 && b1 <= 0xB9) {
        out += static_cast<char>('0' + (b1 - 0xB0));
        ++i;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

std::vector<Token> Tokens(std::string_view s) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (IsAsciiDigit(c)) {
      Token t{Token::kNumber, "", 0, 0};
      while (i < s.size() && IsAsciiDigit(s[i])) {
        if (t.digits < 6) t.value = t.value * 10 + (s[i] - '0');
        ++t.digits;
        ++i;
      }
      tokens.push_back(t);
    } else if (c == '/' || c == '-' || c == '.' || c == ',' || c == ':' || c == 'T') {
      tokens.push_back({Token::kSeparator, std::string(1, c)});
      ++i;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else {
      // A word: ASCII letters, or any run of non-ASCII bytes and letters.
      std::string word;
      while (i < s.size() && !IsAsciiDigit(s[i]) && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' &&
             s[i] != '\r' && s[i] != '/' && s[i] != '-' && s[i] != ',' && s[i] != '.' &&
             s[i] != ':') {
        char ch = s[i++];
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch | 0x20);
        word += ch;
      }
      // "،" (Arabic comma) ends a word as well.
      while (word.size() >= 2 && word.ends_with("\xD8\x8C")) word.resize(word.size() - 2);
      if (word.starts_with("\xD8\x8C")) word.erase(0, 2);
      if (!word.empty()) tokens.push_back({Token::kWord, word});
    }
  }
  return tokens;
}

struct MonthName {
  std::string_view name;
  int month;
};
constexpr MonthName kMonths[] = {
    {"يناير", 1},    {"فبراير", 2},    {"مارس", 3},      {"أبريل", 4},   {"ابريل", 4},
    {"إبريل", 4},    {"مايو", 5},      {"ماي", 5},       {"يونيو", 6},   {"يونيه", 6},
    {"يوليو", 7},    {"يوليه", 7},     {"أغسطس", 8},     {"اغسطس", 8},   {"سبتمبر", 9},
    {"أكتوبر", 10},  {"اكتوبر", 10},   {"نوفمبر", 11},   {"ديسمبر", 12}, {"شباط", 2},
    {"آذار", 3},     {"اذار", 3},      {"نيسان", 4},     {"أيار", 5},    {"ايار", 5},
    {"حزيران", 6},   {"تموز", 7},      {"آب", 8},        {"اب", 8},      {"أيلول", 9},
    {"ايلول", 9},    {"january", 1},   {"february", 2},  {"march", 3},   {"april", 4},
    {"may", 5},      {"june", 6},      {"july", 7},      {"august", 8},  {"september", 9},
    {"october", 10}, {"november", 11}, {"december", 12}, {"jan", 1},     {"feb", 2},
    {"mar", 3},      {"apr", 4},       {"jun", 6},       {"jul", 7},     {"aug", 8},
    {"sep", 9},      {"sept", 9},      {"oct", 10},      {"nov", 11},    {"dec", 12},
    {"كانون", 0},    {"تشرين", 0},  // the second word tells: كانون الثاني, تشرين الأول…
};

// The month a word names (0 for none); `next` is the word after it, for the two-word Levantine
// names (كانون الثاني, كانون الأول, تشرين الأول, تشرين الثاني).
int MonthOf(const std::string& word, const std::string* next, bool* two_words) {
  *two_words = false;
  for (const MonthName& m : kMonths) {
    if (word != m.name) continue;
    if (m.month != 0) return m.month;
    if (next == nullptr) return 0;
    const bool second = *next == "الثاني";
    const bool first = *next == "الأول" || *next == "الاول";
    if (!first && !second) return 0;
    *two_words = true;
    if (word == "كانون") return second ? 1 : 12;
    return second ? 11 : 10;  // تشرين
  }
  return 0;
}

bool ValidDate(int year, int month, int day) {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

std::optional<std::string> Format(int year, int month, int day) {
  if (!ValidDate(year, month, day)) return std::nullopt;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

// An ISO 8601 date or date-time at the start of `s` ("2024-11-17", "2015-07-24T05:36:09+01:00"),
// kept as written.
std::optional<std::string> LeadingIso(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsAsciiDigit(s[i])) return std::nullopt;
  }
  const int year = std::stoi(std::string(s.substr(0, 4)));
  const int month = std::stoi(std::string(s.substr(5, 2)));
  const int day = std::stoi(std::string(s.substr(8, 2)));
  if (!ValidDate(year, month, day)) return std::nullopt;
  size_t end = 10;
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ') && s.size() >= 16 && IsAsciiDigit(s[11])) {
    end = 11;
    while (end < s.size() && (IsAsciiDigit(s[end]) || s[end] == ':' || s[end] == '.' ||
                              s[end] == '+' || s[end] == '-' || s[end] == 'Z')) {
      ++end;
    }
  }
  std::string iso(s.substr(0, end));
  if (iso.size() > 10) iso[10] = 'T';
  return iso;
}

// The tokens of a written date, and the patterns of numbers and month names found in them.
class DateTokens {
 public:
  explicit DateTokens(std::vector<Token> tokens) : t_(std::move(tokens)) {}

  size_t size() const { return t_.size(); }

  // Numbers at `i`: Y/M/D, D/M/Y, M/D/Y (D/M/Y unless the middle one cannot be a month).
  std::optional<std::string> NumericDateAt(size_t i) const {
    if (!(Number(i) && Separator(i + 1) && Number(i + 2) && Separator(i + 3) && Number(i + 4))) {
      return std::nullopt;
    }
    const Token &a = t_[i], &b = t_[i + 2], &c = t_[i + 4];
    if (a.digits == 4) return Format(a.value, b.value, c.value);
    if (c.digits == 4) {
      return b.value > 12 ? Format(c.value, a.value, b.value) : Format(c.value, b.value, a.value);
    }
    return std::nullopt;
  }

  // Day, month name, year at `i`: "17 نوفمبر 2024", "17 November, 2024".
  std::optional<std::string> DayMonthYearAt(size_t i) const {
    if (!Number(i) || t_[i].digits > 2) return std::nullopt;
    size_t width = 0;
    const int month = MonthAt(i + 1, &width);
    if (month == 0) return std::nullopt;
    const std::optional<int> year = YearAt(i + 1 + width);
    if (!year) return std::nullopt;
    return Format(*year, month, t_[i].value);
  }

  // Month name, day, year at `i`: "November 17, 2024".
  std::optional<std::string> MonthDayYearAt(size_t i) const {
    size_t width = 0;
    const int month = MonthAt(i, &width);
    if (month == 0) return std::nullopt;
    const size_t d = i + width;
    if (!Number(d) || t_[d].digits > 2) return std::nullopt;
    const std::optional<int> year = YearAt(d + 1);
    if (!year) return std::nullopt;
    return Format(*year, month, t_[d].value);
  }

 private:
  bool Number(size_t i) const { return i < t_.size() && t_[i].kind == Token::kNumber; }

  bool Separator(size_t i) const {
    return i < t_.size() && t_[i].kind == Token::kSeparator &&
           (t_[i].text == "/" || t_[i].text == "-" || t_[i].text == ".");
  }

  // The month named at `i` (0 for none), and how many words name it.
  int MonthAt(size_t i, size_t* width) const {
    if (i >= t_.size() || t_[i].kind != Token::kWord) return 0;
    bool two = false;
    const std::string* next =
        i + 1 < t_.size() && t_[i + 1].kind == Token::kWord ? &t_[i + 1].text : nullptr;
    const int month = MonthOf(t_[i].text, next, &two);
    *width = two ? 2 : 1;
    return month;
  }

  // A four-digit year at `i`, or after a comma there.
  std::optional<int> YearAt(size_t i) const {
    if (i < t_.size() && t_[i].kind == Token::kSeparator && t_[i].text == ",") ++i;
    if (Number(i) && t_[i].digits == 4) return t_[i].value;
    return std::nullopt;
  }

  std::vector<Token> t_;
};

std::string_view TrimLeadingSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) {
    s.remove_prefix(1);
  }
  return s;
}

}  // namespace

bool IsDateWord(std::string_view word) {
  static constexpr std::string_view kWeekdays[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday",   "saturday",
      "sunday", "الاثنين", "الإثنين",   "الثلاثاء", "الأربعاء", "الاربعاء",
      "الخميس", "الجمعة",  "السبت",     "الأحد",    "الاحد"};
  std::string lower = AsciiLower(word);
  while (!lower.empty() && (lower.back() == ',' || lower.back() == '.')) lower.pop_back();
  bool two_words = false;
  if (MonthOf(lower, nullptr, &two_words) != 0) return true;
  for (std::string_view weekday : kWeekdays) {
    if (lower == weekday) return true;
  }
  return false;
}

bool IsDateLine(std::string_view line) {
  // Words a date line holds besides numbers, months and weekdays: Hijri months, era and time
  // marks, "day".
  static constexpr std::string_view kDateLineWords[] = {
      "محرم",   "صفر",    "ربيع",   "الأول",  "الاول", "الآخر", "الثاني", "جمادى", "جمادي",
      "الأولى", "الاولى", "الآخرة", "الاخرة", "رجب",   "شعبان", "رمضان",  "شوال",  "ذو",
      "ذي",     "القعدة", "الحجة",  "هـ",     "ه",     "م",     "ص",      "مساء",  "صباحا",
      "صباحاً",  "يوم",    "am",     "pm",     "a.m.",  "p.m.",  "gmt",    "utc",   "at"};
  constexpr size_t kMaxWords = 16;
  const std::string text = AsciiDigits(line);
  if (!IsoDate(text)) return false;
  size_t words = 0;
  for (size_t at = 0; at < text.size();) {
    const size_t end = std::min(text.find(' ', at), text.size());
    std::string word = AsciiLower(text.substr(at, end - at));
    at = end + 1;
    // Separators and punctuation around a word: "-", "|", "،", "(", "),".
    for (std::string_view mark : {",", "،", "(", ")", "[", "]", "|", "-", "–", "—", "/", ":"}) {
      while (word.starts_with(mark)) word.erase(0, mark.size());
      while (word.ends_with(mark)) word.resize(word.size() - mark.size());
    }
    if (word.empty()) continue;
    if (++words > kMaxWords) return false;
    // Not "4.2.3": a version, a score or an amount is no part of a date.
    const bool number = word.find_first_not_of("0123456789:/-") == std::string::npos;
    const bool known = std::find(std::begin(kDateLineWords), std::end(kDateLineWords), word) !=
                       std::end(kDateLineWords);
    if (!number && !known && !IsDateWord(word)) return false;
  }
  return true;
}

std::optional<std::string> IsoDate(std::string_view written) {
  const std::string text = AsciiDigits(written);
  if (auto iso = LeadingIso(TrimLeadingSpace(text))) return iso;
  const DateTokens tokens(Tokens(text));
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (auto date = tokens.NumericDateAt(i)) return date;
    if (auto date = tokens.DayMonthYearAt(i)) return date;
    if (auto date = tokens.MonthDayYearAt(i)) return date;
  }
  return std::nullopt;
}

}  // namespace rawi
