#include "normalize/noun_genders.h"

#include "text/utf8.h"
#include "util/data_file.h"
#include "util/error.h"

namespace rawi {

void NounGenders::Load(const std::filesystem::path& file) {
  LoadText(ReadDataFile(file, "noun genders"), file.string());
}

void NounGenders::LoadText(std::string_view text, const std::string& origin) {
  for (const DataLine& line : DataLines(text, origin)) {
    const auto& fields = line.fields;
    if (fields.size() != 2 || fields[0].empty() || (fields[1] != "m" && fields[1] != "f")) {
      throw line.Problem("expected WORD<TAB>m|f");
    }
    genders_[ToUtf32(fields[0])] = fields[1] == "f" ? Gender::kFeminine : Gender::kMasculine;
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
