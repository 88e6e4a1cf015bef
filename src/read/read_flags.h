// The reading flags `rawi render` and `rawi segment` share, checked once for both.
#pragma once

#include <optional>
#include <string>

#include "read/input_format.h"

namespace rawi {

// --input-format VALUE: nullopt for "" (tell per input); a usage error naming the formats for
// anything but txt, md, html.
std::optional<InputFormat> InputFormatFlag(const std::string& value);

// --lang VALUE: its primary subtag ("ar-LY" -> "ar"), "" for ""; a usage error unless it is a
// language tag.
std::string LanguageFlag(const std::string& value);

}  // namespace rawi
