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

// The last code point of valid UTF-8 (0 for an empty string).
char32_t LastCodePoint(std::string_view s);

// Number of white-space separated words.
size_t WordCount(std::string_view s);

}  // namespace rawi
