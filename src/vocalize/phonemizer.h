// How the vocalizer and its scores ask the speech engine to read a word: its IPA, as
// `espeak-ng --ipa` prints it. The CLI passes the one eSpeak NG engine of the process; tests pass
// a fake.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace rawi {

using Phonemizer = std::function<std::string(std::string_view text)>;

}  // namespace rawi
