#include "read/html_limits.h"

#include <strings.h>

#include <cstring>

namespace rawi {
namespace {

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The position after the first `token` at or after `from` (ASCII case-insensitive), or the end.
size_t After(std::string_view html, size_t from, std::string_view token) {
  for (size_t i = from; i + token.size() <= html.size(); ++i) {
    const void* lt = std::memchr(html.data() + i, token[0], html.size() - i);
    if (lt == nullptr) break;
    i = static_cast<const char*>(lt) - html.data();
    if (i + token.size() <= html.size() &&
        strncasecmp(html.data() + i, token.data(), token.size()) == 0) {
      return i + token.size();
    }
  }
  return html.size();
}

struct StartTag {
  std::string_view name;
  size_t attributes = 0;
  size_t end = 0;  // just past the '>'
};

// Scans the start tag whose name begins at `i`, counting its attributes up to `cap` + 1.
StartTag ScanStartTag(std::string_view html, size_t i, size_t cap) {
  StartTag tag;
  const size_t name_start = i;
  while (i < html.size() && !IsHtmlSpace(html[i]) && html[i] != '/' && html[i] != '>') ++i;
  tag.name = html.substr(name_start, i - name_start);
  while (i < html.size()) {
    while (i < html.size() && (IsHtmlSpace(html[i]) || html[i] == '/')) ++i;
    if (i >= html.size() || html[i] == '>') break;
    // An attribute name may start with '=' (the tokenizer takes it as a letter of the name).
    ++i;
    while (i < html.size() && !IsHtmlSpace(html[i]) && html[i] != '/' && html[i] != '>' &&
           html[i] != '=') {
      ++i;
    }
    if (++tag.attributes > cap) break;
    while (i < html.size() && IsHtmlSpace(html[i])) ++i;
    if (i < html.size() && html[i] == '=') {
      ++i;
      while (i < html.size() && IsHtmlSpace(html[i])) ++i;
      if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
        const void* close = std::memchr(html.data() + i + 1, html[i], html.size() - i - 1);
        i = close == nullptr ? html.size() : static_cast<const char*>(close) - html.data() + 1;
      } else {
        while (i < html.size() && !IsHtmlSpace(html[i]) && html[i] != '>') ++i;
      }
    }
  }
  tag.end = i < html.size() ? i + 1 : i;
  return tag;
}

}  // namespace

std::optional<std::string> ExceededHtmlLimit(std::string_view html, const HtmlLimits& limits) {
  size_t elements = 0;
  size_t i = 0;
  while (i < html.size()) {
    const void* lt = std::memchr(html.data() + i, '<', html.size() - i);
    if (lt == nullptr) break;
    i = static_cast<const char*>(lt) - html.data() + 1;
    if (i >= html.size()) break;
    if (html.compare(i, 3, "!--") == 0) {
      i = After(html, i + 3, "-->");
    } else if (html[i] == '!' || html[i] == '?' || html[i] == '/') {
      i = After(html, i, ">");
    } else if (IsAsciiLetter(html[i])) {
      const StartTag tag = ScanStartTag(html, i, limits.max_attributes_per_element);
      if (tag.attributes > limits.max_attributes_per_element) {
        return "an element has more than " + std::to_string(limits.max_attributes_per_element) +
               " attributes";
      }
      if (++elements > limits.max_elements) {
        return "more than " + std::to_string(limits.max_elements) + " elements";
      }
      i = tag.end;
      for (const char* raw : {"script", "style"}) {
        if (tag.name.size() == std::strlen(raw) &&
            strncasecmp(tag.name.data(), raw, tag.name.size()) == 0) {
          i = After(html, i, std::string("</") + raw);
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace rawi
