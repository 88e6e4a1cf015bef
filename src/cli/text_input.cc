#include "cli/text_input.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "read/utf8.h"
#include "util/error.h"

namespace rawi::cli {

std::string ReadTextInput(const std::string& path) {
  const std::string name = path == "-" ? "stdin" : path;
  std::stringstream buffer;
  if (path == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw FileError(name, "no such file");
    if (std::filesystem::is_directory(path, ec))
      throw FileError(name, "is a folder, expected a text file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FileError(name, "cannot open file for reading");
    buffer << in.rdbuf();
  }
  std::string bytes = buffer.str();
  if (const size_t nul = bytes.find('\0'); nul != std::string::npos) {
    throw FileError(
        name, "binary data (NUL byte at offset " + std::to_string(nul) + "), expected UTF-8 text");
  }
  if (auto bad = FindInvalidUtf8(bytes)) {
    throw FileError(name, "invalid UTF-8 at byte " + std::to_string(*bad));
  }
  return std::string(StripUtf8Bom(bytes));
}

}  // namespace rawi::cli
