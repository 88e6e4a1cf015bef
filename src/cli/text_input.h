// Text for the line-oriented commands (normalize, phonemes): a file or "-" for stdin.
#pragma once

#include <string>

namespace rawi::cli {

// The whole input as UTF-8, decoded as articles are (read/encoding.h); throws a FileError naming
// the file ("stdin" for "-") when it is missing, a folder, binary or in no encoding rawi can
// tell. Empty input is allowed.
std::string ReadTextInput(const std::string& path);

}  // namespace rawi::cli
