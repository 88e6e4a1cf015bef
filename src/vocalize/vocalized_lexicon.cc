#include "vocalize/vocalized_lexicon.h"

#include <algorithm>

#include "text/utf8.h"
#include "util/data_file.h"
#include "util/error.h"
#include "vocalize/arabic_letters.h"

namespace rawi {
namespace {

bool HasArabicLetter(std::u32string_view text) {
  return std::any_of(text.begin(), text.end(), IsArabicLetter);
}

bool IsWord(std::u32string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](char32_t c) { return IsArabicLetter(c) || IsHaraka(c); });
}

}  // namespace

void VocalizedLexicon::Load(const std::filesystem::path& file) {
  LoadText(ReadDataFile(file, "vocalized lexicon"), file.string());
}

void VocalizedLexicon::LoadText(std::string_view text, const std::string& origin) {
  for (const DataLine& line : DataLines(text, origin)) {
    const auto& fields = line.fields;
    const auto bad = [&](const std::string& problem) { return line.Problem(problem); };
    if (fields.size() > 3) throw bad("expected [WRITTEN<TAB>]VOCALIZED[<TAB>n|v|p|x]");
    std::u32string first = ToUtf32(fields[0]);
    std::u32string written;
    std::u32string vocalized;
    size_t next = 1;
    if (fields.size() >= 2 && HasArabicLetter(ToUtf32(fields[1]))) {
      written = Bare(first);
      vocalized = ToUtf32(fields[1]);
      next = 2;
    } else {
      vocalized = first;
      written = Bare(first);
    }
    if (!IsWord(written) || !IsWord(vocalized)) throw bad("not one Arabic word");
    WordClass word_class = WordClass::kNoun;
    if (next < fields.size()) {
      if (fields[next].size() != 1 || !ClassFromLetter(fields[next][0], &word_class)) {
        throw bad("unknown class '" + std::string(fields[next]) + "' (use n, v, p or x)");
      }
    }
    Add(std::move(written), std::move(vocalized), word_class);
  }
}

void VocalizedLexicon::Add(std::u32string written, std::u32string vocalized, WordClass word_class) {
  TidyMarks(vocalized);
  DropFinalVowel(vocalized);
  const StemEntry entry{std::move(vocalized), word_class};
  auto& exact = exact_[written];
  if (std::any_of(exact.begin(), exact.end(), [&](const StemEntry& e) {
        return e.vocalized == entry.vocalized && e.word_class == entry.word_class;
      })) {
    return;
  }
  exact.push_back(entry);
  loose_[LooseKey(written)].emplace_back(written, entry);
  ++size_;
}

void VocalizedLexicon::Find(std::u32string_view bare, std::vector<StemEntry>& out) const {
  const std::u32string key(bare);
  const auto exact = exact_.find(key);
  if (exact != exact_.end()) out.insert(out.end(), exact->second.begin(), exact->second.end());
  if (!loose_lookup_) return;
  const auto loose = loose_.find(LooseKey(key));
  if (loose == loose_.end()) return;
  for (const auto& [written, entry] : loose->second) {
    if (written != key) out.push_back(entry);  // else already there as an exact entry
  }
}

}  // namespace rawi
