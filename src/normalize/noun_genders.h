// The gender of counted nouns, from voices/ar-noun-gender.tsv (WORD<TAB>m|f) and the word's
// ending: ة or the plural ات is feminine unless listed, anything else masculine.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>

#include "normalize/arabic_numbers.h"

namespace rawi {

class NounGenders {
 public:
  // Throws a FileError naming the file and line of a malformed entry.
  void Load(const std::filesystem::path& file);
  void LoadText(std::string_view text, const std::string& origin);

  // `word` without diacritics; a leading ال and the proclitics و ف ب ل are ignored.
  Gender Of(const std::u32string& word) const;

 private:
  std::unordered_map<std::u32string, Gender> genders_;
};

}  // namespace rawi
