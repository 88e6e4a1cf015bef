// Reading the project's and users' data files (lexicons, patterns, lists) whole.
#pragma once

#include <filesystem>
#include <string>

namespace rawi {

// The file's bytes; throws a FileError "FILE: cannot read WHAT" when it cannot be opened.
std::string ReadDataFile(const std::filesystem::path& file, const std::string& what);

}  // namespace rawi
