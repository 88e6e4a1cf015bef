// Checks on raw article bytes before they are treated as text.
#pragma once

#include <optional>
#include <string_view>

namespace rawi {

// Byte offset of the first ill-formed UTF-8 sequence, or nullopt when `bytes` is valid UTF-8.
std::optional<size_t> FindInvalidUtf8(std::string_view bytes);

// Drops a leading UTF-8 byte order mark.
std::string_view StripUtf8Bom(std::string_view bytes);

}  // namespace rawi
