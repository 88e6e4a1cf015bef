#include "text/whitespace.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/utf8.h"

namespace rawi {

bool IsSpace(char32_t c) {
  return c == U'\t' || c == U'\n' || c == U'\r' || u_isUWhiteSpace(static_cast<UChar32>(c));
}

std::string_view Trim(std::string_view s) {
  size_t begin = 0;
  while (begin < s.size()) {
    size_t next = begin;
    if (!IsSpace(NextCodePoint(s, next))) break;
    begin = next;
  }
  size_t end = s.size();
  while (end > begin) {
    int32_t pos = static_cast<int32_t>(end);
    UChar32 c;
    U8_PREV(s.data(), 0, pos, c);
    if (!IsSpace(static_cast<char32_t>(c))) break;
    end = static_cast<size_t>(pos);
  }
  return s.substr(begin, end - begin);
}

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
    if (c >= 0 && IsSpace(static_cast<char32_t>(c))) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(text.data() + start, static_cast<size_t>(i - start));
  }
  return out;
}

size_t WordCount(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < s.size();) {
    bool space = IsSpace(NextCodePoint(s, i));
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::vector<std::string_view> SplitLines(std::string_view s) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = nl + 1;
  }
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(Trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

}  // namespace rawi
