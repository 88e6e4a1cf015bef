// White space in UTF-8 text, as every stage means it: ASCII and Unicode spaces (no-break spaces
// included), tabs and line breaks. (The HTML tokenizer's ASCII-only white space and the
// normalizer's in-line gaps are named for what they are where they are used.)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rawi {

// Whether the code point `c` is white space (Unicode White_Space, tab, CR, LF).
bool IsSpace(char32_t c);

// Removes leading and trailing white space.
std::string_view Trim(std::string_view s);

// Every run of white space (line breaks included) becomes one ASCII space; leading and trailing
// white space, soft hyphens and zero-width spaces are dropped. Ill-formed UTF-8 is copied
// through untouched. For text taken out of markup (HTML, Markdown), where line breaks carry no
// meaning.
std::string CollapseWhitespace(std::string_view text);

// Number of white-space separated words.
size_t WordCount(std::string_view s);

// Splits on '\n', dropping a '\r' before it.
std::vector<std::string_view> SplitLines(std::string_view s);

// The tab-separated fields of a line, each trimmed (a data file's WRITTEN<TAB>SPOKEN…).
std::vector<std::string_view> SplitTabs(std::string_view line);

}  // namespace rawi
