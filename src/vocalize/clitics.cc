#include "vocalize/clitics.h"

#include <algorithm>
#include <array>
#include <optional>

#include "text/diacritics.h"
#include "vocalize/arabic_letters.h"

namespace rawi {
namespace {

constexpr std::array<std::u32string_view, 15> kProcliticChains = {
    U"",   U"و",  U"ف",  U"ب",  U"ل",  U"ك",  U"س", U"وب",
    U"ول", U"وك", U"وس", U"فب", U"فل", U"فك", U"فس"};

constexpr std::array<std::u32string_view, 11> kSuffixes = {
    U"هما", U"ها", U"هم", U"هن", U"كم", U"كن", U"نا", U"ه", U"ي", U"ك", U""};

constexpr ClassMask kNounish = MaskOf(WordClass::kNoun) | MaskOf(WordClass::kFixed);

bool IsPersonPrefix(char32_t c) { return c == U'ي' || c == U'ت' || c == U'ن' || c == U'أ'; }

size_t Cost(const CliticSplit& s) {
  return s.proclitics.size() + (s.article ? 1 : 0) + (s.suffix.empty() ? 0 : 1);
}

std::u32string ProcliticVowels(std::u32string_view proclitics) {
  std::u32string out;
  for (char32_t c : proclitics) {
    out.push_back(c);
    out.push_back(c == U'ب' || c == U'ل' ? kKasra : kFatha);
  }
  return out;
}

// The stem with the vowel it takes before a pronoun suffix; sets `kasra` when it ends in kasra or
// a long ي (so هم is هِم).
std::u32string BeforeSuffix(std::u32string stem, WordClass word_class, char32_t written_last,
                            bool* kasra) {
  bool shadda = false;
  while (!stem.empty() && IsHaraka(stem.back())) {
    shadda = shadda || stem.back() == kShadda;
    stem.pop_back();
  }
  *kasra = false;
  if (stem.empty()) return stem;
  char32_t& last = stem.back();
  if (written_last != 0) last = written_last;
  if (last == U'ى') last = U'ا';
  if (last == U'ة') last = U'ت';
  if (last == U'ا' || last == U'و') return stem;
  if (last == U'ي' && !shadda) {
    *kasra = true;
    return stem;
  }
  // فَعَلَت + ه: the ت of the past keeps its sukun (نَفَّذَتْه).
  if (word_class == WordClass::kPast && last == U'ت' && stem.size() >= 2 &&
      stem[stem.size() - 2] == kFatha && !shadda) {
    stem.push_back(kSukun);
    return stem;
  }
  if (shadda) stem.push_back(kShadda);
  // A hamza's seat tells its vowel (رُؤَسَاؤُهُم, أَدَائِهَا); else the class does.
  const char32_t vowel = last == U'ؤ'                          ? kDamma
                         : last == U'ئ'                        ? kKasra
                         : word_class == WordClass::kImperfect ? kDamma
                         : word_class == WordClass::kPast      ? kFatha
                                                               : kKasra;
  stem.push_back(vowel);
  *kasra = vowel == kKasra;
  return stem;
}

std::u32string SuffixVowels(std::u32string_view suffix, bool after_kasra) {
  const char32_t u = after_kasra ? kKasra : kDamma;
  if (suffix == U"ها") return U"هَا";
  if (suffix == U"هم") return std::u32string(U"ه") + u + U"م";
  if (suffix == U"هما") return std::u32string(U"ه") + u + U"مَا";
  if (suffix == U"هن") return std::u32string(U"ه") + u + U"نّ";
  if (suffix == U"كم") return U"كُم";
  if (suffix == U"كن") return U"كُنّ";
  if (suffix == U"نا") return U"نَا";
  return std::u32string(suffix);  // ه ي ك: pausal, no final vowel
}

// The stem without the marks on its first letter.
std::u32string_view AfterFirstLetter(std::u32string_view stem) {
  size_t i = 1;
  while (i < stem.size() && IsHaraka(stem[i])) ++i;
  return stem.substr(i);
}

// The word after proclitic `chain` with the article (ال, or ل after لِ) taken off when
// `article`; nullopt when it has none there, or cannot (no article after the future's س).
std::optional<std::u32string_view> ArticleBody(std::u32string_view chain, std::u32string_view rest,
                                               bool article, bool future) {
  if (!article) return rest;
  if (future) return std::nullopt;
  if (!chain.empty() && chain.back() == U'ل') {
    if (rest.empty() || rest[0] != U'ل') return std::nullopt;
    return rest.substr(1);
  }
  if (rest.substr(0, 2) != U"ال") return std::nullopt;
  return rest.substr(2);
}

// The word classes `split` can be given its clitics; 0 for none.
ClassMask SplitClasses(const CliticSplit& split, bool future) {
  ClassMask classes = kAnyClass;
  if (split.article) classes &= MaskOf(WordClass::kNoun);
  const std::u32string_view chain = split.proclitics;
  if (!chain.empty()) {
    const char32_t last = chain.back();
    if (last == U'ب' || last == U'ك') classes &= kNounish;
    if (last == U'ل') classes &= kNounish | MaskOf(WordClass::kImperfect);
    if (future) {
      if (!IsPersonPrefix(split.stem[0])) return 0;
      classes &= MaskOf(WordClass::kImperfect);
    }
  }
  if (!split.suffix.empty()) classes &= ~MaskOf(WordClass::kFixed);
  if (split.suffix == U"ي") classes &= MaskOf(WordClass::kNoun);
  return classes;
}

// Adds `split` to `splits`, after its restored form when a suffix changed how its noun stem ends:
// before a suffix ة is written ت, ى is written ا, and ء sits on ئ or ؤ (كفاءتها, مستواه, أدائها).
void AddSplit(CliticSplit split, std::vector<CliticSplit>& splits) {
  if (!split.suffix.empty() && (split.classes & MaskOf(WordClass::kNoun)) != 0) {
    const char32_t last = split.stem.back();
    const char32_t base = last == U'ت'                   ? U'ة'
                          : last == U'ا'                 ? U'ى'
                          : last == U'ئ' || last == U'ؤ' ? U'ء'
                                                         : 0;
    if (base != 0) {
      CliticSplit restored = split;
      restored.stem.back() = base;
      restored.written_last = last;
      restored.classes = MaskOf(WordClass::kNoun);
      splits.push_back(std::move(restored));
    }
  }
  splits.push_back(std::move(split));
}

}  // namespace

std::vector<CliticSplit> SplitClitics(std::u32string_view bare) {
  std::vector<CliticSplit> splits;
  for (std::u32string_view chain : kProcliticChains) {
    if (bare.substr(0, chain.size()) != chain) continue;
    const bool future = !chain.empty() && chain.back() == U'س';
    for (int article = 0; article < 2; ++article) {
      const auto body = ArticleBody(chain, bare.substr(chain.size()), article, future);
      if (!body) continue;
      for (std::u32string_view suffix : kSuffixes) {
        if (body->size() < suffix.size() + 2) continue;
        if (body->substr(body->size() - suffix.size()) != suffix) continue;
        if (article && !suffix.empty()) continue;
        CliticSplit split;
        split.proclitics = chain;
        split.article = article;
        split.stem = body->substr(0, body->size() - suffix.size());
        split.suffix = suffix;
        split.classes = SplitClasses(split, future);
        if (split.classes != 0) AddSplit(std::move(split), splits);
      }
    }
  }
  std::stable_sort(splits.begin(), splits.end(), [](const CliticSplit& a, const CliticSplit& b) {
    if (Cost(a) != Cost(b)) return Cost(a) < Cost(b);
    return a.stem.size() > b.stem.size();
  });
  return splits;
}

std::u32string AttachClitics(const CliticSplit& split, const StemEntry& entry) {
  std::u32string stem = entry.vocalized;
  if (!split.suffix.empty()) {
    bool kasra = false;
    stem = BeforeSuffix(std::move(stem), entry.word_class, split.written_last, &kasra);
    stem += SuffixVowels(split.suffix, kasra);
  }
  if (stem.empty()) return stem;
  const bool lam = !split.proclitics.empty() && split.proclitics.back() == U'ل';
  std::u32string out;
  if (!split.article) {
    out = ProcliticVowels(split.proclitics);
    // لِ + الْ + a noun beginning with ل is written with two lams (للجنة): the article is there,
    // assimilated, so the stem's ل doubles: لِلَّجْنَة. (Names, which take no article, keep لِلِيبْيَا.)
    if (lam && stem[0] == U'ل' && entry.word_class == WordClass::kNoun) {
      out.push_back(U'ل');
      std::u32string_view rest = std::u32string_view(stem).substr(1);
      if (rest.empty() || rest[0] != kShadda) out.push_back(kShadda);
      out += rest;
      return out;
    }
    if (!split.proclitics.empty() && stem[0] == U'ا') {
      out.push_back(kAlefWasla);
      out += AfterFirstLetter(stem);
    } else {
      out += stem;
    }
    return out;
  }
  // The article.
  if (lam) {
    out = ProcliticVowels(split.proclitics);  // … لِ
    out += U"ل";
  } else {
    out = ProcliticVowels(split.proclitics);
    out.push_back(split.proclitics.empty() ? U'ا' : kAlefWasla);
    out.push_back(U'ل');
  }
  const char32_t first = stem[0];
  if (first == U'ا' || first == kAlefWasla) {  // hamzat wasl: al-istiqrār
    out.push_back(kKasra);
    out.push_back(kAlefWasla);
    out += AfterFirstLetter(stem);
  } else if (IsSunLetter(first)) {
    out.push_back(first);
    std::u32string_view rest = std::u32string_view(stem).substr(1);
    if (rest.empty() || rest[0] != kShadda) out.push_back(kShadda);
    out += rest;
  } else {
    out.push_back(kSukun);
    out += stem;
  }
  return out;
}

}  // namespace rawi
