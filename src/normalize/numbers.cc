#include "normalize/numbers.h"

#include "normalize/arabic_numbers.h"
#include "normalize/dates_times.h"
#include "normalize/money_units.h"
#include "normalize/phones_codes.h"

namespace rawi {
namespace {

// The words of fractions 1/b, 2/b and a/b (a >= 3) for b <= 10; empty where there is none.
const char* const kOneOver[] = {"",    "",    "نِصْف", "ثُلُث", "رُبْع", "خُمْس",
                                "سُدْس", "سُبْع", "ثُمْن", "تُسْع", "عُشْر"};
const char* const kTwoOver[] = {"", "", "", "ثُلُثَيْن", "", "", "", "", "", "", ""};
const char* const kPluralOver[] = {"",      "",      "",      "",      "أَرْبَاع", "أَخْمَاس",
                                   "أَسْدَاس", "أَسْبَاع", "أَثْمَان", "أَتْسَاع", "أَعْشَار"};

std::string FractionWords(uint64_t a, uint64_t b) {
  if (a == 1) return kOneOver[b];
  if (a == 2) return kTwoOver[b];
  if (*kPluralOver[b] == '\0') return "";
  return CardinalWords(a) + " " + kPluralOver[b];
}

// "1 سيارة" is سيارة وَاحِدَة (one follows its noun as an adjective); other numbers agree with
// the word after them and stand in construct state before a noun.
std::string CountingWords(Scan& s, uint64_t n, const Word& word) {
  const bool noun_follows = NextIsCountedNoun(s, s.cursor.pos());
  const Gender gender = s.GenderOf(word.bare);
  if (n != 1 || !noun_follows) return CardinalWords(n, gender, noun_follows);
  const std::u32string written = s.cursor.text().substr(word.begin, word.end - word.begin);
  s.cursor.MoveTo(word.end);
  return ToUtf8(written) + (gender == Gender::kFeminine ? " وَاحِدَة" : " وَاحِد");
}

// v read with what follows it and governs it, which it consumes: percent, fraction sign,
// currency or unit sign, era mark, scale, written unit, month, counted noun.
std::string QuantityWords(Scan& s, const Value& v, bool after_year_word) {
  Cursor& cursor = s.cursor;
  const size_t p = cursor.SkipSpaces(cursor.pos());
  const char32_t next = cursor.At(p);
  if (next == U'%' || next == U'٪') {
    cursor.MoveTo(p + 1);
    return DecimalWords(v) + " بِٱلْمِئَة";
  }
  if (IsProtectedFraction(next) && !v.fraction) {
    cursor.MoveTo(p + 1);
    return CardinalWords(v.integer) + " وَ" + FractionWord(next);
  }
  if (auto words = SaySignAfter(s, v, p)) return *words;
  if (auto words = SayClockHour(s, v)) return *words;
  const Word word = cursor.PeekWord();
  if (word.empty()) return DecimalWords(v);
  if (auto words = SayEraAfter(s, v, word, p == cursor.pos() || after_year_word)) return *words;
  if (after_year_word) return DecimalWords(v);
  if (auto words = SayScaleOrUnitAfter(s, v, word)) return *words;
  if (auto words = SayMonthAfter(s, v, word)) return *words;
  if (v.fraction) return DecimalWords(v);
  return CountingWords(s, v.integer, word);
}

}  // namespace

std::optional<Value> EvaluateAt(const Scan& s, const NumberRun& run) {
  const bool thousands = run.OneSep(U'.') && run.groups[1] == "000";
  return Evaluate(run, thousands && NextIsQuantityWord(s, run.end));
}

std::optional<Value> TakeNumberAfterSign(Scan& s, size_t sign_length) {
  s.cursor.MoveTo(s.cursor.SkipSpaces(s.cursor.pos() + sign_length));
  const NumberRun run = ReadRun(s.cursor, s.cursor.pos());
  s.cursor.MoveTo(run.end);
  const auto v = EvaluateAt(s, run);
  if (!v) SayDigitGroups(s, run);
  return v;
}

bool ReadMinus(Scan& s) {
  const Cursor& cursor = s.cursor;
  const size_t pos = cursor.pos();
  if (!IsDash(cursor.Peek()) || !IsDigit(cursor.Peek(1))) return false;
  if (pos > 0 && !IsLineSpace(cursor.At(pos - 1)) && cursor.At(pos - 1) != U'(') return false;
  s.Emit("سَالِب ");
  s.cursor.Advance();
  return true;
}

bool ReadPercentSignFirst(Scan& s) {
  const char32_t c = s.cursor.Peek();
  if ((c != U'%' && c != U'٪') || !s.cursor.DigitAfterSpaces(s.cursor.pos() + 1)) return false;
  if (const auto v = TakeNumberAfterSign(s, 1)) s.EmitNumber(DecimalWords(*v) + " بِٱلْمِئَة");
  return true;
}

bool ReadFractionSign(Scan& s) {
  if (!IsProtectedFraction(s.cursor.Peek())) return false;
  s.Emit(FractionWord(s.cursor.Peek()));
  s.cursor.Advance();
  return true;
}

bool LooksLikeFraction(uint64_t a, uint64_t b) { return b >= 2 && b <= 10 && a >= 1 && a < b; }

bool SayFraction(Scan& s, const NumberRun& run) {
  if (!run.OneSep(U'/', U'⁄')) return false;
  const auto a = ToInteger(run.groups[0]), b = ToInteger(run.groups[1]);
  if (!a || !b || !LooksLikeFraction(*a, *b)) return false;
  const std::string words = FractionWords(*a, *b);
  if (words.empty()) return false;
  s.EmitNumber(words);
  return true;
}

bool SayRange(Scan& s, const NumberRun& run) {
  if (!run.OneSep(U'-')) return false;
  const auto a = ToInteger(run.groups[0]), b = ToInteger(run.groups[1]);
  if (!a || !b || *a >= *b) return false;
  const std::string low = CardinalWords(*a, s.GenderOf(s.cursor.PeekWord().bare));
  // "10-15%": the percent belongs to both ends but is said once, at the end.
  const bool between = s.cursor.PreviousWordIs(U"بين");
  const std::string high = QuantityWords(s, Value{*b, std::nullopt}, AfterYearWord(s));
  s.EmitNumber(between ? low + " وَ" + high : "مِنْ " + low + " إِلَى " + high);
  return true;
}

bool SayQuantity(Scan& s, const NumberRun& run) {
  const auto v = EvaluateAt(s, run);
  if (!v) return false;
  if (SayNamingNumber(s, *v, run)) return true;
  s.EmitNumber(QuantityWords(s, *v, AfterYearWord(s)));
  return true;
}

void SayDigitGroups(Scan& s, const NumberRun& run) {
  if (run.seps.empty()) {  // beyond 999 trillion: digit by digit
    s.EmitNumber(DigitGroups(SplitForReading(run.groups[0])));
    return;
  }
  for (size_t k = 0; k < run.groups.size(); ++k) {
    if (k > 0) s.out += std::u32string{U' ', run.seps[k - 1], U' '};
    s.Emit(GroupWords(run.groups[k]));
  }
  s.cursor.ForgetWord();
}

}  // namespace rawi
