// Small UTF-8 string helpers shared by the stages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rawi {

// Removes leading and trailing white space (ASCII and Unicode spaces, including NBSP).
std::string_view Trim(std::string_view s);

// Splits on '\n', dropping a '\r' before it.
std::vector<std::string_view> SplitLines(std::string_view s);

// The tab-separated fields of a line, each trimmed (a data file's WRITTEN<TAB>SPOKEN…).
std::vector<std::string_view> SplitTabs(std::string_view line);

// A duration for people: "4:45" (minutes and rounded seconds).
std::string MinutesSeconds(double seconds);

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

// Number of white-space separated words.
size_t WordCount(std::string_view s);

}  // namespace rawi
