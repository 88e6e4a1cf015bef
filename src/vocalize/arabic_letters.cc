#include "vocalize/arabic_letters.h"

#include <algorithm>

#include "text/diacritics.h"

namespace rawi {
namespace {

bool IsVowelMark(char32_t c) {
  return c == kFatha || c == kDamma || c == kKasra || c == kDaggerAlef || c == kFathatan ||
         c == U'\u064C' || c == U'\u064D';
}

bool IsTanween(char32_t c) { return c >= U'\u064B' && c <= U'\u064D'; }

// Letters and the marks that follow each, as (letter index in `word`, end of its marks).
struct Letter {
  size_t at;
  size_t marks_end;
};

std::basic_string<Letter> LettersOf(std::u32string_view word) {
  std::basic_string<Letter> letters;
  for (size_t i = 0; i < word.size(); ++i) {
    if (IsHaraka(word[i]) && !letters.empty()) {
      letters.back().marks_end = i + 1;
    } else if (!IsHaraka(word[i])) {
      letters.push_back({i, i + 1});
    }
  }
  return letters;
}

std::u32string_view MarksOf(std::u32string_view word, const Letter& letter) {
  return word.substr(letter.at + 1, letter.marks_end - letter.at - 1);
}

bool HasVowel(std::u32string_view marks) {
  return std::any_of(marks.begin(), marks.end(), IsVowelMark);
}

bool IsAlef(char32_t c) { return c == U'ا' || c == U'ٱ' || c == U'ى'; }

}  // namespace

bool IsArabicLetter(char32_t c) {
  return (c >= U'\u0621' && c <= U'\u063A') || (c >= U'\u0641' && c <= U'\u064A') ||
         c == kAlefWasla || c == U'پ' || c == U'چ' || c == U'ژ' || c == U'ڤ' || c == U'گ' ||
         c == U'ک' || c == U'ی';
}

bool IsSunLetter(char32_t c) {
  static constexpr std::u32string_view kSun = U"تثدذرزسشصضطظلن";
  return kSun.find(c) != std::u32string_view::npos;
}

bool IsVowelCarrier(char32_t c) {
  return c == U'ا' || c == U'ى' || c == U'آ' || c == kAlefWasla || c == U'ة';
}

std::u32string LooseKey(std::u32string_view bare) {
  std::u32string out(bare);
  for (char32_t& c : out) {
    if (c == U'أ' || c == U'إ' || c == U'آ' || c == kAlefWasla) c = U'ا';
  }
  if (!out.empty() && out.back() == U'ى') out.back() = U'ي';
  if (!out.empty() && out.back() == U'ة') out.back() = U'ه';
  return out;
}

MarkState MarkStateOf(std::u32string_view word) {
  const auto letters = LettersOf(word);
  bool any = false;
  for (const Letter& l : letters) any = any || l.marks_end > l.at + 1;
  if (!any) return MarkState::kNone;
  for (size_t i = 0; i + 1 < letters.size(); ++i) {
    const char32_t c = word[letters[i].at];
    if (IsVowelCarrier(c) || letters[i].marks_end > letters[i].at + 1) continue;
    const char32_t next = word[letters[i + 1].at];
    if (IsAlef(next)) continue;  // a fatha before alef goes without saying
    if (i > 0) {
      const char32_t previous = word[letters[i - 1].at];
      if (c == U'ل' && IsAlef(previous)) continue;  // the article's lam
      // لِلشَّبَاب: the article's lam after لِ, before a doubled sun letter.
      if (c == U'ل' && previous == U'ل' &&
          MarksOf(word, letters[i + 1]).find(kShadda) != std::u32string_view::npos) {
        continue;
      }
      if ((c == U'و' || c == U'ي') && HasVowel(MarksOf(word, letters[i - 1]))) continue;
    }
    return MarkState::kPartial;
  }
  return MarkState::kFull;
}

bool AgreesWithMarks(std::u32string_view written, std::u32string_view vocalized) {
  const auto w = LettersOf(written);
  const auto v = LettersOf(vocalized);
  if (w.size() != v.size()) return false;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    const std::u32string_view vmarks = MarksOf(vocalized, v[i]);
    for (char32_t m : MarksOf(written, w[i])) {
      if (IsTanween(m) || m == kSukun) continue;  // case endings; sukun is the unmarked default
      const char32_t want = m == kDaggerAlef ? kFatha : m;
      const bool found = std::any_of(vmarks.begin(), vmarks.end(), [&](char32_t x) {
        return x == want || (want == kFatha && x == kDaggerAlef);
      });
      if (!found) return false;
    }
  }
  return true;
}

void DropFinalVowel(std::u32string& word) {
  size_t end = word.size();
  while (end > 0 && IsHaraka(word[end - 1])) --end;
  std::u32string kept;
  for (size_t i = end; i < word.size(); ++i) {
    if (word[i] == kShadda) kept.push_back(kShadda);
  }
  word.resize(end);
  word += kept;
}

void TidyMarks(std::u32string& word) {
  // A fatha typed after an alef belongs to the letter before it.
  for (size_t i = 1; i < word.size(); ++i) {
    if (word[i] != kFatha || word[i - 1] != U'ا') continue;
    word.erase(i, 1);
    const size_t alef = i - 1;
    bool has_vowel = false;
    size_t j = alef;
    while (j > 0 && IsHaraka(word[j - 1])) {
      has_vowel = has_vowel || IsVowelMark(word[j - 1]);
      --j;
    }
    if (!has_vowel && j > 0) word.insert(word.begin() + alef, kFatha);
    --i;
  }
  // A long ā after a letter with no mark at all: the fatha goes without saying, write it
  // (اِشْتِداد -> اِشْتِدَاد), so that every entry follows one convention.
  for (size_t i = 1; i < word.size(); ++i) {
    if (word[i] != U'ا' || IsHaraka(word[i - 1])) continue;
    word.insert(word.begin() + i, kFatha);
    ++i;
  }
  // Each mark once per letter.
  std::u32string out;
  out.reserve(word.size());
  size_t letter_start = 0;
  for (char32_t c : word) {
    if (IsHaraka(c)) {
      if (std::u32string_view(out).substr(letter_start).find(c) != std::u32string_view::npos) {
        continue;
      }
    } else {
      letter_start = out.size();
    }
    out.push_back(c);
  }
  word = std::move(out);
  PutShaddaFirst(word);
}

std::vector<WordSpan> ArabicWords(std::u32string_view text) {
  std::vector<WordSpan> words;
  for (size_t i = 0; i < text.size();) {
    if (!IsArabicLetter(text[i])) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < text.size() &&
           (IsArabicLetter(text[end]) || IsHaraka(text[end]) || text[end] == kTatweel)) {
      ++end;
    }
    words.push_back({i, end});
    i = end;
  }
  return words;
}

size_t LetterCount(std::u32string_view word) {
  return static_cast<size_t>(
      std::count_if(word.begin(), word.end(), [](char32_t c) { return !IsHaraka(c); }));
}

}  // namespace rawi
