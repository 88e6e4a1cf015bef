#include "vocalize/pattern_set.h"

#include <algorithm>
#include <charconv>

#include "normalize/diacritics.h"
#include "normalize/unicode_text.h"
#include "util/data_file.h"
#include "util/error.h"
#include "util/text.h"
#include "vocalize/arabic_letters.h"

namespace rawi {
namespace {

bool IsPlaceholder(char32_t c) { return c == U'ف' || c == U'ع' || c == U'ل'; }

bool CanBeRoot(char32_t c) {
  return IsArabicLetter(c) && c != U'ا' && c != U'ى' && c != U'ة' && c != U'آ' && c != kAlefWasla;
}

bool LiteralMatches(char32_t pattern, char32_t written) {
  if (pattern == written) return true;
  return written == U'ا' && (pattern == U'أ' || pattern == U'إ' || pattern == U'آ');
}

}  // namespace

void PatternSet::Load(const std::filesystem::path& file) {
  LoadText(ReadDataFile(file, "patterns"), file.string());
}

void PatternSet::LoadText(std::string_view text, const std::string& origin) {
  for (const DataLine& line : DataLines(text, origin)) {
    const auto& fields = line.fields;
    const auto bad = [&](const std::string& problem) { return line.Problem(problem); };
    if (fields.size() != 3) throw bad("expected PATTERN<TAB>n|v|p<TAB>WEIGHT");
    Pattern pattern;
    pattern.vocalized = ToUtf32(fields[0]);
    TidyMarks(pattern.vocalized);
    DropFinalVowel(pattern.vocalized);
    pattern.letters = Bare(pattern.vocalized);
    if (pattern.letters.empty() ||
        !std::all_of(pattern.letters.begin(), pattern.letters.end(), IsArabicLetter)) {
      throw bad("not one Arabic word");
    }
    for (char32_t c : pattern.letters) pattern.root.push_back(IsPlaceholder(c));
    if (fields[1].size() != 1 || !ClassFromLetter(fields[1][0], &pattern.word_class)) {
      throw bad("unknown class '" + std::string(fields[1]) + "' (use n, v or p)");
    }
    const auto [end, ec] =
        std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), pattern.weight);
    if (ec != std::errc() || end != fields[2].data() + fields[2].size()) {
      throw bad("weight '" + std::string(fields[2]) + "' is not a whole number");
    }
    auto& same_length = by_length_[pattern.letters.size()];
    same_length.push_back(std::move(pattern));
    std::stable_sort(same_length.begin(), same_length.end(),
                     [](const Pattern& a, const Pattern& b) { return a.weight > b.weight; });
    ++size_;
  }
}

void PatternSet::Find(std::u32string_view bare, std::vector<StemEntry>& out) const {
  if (bare.substr(0, 2) == U"ال") return;  // the article, never a pattern's letters
  const auto it = by_length_.find(bare.size());
  if (it == by_length_.end()) return;
  for (const Pattern& p : it->second) {
    bool fits = true;
    for (size_t i = 0; fits && i < bare.size(); ++i) {
      fits = p.root[i] ? CanBeRoot(bare[i]) : LiteralMatches(p.letters[i], bare[i]);
      // A placeholder used twice stands for one letter twice (a doubled root: تُفَعِّع).
      for (size_t j = 0; fits && p.root[i] && j < i; ++j) {
        if (p.root[j] && p.letters[j] == p.letters[i]) fits = bare[j] == bare[i];
      }
    }
    if (!fits) continue;
    StemEntry entry{{}, p.word_class};
    entry.vocalized.reserve(p.vocalized.size());
    size_t letter = 0;
    for (char32_t c : p.vocalized) {
      if (IsHaraka(c)) {
        // A root hamza with kasra sits below its alef: إِدَارَة, not أِدَارَة.
        if (c == kKasra && !entry.vocalized.empty() && entry.vocalized.back() == U'أ') {
          entry.vocalized.back() = U'إ';
        }
        entry.vocalized.push_back(c);
      } else {
        entry.vocalized.push_back(p.root[letter] ? bare[letter] : p.letters[letter]);
        ++letter;
      }
    }
    out.push_back(std::move(entry));
  }
}

}  // namespace rawi
