#include "segment/abbreviations.h"

#include "util/data_file.h"
#include "util/error.h"

namespace rawi {

Abbreviations Abbreviations::FromFile(const std::filesystem::path& file) {
  return FromText(ReadDataFile(file, "abbreviations"), file.string());
}

Abbreviations Abbreviations::FromText(std::string_view text, const std::string& origin) {
  Abbreviations abbreviations;
  for (const DataLine& line : DataLines(text, origin)) {
    const auto& fields = line.fields;
    if (fields.size() < 3 || fields[0].empty() || fields[2].empty()) {
      throw line.Problem("expected WRITTEN<TAB>SPOKEN<TAB>LANGUAGE");
    }
    abbreviations.written_[std::string(fields[2])].emplace_back(fields[0]);
  }
  return abbreviations;
}

const std::vector<std::string>& Abbreviations::For(const std::string& language) const {
  static const std::vector<std::string> kNone;
  const auto it = written_.find(language);
  return it == written_.end() ? kNone : it->second;
}

}  // namespace rawi
