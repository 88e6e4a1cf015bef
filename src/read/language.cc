#include "read/language.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace rawi {

std::string DetectLanguage(std::string_view text) {
  size_t arabic = 0;
  size_t latin = 0;
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_ARABIC) ++arabic;
    if (script == USCRIPT_LATIN) ++latin;
  }
  return arabic > latin ? "ar" : "en";
}

}  // namespace rawi
