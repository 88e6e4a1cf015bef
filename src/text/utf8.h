// UTF-8 helpers shared by every stage: checks on raw bytes, conversion to and from UTF-32 (the
// normalizer and the vocalizer scan code point by code point), counting and cutting by code point,
// and text made safe for XML.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rawi {

// Valid UTF-8 to UTF-32; ill-formed sequences become U+FFFD.
std::u32string ToUtf32(std::string_view utf8);
std::string ToUtf8(std::u32string_view text);

// The code point at byte `i` of `s` (i < s.size()), moving `i` past it; U+FFFD for an ill-formed
// sequence (then `i` moves past the bytes it spans).
char32_t NextCodePoint(std::string_view s, size_t& i);

// Number of Unicode code points in valid UTF-8.
size_t CodePointCount(std::string_view s);

// `s` without its first `count` code points (valid UTF-8; empty when it has no more).
std::string_view DropCodePoints(std::string_view s, size_t count);

// The last code point of valid UTF-8 (0 for an empty string).
char32_t LastCodePoint(std::string_view s);

// `s` without the code points XML 1.0 forbids (U+0000–U+0008, U+000E–U+001F, U+FFFE, U+FFFF;
// U+000B and U+000C become a space): one such character in an article or a config string must not
// make a feed or caption file unreadable. Bytes that are not valid UTF-8 are kept as they are.
std::string XmlSafe(std::string_view s);

// Byte offset of the first ill-formed UTF-8 sequence, or nullopt when `bytes` is valid UTF-8.
std::optional<size_t> FindInvalidUtf8(std::string_view bytes);

// Drops a leading UTF-8 byte order mark.
std::string_view StripUtf8Bom(std::string_view bytes);

}  // namespace rawi
