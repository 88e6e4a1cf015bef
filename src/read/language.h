// Which language a text is written in, as far as its script tells.
#pragma once

#include <string>
#include <string_view>

namespace rawi {

// "ar" when Arabic-script letters outnumber Latin ones, else "en". The full per-paragraph
// language detection belongs to the HTML/Markdown readers; this is the plain-text default.
std::string DetectLanguage(std::string_view text);

}  // namespace rawi
