// Whole-word replacements read from TSV data files: WRITTEN<TAB>SPOKEN[<TAB>LANGUAGE].
// Used for abbreviations (voices/abbreviations.tsv: د. -> الدكتور) and pronunciation lexicons
// (voices/ar-lexicon.tsv and --lexicon FILE: مئة -> مِئَة, names, loanwords). Lines starting
// with '#' and blank lines are ignored. Later entries for the same written form win, so a user's
// file overrides the project's.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rawi {

class WordLexicon {
 public:
  // Adds the entries of `file` whose LANGUAGE column is empty or equals `language`; throws a
  // FileError naming the file and line of a malformed entry.
  void Load(const std::filesystem::path& file, const std::string& language);
  void LoadText(std::string_view text, const std::string& origin, const std::string& language);
  void Add(std::u32string written, std::u32string spoken);

  // The longest entry whose written form starts at text[pos] and ends at a word boundary, if the
  // character before pos is not a letter. Returns the matched length (0 for none).
  size_t Match(const std::u32string& text, size_t pos, const std::u32string** spoken) const;

  size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::u32string, std::u32string> entries_;
  std::unordered_map<char32_t, std::vector<size_t>> lengths_by_first_;  // descending lengths
};

}  // namespace rawi
