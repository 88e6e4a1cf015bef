#include "normalize/phones_codes.h"

#include "normalize/arabic_numbers.h"
#include "normalize/money_units.h"

namespace rawi {
namespace {

// Groups of digits from `p` separated by one space or dash; sets *end after the last.
std::vector<std::string> PhoneGroups(const Cursor& cursor, size_t p, size_t* end) {
  std::vector<std::string> groups;
  while (IsDigit(cursor.At(p))) {
    std::string group;
    while (IsDigit(cursor.At(p)))
      group.push_back(static_cast<char>('0' + DigitValue(cursor.At(p++))));
    groups.push_back(group);
    const char32_t c = cursor.At(p);
    if ((c == U' ' || c == U'-') && IsDigit(cursor.At(p + 1))) {
      ++p;
      continue;
    }
    break;
  }
  *end = p;
  return groups;
}

// The digits go on as a decimal, date or time: not a telephone number.
bool ContinuesAsNumber(const Cursor& cursor, size_t p) {
  const char32_t c = cursor.At(p);
  if (IsDigit(c)) return true;
  return (c == U'.' || c == U',' || c == U'/' || c == U':') && IsDigit(cursor.At(p + 1));
}

std::optional<Gender> OrdinalGender(const Scan& s) {
  std::optional<Gender> gender;
  s.cursor.PreviousWordStem([&](std::u32string_view word) {
    if (s.tables.Is(NumberWord::kOrdinalFeminine, word)) gender = Gender::kFeminine;
    if (s.tables.Is(NumberWord::kOrdinalMasculine, word)) gender = Gender::kMasculine;
    return gender.has_value();
  });
  return gender;
}

bool AfterCodeWord(const Scan& s) {
  return s.cursor.PreviousWordMatches(
      [&](std::u32string_view word) { return s.tables.Is(NumberWord::kCode, word); });
}

// The number names an item: a label (or an ordinal trigger) right before it, with only spaces
// or an opening bracket between, and no date, percent, currency, unit or scale after it.
bool Labelled(const Scan& s, const NumberRun& run, bool after_ordinal_trigger) {
  const Cursor& cursor = s.cursor;
  const bool label = after_ordinal_trigger || cursor.PreviousWordStem([&](std::u32string_view w) {
    return s.tables.Is(NumberWord::kLabel, w);
  });
  if (!label) return false;
  for (size_t p = cursor.PreviousWordEnd(); p < run.begin; ++p) {
    const char32_t c = cursor.At(p);
    if (!IsLineSpace(c) && c != U'(' && c != U'[') return false;
  }
  if (NextIsQuantityWord(s, run.end)) return false;
  return s.tables.Month(cursor.PeekWord(run.end).bare) == 0;
}

}  // namespace

bool ReadPhone(Scan& s) {
  const Cursor& cursor = s.cursor;
  const bool plus = cursor.Peek() == U'+';
  if (plus ? !IsDigit(cursor.Peek(1)) : !IsDigit(cursor.Peek()) || DigitValue(cursor.Peek()) != 0) {
    return false;
  }
  size_t end = 0;
  std::vector<std::string> groups = PhoneGroups(cursor, cursor.pos() + (plus ? 1 : 0), &end);
  if (ContinuesAsNumber(cursor, end)) return false;
  size_t digits = 0;
  for (const auto& group : groups) digits += group.size();
  if (digits < (plus ? 7u : 9u)) return false;
  if (groups.size() == 1) groups = SplitForReading(groups[0]);
  s.cursor.MoveTo(end);
  s.EmitNumber((plus ? "زَائِد " : "") + DigitGroups(groups));
  return true;
}

bool SayNamingNumber(Scan& s, const Value& v, const NumberRun& run) {
  if (v.fraction) return false;
  if (run.seps.empty() && run.groups[0].size() >= 4 && AfterCodeWord(s)) {
    s.EmitNumber(DigitGroups(SplitForReading(run.groups[0])));
    return true;
  }
  const std::optional<Gender> ordinal = OrdinalGender(s);
  if (ordinal && v.integer >= 1 && v.integer <= 99) {
    s.EmitNumber(OrdinalWords(v.integer, *ordinal));
    return true;
  }
  if (!Labelled(s, run, ordinal.has_value())) return false;
  s.EmitNumber(CardinalWords(v.integer));
  return true;
}

}  // namespace rawi
