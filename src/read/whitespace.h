// White space in text taken out of markup (HTML, Markdown), where line breaks carry no meaning.
#pragma once

#include <string>
#include <string_view>

namespace rawi {

// Every run of white space (ASCII or Unicode, including no-break spaces and line breaks) becomes
// one ASCII space; leading and trailing white space, soft hyphens and zero-width spaces are
// dropped. Ill-formed UTF-8 is copied through untouched.
std::string CollapseWhitespace(std::string_view text);

}  // namespace rawi
