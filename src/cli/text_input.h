// Text for the line-oriented commands (normalize, phonemes): a file or "-" for stdin.
#pragma once

#include <string>

namespace rawi::cli {

// The whole input as valid UTF-8; throws a FileError naming the file ("stdin" for "-") when it is
// missing, a folder, binary or not UTF-8. Empty input is allowed.
std::string ReadTextInput(const std::string& path);

}  // namespace rawi::cli
