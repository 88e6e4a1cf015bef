#include "normalize/arabic_normalizer.h"

#include "normalize/dates_times.h"
#include "normalize/latin_runs.h"
#include "normalize/money_units.h"
#include "normalize/numbers.h"
#include "normalize/phones_codes.h"
#include "normalize/scan.h"
#include "text/diacritics.h"

namespace rawi {
namespace {

// An entry of the abbreviations or the pronunciation lexicon at the cursor.
bool ReadLexiconEntry(Scan& s) {
  const std::u32string* spoken = nullptr;
  for (const WordLexicon* lexicon : {s.data.abbreviations, s.data.lexicon}) {
    if (lexicon == nullptr) continue;
    if (size_t length = lexicon->Match(s.cursor.text(), s.cursor.pos(), &spoken)) {
      s.out += *spoken;
      s.cursor.NoteWord(s.cursor.text().substr(s.cursor.pos(), length), s.cursor.pos() + length);
      s.cursor.Advance(length);
      return true;
    }
  }
  return false;
}

// Quotation marks are not read; a dash between spaces is a pause; anything else is copied.
void ReadPunctuation(Scan& s) {
  const char32_t c = s.cursor.Peek();
  s.cursor.Advance();
  if (c == U'«' || c == U'»' || c == U'“' || c == U'”' || c == U'"') return;
  const bool spaced = IsLineSpace(s.cursor.At(s.cursor.pos() - 2)) && IsLineSpace(s.cursor.Peek());
  if ((c == U'—' || c == U'–' || c == U'-') && s.cursor.pos() >= 2 && spaced) {
    s.out.push_back(U'،');
    return;
  }
  s.out.push_back(c);
}

// A run of digits: the recognizers that read one, in this order (a fraction before a day and
// month: 1/4 is a quarter; times and dates before quantities). The cursor is at the run's end.
void ReadDigits(Scan& s) {
  const NumberRun run = ReadRun(s.cursor, s.cursor.pos());
  s.cursor.MoveTo(run.end);
  if (SayFraction(s, run) || SayDateOrTime(s, run) || SayRange(s, run) || SayQuantity(s, run)) {
    return;
  }
  SayDigitGroups(s, run);
}

void Step(Scan& s) {
  const char32_t c = s.cursor.Peek();
  if (IsLineSpace(c)) {  // most characters: the quick way
    s.out.push_back(c);
    s.cursor.Advance();
    return;
  }
  if (ReadPhone(s)) return;
  if (IsDigit(c)) return ReadDigits(s);
  if (IsLetter(c) || c == U'°') {
    if (ReadLexiconEntry(s) || ReadLetters(s)) return;
  }
  if (ReadMinus(s) || ReadMoneySignFirst(s) || ReadPercentSignFirst(s) || ReadFractionSign(s)) {
    return;
  }
  ReadPunctuation(s);
}

const NumberTables& NoTables() {
  static const NumberTables none;
  return none;
}

}  // namespace

const std::array<const char*, 12>& MonthNameWords(MonthNames names) {
  static const auto kNames = [] {
    std::array<std::array<const char*, 12>, 2> sets;
    for (int m = 1; m <= 12; ++m) {
      const auto k = static_cast<size_t>(m - 1);
      sets[0][k] = ProjectNumberTables().MonthName(MonthNames::kGregorian, m).c_str();
      sets[1][k] = ProjectNumberTables().MonthName(MonthNames::kSyriac, m).c_str();
    }
    return sets;
  }();
  return kNames[names == MonthNames::kSyriac ? 1 : 0];
}

std::u32string NormalizeArabicLine(const std::u32string& text, const ArabicNormalizerData& data) {
  Scan s(text, data, data.tables != nullptr ? *data.tables : NoTables());
  s.out.reserve(text.size() * 2);
  while (!s.cursor.AtEnd()) Step(s);
  PutShaddaFirst(s.out);
  return std::move(s.out);
}

}  // namespace rawi
