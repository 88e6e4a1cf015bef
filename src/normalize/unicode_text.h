// UTF-8 <-> UTF-32 for the normalizer, which scans text code point by code point.
#pragma once

#include <string>
#include <string_view>

namespace rawi {

// Valid UTF-8 to UTF-32; ill-formed sequences become U+FFFD.
std::u32string ToUtf32(std::string_view utf8);
std::string ToUtf8(std::u32string_view text);

}  // namespace rawi
