#include "segment/abbreviations.h"

#include "util/data_file.h"
#include "util/error.h"
#include "util/text.h"

namespace rawi {

Abbreviations Abbreviations::FromFile(const std::filesystem::path& file) {
  return FromText(ReadDataFile(file, "abbreviations"), file.string());
}

Abbreviations Abbreviations::FromText(std::string_view text, const std::string& origin) {
  Abbreviations abbreviations;
  int line_number = 0;
  for (std::string_view line : SplitLines(text)) {
    ++line_number;
    if (Trim(line).empty() || Trim(line).front() == '#') continue;
    const size_t first_tab = line.find('\t');
    const size_t second_tab =
        first_tab == std::string_view::npos ? first_tab : line.find('\t', first_tab + 1);
    const std::string_view written =
        Trim(line.substr(0, first_tab == std::string_view::npos ? 0 : first_tab));
    const std::string_view language = second_tab == std::string_view::npos
                                          ? std::string_view()
                                          : Trim(line.substr(second_tab + 1));
    if (written.empty() || language.empty()) {
      throw FileError(origin, "line " + std::to_string(line_number) +
                                  ": expected WRITTEN<TAB>SPOKEN<TAB>LANGUAGE");
    }
    abbreviations.written_[std::string(language)].emplace_back(written);
  }
  return abbreviations;
}

const std::vector<std::string>& Abbreviations::For(const std::string& language) const {
  static const std::vector<std::string> kNone;
  const auto it = written_.find(language);
  return it == written_.end() ? kNone : it->second;
}

}  // namespace rawi
