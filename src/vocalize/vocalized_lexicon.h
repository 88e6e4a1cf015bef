// A vocalized lexicon: stems with their short vowels, looked up by how they are written.
//
// Data files (voices/ar-vocalized-lexicon.tsv, a user's --lexicon) have one stem a line:
//   VOCALIZED[<TAB>CLASS]            the written form is VOCALIZED without its marks
//   WRITTEN<TAB>VOCALIZED[<TAB>CLASS] for a stem written otherwise
// CLASS is n (noun or adjective, the default), v (imperfect verb, as يَفْعَل), p (past verb, as
// فَعَل) or x (as written only: function words, names); see stem_entry.h. Lines starting with
// '#' and blank lines are ignored. A written form may have several entries: the first listed is
// the one news uses most, the others serve words whose author wrote a mark that rules it out.
// Lookups also try a spelling-tolerant key (الامم finds أُمَم; see LooseKey).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "vocalize/stem_entry.h"

namespace rawi {

class VocalizedLexicon : public StemSource {
 public:
  // `loose`: also find entries by the spelling-tolerant key (off for the thesaurus, whose rare
  // words would then stand in for common ones: إلى is not أَلَى).
  explicit VocalizedLexicon(bool loose = true) : loose_lookup_(loose) {}

  // Throws a FileError naming the file (and line) when it cannot be read or a line is malformed.
  void Load(const std::filesystem::path& file);
  void LoadText(std::string_view text, const std::string& origin);

  // Adds an entry after the ones already there for its written form. Marks are tidied (shadda
  // first) and the final vowel is dropped (pausal form).
  void Add(std::u32string written, std::u32string vocalized, WordClass word_class);

  // Exact written form first, then (when loose) entries only the spelling-tolerant key matches.
  void Find(std::u32string_view bare, std::vector<StemEntry>& out) const override;

  size_t size() const { return size_; }

 private:
  std::unordered_map<std::u32string, std::vector<StemEntry>> exact_;
  // By LooseKey, with the exact written form of each entry.
  std::unordered_map<std::u32string, std::vector<std::pair<std::u32string, StemEntry>>> loose_;
  size_t size_ = 0;
  bool loose_lookup_;
};

}  // namespace rawi
