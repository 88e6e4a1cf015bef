#include "read/whitespace.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace rawi {

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    if (c == 0xAD || c == 0x200B) continue;  // invisible: soft hyphen, zero-width space
    if (c >= 0 && (u_isUWhiteSpace(c) || c == '\t')) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(text.data() + start, static_cast<size_t>(i - start));
  }
  return out;
}

}  // namespace rawi
