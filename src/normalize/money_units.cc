#include "normalize/money_units.h"

#include "normalize/arabic_numbers.h"
#include "normalize/numbers.h"

namespace rawi {
namespace {

struct UnitMatch {
  const CountedNoun* noun = nullptr;
  size_t end = 0;
};

// The currency or unit written as `word`, or as `word` and the word after it (دينار ليبي).
UnitMatch UnitAt(const Scan& s, const Word& word) {
  if (s.tables.StartsUnitPhrase(word.bare)) {
    const Word next = s.cursor.PeekWord(word.end);
    if (!next.empty()) {
      if (const CountedNoun* noun = s.tables.Unit(word.bare + U" " + next.bare)) {
        return {noun, next.end};
      }
    }
  }
  return {s.tables.Unit(word.bare), word.end};
}

// The currency or unit after a scale word (5 مليون دولار): always the genitive singular. Empty
// when none follows.
std::string UnitAfterScale(Scan& s) {
  Cursor& cursor = s.cursor;
  if (const UnitMatch unit = UnitAt(s, cursor.PeekWord()); unit.noun != nullptr) {
    cursor.MoveTo(unit.end);
    return unit.noun->one;
  }
  const size_t p = cursor.SkipSpaces(cursor.pos());
  size_t length = 0;
  if (const CountedNoun* noun = s.tables.SymbolAt(cursor.text(), p, &length)) {
    cursor.MoveTo(p + length);
    return noun->one;
  }
  return "";
}

std::string ScaleWords(Scan& s, const Value& v, int scale) {
  if (v.fraction || v.integer == 0 || v.integer > 999) {
    return DecimalWords(v) + " " + CountedScale(1, scale);
  }
  const bool construct = NextIsCountedNoun(s, s.cursor.pos());
  std::string words = CountedScale(v.integer, scale, construct);
  if (construct) {
    const std::string unit = UnitAfterScale(s);
    if (!unit.empty()) words += " " + unit;
  }
  return words;
}

}  // namespace

std::string CountedWords(uint64_t n, const CountedNoun& noun) {
  const bool construct = n % 1000 == 0;  // مِئَة أَلْف دِينَار, خَمْسِين أَلْف دِينَار
  switch (CountFormFor(n)) {
    case CountForm::kOne:
      return noun.one + (noun.gender == Gender::kFeminine ? " وَاحِدَة" : " وَاحِد");
    case CountForm::kTwo:
      return noun.two;
    case CountForm::kPlural:
      return CardinalWords(n, noun.gender) + " " + noun.plural;
    case CountForm::kAccusative:
      return CardinalWords(n, noun.gender, construct) + " " +
             (construct ? noun.one : noun.accusative);
    case CountForm::kSingular:
      break;
  }
  return CardinalWords(n, noun.gender, /*construct=*/true) + " " + noun.one;
}

std::string MoneyWords(const Value& v, const CountedNoun& noun) {
  if (v.fraction) return DecimalWords(v) + " " + noun.one;
  return CountedWords(v.integer, noun);
}

bool ReadMoneySignFirst(Scan& s) {
  size_t length = 0;
  const CountedNoun* noun = s.tables.SymbolAt(s.cursor.text(), s.cursor.pos(), &length);
  // Only a one-character sign comes first: "د.ل 5" and "°C 5" are not how numbers are written.
  if (noun == nullptr || length != 1 || !s.cursor.DigitAfterSpaces(s.cursor.pos() + 1)) {
    return false;
  }
  const auto v = TakeNumberAfterSign(s, length);
  if (!v) return true;
  // "$5 مليون" -> خَمْسَة مَلَايِنْ دُولَار
  const Word word = s.cursor.PeekWord();
  const int scale = s.tables.Scale(word.bare);
  if (scale != 0 && !v->fraction && v->integer >= 1 && v->integer <= 999) {
    s.cursor.MoveTo(word.end);
    s.EmitNumber(CountedScale(v->integer, scale, /*construct=*/true) + " " + noun->one);
  } else {
    s.EmitNumber(MoneyWords(*v, *noun));
  }
  return true;
}

std::optional<std::string> SaySignAfter(Scan& s, const Value& v, size_t p) {
  size_t length = 0;
  const CountedNoun* noun = s.tables.SymbolAt(s.cursor.text(), p, &length);
  if (noun == nullptr) return std::nullopt;
  s.cursor.MoveTo(p + length);  // a period after د.ل stays: it may end the sentence
  return MoneyWords(v, *noun);
}

std::optional<std::string> SayScaleOrUnitAfter(Scan& s, const Value& v, const Word& word) {
  if (const int scale = s.tables.Scale(word.bare); scale != 0) {
    s.cursor.MoveTo(word.end);
    return ScaleWords(s, v, scale);
  }
  const UnitMatch unit = UnitAt(s, word);
  if (unit.noun == nullptr) return std::nullopt;
  s.cursor.MoveTo(unit.end);
  return MoneyWords(v, *unit.noun);
}

bool NextIsCountedNoun(const Scan& s, size_t pos) {
  const Word word = s.cursor.PeekWord(pos);
  if (!word.empty() && !IsLatin(word.bare[0]) && !s.tables.Is(NumberWord::kParticle, word.bare)) {
    return true;
  }
  size_t length = 0;
  return s.tables.SymbolAt(s.cursor.text(), s.cursor.SkipSpaces(pos), &length) != nullptr;
}

bool NextIsQuantityWord(const Scan& s, size_t pos) {
  const Word word = s.cursor.PeekWord(pos);
  if (s.tables.Unit(word.bare) != nullptr || s.tables.Scale(word.bare) != 0) return true;
  const size_t p = s.cursor.SkipSpaces(pos);
  const char32_t c = s.cursor.At(p);
  size_t length = 0;
  return c == U'%' || c == U'٪' || s.tables.SymbolAt(s.cursor.text(), p, &length) != nullptr;
}

}  // namespace rawi
