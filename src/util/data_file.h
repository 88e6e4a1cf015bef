// Reading the project's and users' data files (lexicons, patterns, lists) whole.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"

namespace rawi {

// The file's bytes; throws a FileError "FILE: cannot read WHAT" when it cannot be opened.
std::string ReadDataFile(const std::filesystem::path& file, const std::string& what);

// One line of a tab-separated data file that carries data.
struct DataLine {
  int number = 0;                        // 1-based
  std::vector<std::string_view> fields;  // split at tabs, each trimmed
  const std::string* origin = nullptr;   // the file, for messages

  // "ORIGIN: line N: PROBLEM", to throw.
  Error Problem(const std::string& problem) const;
};

// The lines of `text` that are neither blank nor '#' comments. The fields view into `text`.
std::vector<DataLine> DataLines(std::string_view text, const std::string& origin);

}  // namespace rawi
