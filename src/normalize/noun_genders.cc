#include "normalize/noun_genders.h"

#include "normalize/unicode_text.h"
#include "util/data_file.h"
#include "util/error.h"
#include "util/text.h"

namespace rawi {

void NounGenders::Load(const std::filesystem::path& file) {
  LoadText(ReadDataFile(file, "noun genders"), file.string());
}

void NounGenders::LoadText(std::string_view text, const std::string& origin) {
  int number = 0;
  for (std::string_view line : SplitLines(text)) {
    ++number;
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    const size_t tab = line.find('\t');
    const std::string_view gender = tab == std::string_view::npos ? "" : Trim(line.substr(tab + 1));
    if (tab == 0 || (gender != "m" && gender != "f")) {
      throw FileError(origin, "line " + std::to_string(number) + ": expected WORD<TAB>m|f");
    }
    genders_[ToUtf32(Trim(line.substr(0, tab)))] =
        gender == "f" ? Gender::kFeminine : Gender::kMasculine;
  }
}

Gender NounGenders::Of(const std::u32string& word) const {
  if (auto it = genders_.find(word); it != genders_.end()) return it->second;
  std::u32string stem = word;
  if (stem.rfind(U"ال", 0) == 0 && stem.size() > 3) stem = stem.substr(2);
  if (auto it = genders_.find(stem); it != genders_.end()) return it->second;
  if (!stem.empty() && stem.back() == U'ة') return Gender::kFeminine;
  if (stem.size() > 3 && stem.substr(stem.size() - 2) == U"ات") return Gender::kFeminine;
  return Gender::kMasculine;
}

}  // namespace rawi
