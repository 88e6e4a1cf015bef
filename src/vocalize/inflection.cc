#include "vocalize/inflection.h"

#include <array>

#include "text/diacritics.h"
#include "vocalize/arabic_letters.h"

namespace rawi {
namespace {

// Which vocalized bases a rule applies to.
enum class BaseKind {
  kAny,
  kAdjectival,  // participles (مُ…), nisbas (…ِيّ) and فَاعِل: the sound plural ِين
  kNotAdjectival,  // other nouns: ين is the dual َيْن
  kNotHa,          // not ending in ه (ها is the pronoun there, not an accusative alef)
};

struct Rule {
  std::u32string_view suffix;    // how the inflected stem ends
  std::u32string_view base_end;  // how the base ends instead of it ("" or "ة" …)
  WordClass word_class;          // of the base and of the result
  std::u32string_view ending;    // vocalized, replaces base_end and the vowel before it
  BaseKind base = BaseKind::kAny;
};

constexpr std::array kRules = {
    Rule{U"ة", U"", WordClass::kNoun, U"َة"},
    Rule{U"آت", U"أة", WordClass::kNoun, U"َآت"},
    Rule{U"ات", U"ة", WordClass::kNoun, U"َات"},
    Rule{U"ات", U"", WordClass::kNoun, U"َات"},
    Rule{U"ون", U"", WordClass::kNoun, U"ُون", BaseKind::kAdjectival},
    Rule{U"تين", U"ة", WordClass::kNoun, U"َتَيْن"},
    Rule{U"تان", U"ة", WordClass::kNoun, U"َتَان"},
    Rule{U"ين", U"", WordClass::kNoun, U"ِين", BaseKind::kAdjectival},
    Rule{U"ين", U"", WordClass::kNoun, U"َيْن", BaseKind::kNotAdjectival},
    Rule{U"ين", U"", WordClass::kNoun, U"ِين", BaseKind::kNotAdjectival},
    Rule{U"ين", U"", WordClass::kNoun, U"َيْن", BaseKind::kAdjectival},
    Rule{U"ان", U"", WordClass::kNoun, U"َان"},
    Rule{U"ي", U"ة", WordClass::kNoun, U"ِيّ"},
    Rule{U"ي", U"", WordClass::kNoun, U"ِيّ"},
    Rule{U"ا", U"", WordClass::kNoun, U"ًا", BaseKind::kNotHa},
    Rule{U"ون", U"", WordClass::kImperfect, U"ُون"},
    Rule{U"ان", U"", WordClass::kImperfect, U"َان"},
    Rule{U"وا", U"", WordClass::kImperfect, U"ُوا"},
    Rule{U"ت", U"", WordClass::kPast, U"َت"},
    Rule{U"وا", U"", WordClass::kPast, U"ُوا"},
    Rule{U"ا", U"", WordClass::kPast, U"َا"},
    Rule{U"نا", U"", WordClass::kPast, U"ْنَا"},
    Rule{U"تم", U"", WordClass::kPast, U"ْتُم"},
};

constexpr int kMaxDepth = 2;

bool IsVowel(char32_t c) {
  return c == kFatha || c == kDamma || c == kKasra || c == kDaggerAlef ||
         (c >= U'\u064B' && c <= U'\u064D');
}

bool IsAdjectival(std::u32string_view base) {
  const std::u32string letters = Bare(base);
  if (base.substr(0, 2) == U"مُ") return true;
  if (base.size() >= 2 && base.substr(base.size() - 2) == U"يّ") return true;
  if (letters.size() == 5 && letters[0] == U'م' && letters[3] == U'و') return true;  // مَفْعُول
  return letters.size() == 4 && letters[1] == U'ا';                                  // فَاعِل
}

bool BaseFits(std::u32string_view base, BaseKind kind) {
  switch (kind) {
    case BaseKind::kAny:
      return true;
    case BaseKind::kAdjectival:
      return IsAdjectival(base);
    case BaseKind::kNotAdjectival:
      return !IsAdjectival(base);
    case BaseKind::kNotHa:
      return Bare(base).back() != U'ه';
  }
  return true;
}

// Applies `rule` to a vocalized base, or nullopt when the base does not end as the rule needs.
std::optional<std::u32string> Inflect(std::u32string_view base, const Rule& rule) {
  if (base.empty() || !BaseFits(base, rule.base)) return std::nullopt;
  std::u32string out(base);
  // Drop base_end's letters with their marks, last letter first.
  for (size_t k = rule.base_end.size(); k > 0; --k) {
    while (!out.empty() && IsHaraka(out.back())) out.pop_back();
    if (out.empty() || out.back() != rule.base_end[k - 1]) return std::nullopt;
    out.pop_back();
  }
  // The letter that now ends the base takes the ending's vowel instead of its own.
  bool shadda = false;
  while (!out.empty() && IsHaraka(out.back())) {
    shadda = shadda || out.back() == kShadda;
    out.pop_back();
  }
  if (out.empty() || IsVowelCarrier(out.back())) return std::nullopt;
  if (shadda) {
    if (rule.ending.front() == kSukun) return std::nullopt;  // رَدّ + نا is not regular
    out.push_back(kShadda);
  }
  out += rule.ending;
  return out;
}

bool EndsWith(std::u32string_view s, std::u32string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

bool Offer(const StemEntry& entry, ClassMask allowed, const StemAcceptor& accept) {
  if ((allowed & MaskOf(entry.word_class)) == 0) return false;
  if (accept(entry)) return true;
  if (entry.word_class != WordClass::kImperfect) return false;
  const auto passive = ImperfectPassive(entry.vocalized);
  return passive && accept({*passive, WordClass::kImperfect});
}

bool Search(const StemSource& source, std::u32string_view stem, ClassMask allowed, int depth,
            const StemAcceptor& accept) {
  std::vector<StemEntry> found;
  source.Find(stem, found);
  for (const StemEntry& entry : found) {
    if (Offer(entry, allowed, accept)) return true;
  }
  if (depth == 0) return false;
  for (const Rule& rule : kRules) {
    const ClassMask mask = MaskOf(rule.word_class);
    if ((allowed & mask) == 0 || !EndsWith(stem, rule.suffix)) continue;
    std::u32string base(stem.substr(0, stem.size() - rule.suffix.size()));
    if (base.size() < 2) continue;
    base += rule.base_end;
    const bool hit = Search(source, base, mask, depth - 1, [&](const StemEntry& b) {
      const auto inflected = Inflect(b.vocalized, rule);
      return inflected && accept({*inflected, rule.word_class});
    });
    if (hit) return true;
  }
  // Other persons of an imperfect: تَعْكِس, نَعْكِس, أَعْكِس from يَعْكِس.
  const ClassMask imperfect = MaskOf(WordClass::kImperfect);
  if ((allowed & imperfect) != 0 && stem.size() >= 3 &&
      (stem[0] == U'ت' || stem[0] == U'ن' || stem[0] == U'أ')) {
    std::u32string base(stem);
    base[0] = U'ي';
    const char32_t person = stem[0];
    return Search(source, base, imperfect, depth - 1, [&](const StemEntry& b) {
      if (b.vocalized.empty() || b.vocalized[0] != U'ي') return false;
      std::u32string v = b.vocalized;
      v[0] = person;
      return accept({std::move(v), WordClass::kImperfect});
    });
  }
  return false;
}

}  // namespace

bool FindInflected(const StemSource& source, std::u32string_view stem, ClassMask allowed,
                   const StemAcceptor& accept) {
  return Search(source, stem, allowed, kMaxDepth, accept);
}

std::optional<std::u32string> ImperfectPassive(std::u32string_view vocalized) {
  // Letter positions.
  std::vector<size_t> letters;
  for (size_t i = 0; i < vocalized.size(); ++i) {
    if (!IsHaraka(vocalized[i])) letters.push_back(i);
  }
  if (letters.size() < 3) return std::nullopt;
  std::u32string out(vocalized);
  const auto vowel_after = [&](size_t letter) -> std::optional<size_t> {
    const size_t end = letter + 1 < letters.size() ? letters[letter + 1] : out.size();
    for (size_t i = letters[letter] + 1; i < end; ++i) {
      if (IsVowel(out[i])) return i;
    }
    return std::nullopt;
  };
  const auto first = vowel_after(0);
  const auto penultimate = vowel_after(letters.size() - 2);
  if (!first || !penultimate) return std::nullopt;
  out[*first] = kDamma;
  out[*penultimate] = kFatha;
  if (out == vocalized) return std::nullopt;
  return out;
}

}  // namespace rawi
