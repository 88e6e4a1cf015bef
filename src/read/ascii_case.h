// ASCII case folding, for the names markup and protocols spell in any case (tags, attribute
// values, charsets, URL schemes); other bytes, UTF-8 included, are left as they are.
#pragma once

#include <string>
#include <string_view>

namespace rawi {

// `s` with A-Z lowered.
std::string AsciiLower(std::string_view s);

}  // namespace rawi
