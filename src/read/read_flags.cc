#include "read/read_flags.h"

#include "read/paragraph_language.h"
#include "util/error.h"

namespace rawi {

std::optional<InputFormat> InputFormatFlag(const std::string& value) {
  if (value.empty()) return std::nullopt;
  if (auto format = ParseInputFormat(value)) return format;
  throw UsageError("--input-format " + value + ": unknown format (use " + InputFormatNames() + ")");
}

std::string LanguageFlag(const std::string& value) {
  if (value.empty()) return "";
  if (auto primary = PrimaryLanguageSubtag(value)) return *primary;
  throw UsageError("--lang " + value + ": expected a language tag such as ar or en");
}

}  // namespace rawi
