#include "cli/text_input.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "read/encoding.h"
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
  // The articles' decoder: byte order marks, binary data, invalid UTF-8, legacy Arabic charsets.
  return DecodeArticle(buffer.str(), "", name, /*markup=*/false);
}

}  // namespace rawi::cli
