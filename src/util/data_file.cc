#include "util/data_file.h"

#include <fstream>
#include <sstream>

#include "text/whitespace.h"
#include "util/error.h"

namespace rawi {

std::string ReadDataFile(const std::filesystem::path& file, const std::string& what) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw FileError(file.string(), "cannot read " + what);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Error DataLine::Problem(const std::string& problem) const {
  return FileError(*origin, "line " + std::to_string(number) + ": " + problem);
}

std::vector<DataLine> DataLines(std::string_view text, const std::string& origin) {
  std::vector<DataLine> lines;
  int number = 0;
  for (std::string_view line : SplitLines(text)) {
    ++number;
    const std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    lines.push_back({number, SplitTabs(line), &origin});
  }
  return lines;
}

}  // namespace rawi
