#include "read/language.h"

#include "read/paragraph_language.h"

namespace rawi {

std::string DetectLanguage(std::string_view text) { return ScriptLanguage(text).value_or("en"); }

}  // namespace rawi
