#include "read/input_format.h"

#include <strings.h>

#include "read/ascii_case.h"

namespace rawi {
namespace {

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         strncasecmp(text.data(), prefix.data(), prefix.size()) == 0;
}

std::string_view SkipSpace(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n' || text.front() == '\r' ||
                           text.front() == '\t' || text.front() == '\f')) {
    text.remove_prefix(1);
  }
  return text;
}

}  // namespace

std::optional<InputFormat> ParseInputFormat(std::string_view name) {
  const std::string lower = AsciiLower(name);
  if (lower == "txt" || lower == "text") return InputFormat::kText;
  if (lower == "md" || lower == "markdown") return InputFormat::kMarkdown;
  if (lower == "html" || lower == "htm") return InputFormat::kHtml;
  return std::nullopt;
}

std::string InputFormatNames() { return "txt, md, html"; }

std::optional<InputFormat> FormatFromExtension(std::string_view name) {
  const size_t slash = name.find_last_of('/');
  const std::string_view file = slash == std::string_view::npos ? name : name.substr(slash + 1);
  const size_t dot = file.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string extension = AsciiLower(file.substr(dot + 1));
  if (extension == "txt" || extension == "text") return InputFormat::kText;
  if (extension == "md" || extension == "markdown") return InputFormat::kMarkdown;
  if (extension == "html" || extension == "htm" || extension == "xhtml") return InputFormat::kHtml;
  return std::nullopt;
}

std::optional<InputFormat> FormatFromContentType(std::string_view content_type) {
  const std::string type = AsciiLower(content_type.substr(0, content_type.find(';')));
  const std::string_view trimmed = SkipSpace(type);
  std::string_view media = trimmed.substr(0, trimmed.find_first_of(" \t"));
  if (media == "text/html" || media == "application/xhtml+xml") return InputFormat::kHtml;
  if (media == "text/markdown" || media == "text/x-markdown") return InputFormat::kMarkdown;
  if (media == "text/plain") return InputFormat::kText;
  return std::nullopt;
}

bool LooksLikeHtml(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  text = SkipSpace(text);
  while (text.starts_with("<!--")) {
    const size_t end = text.find("-->");
    if (end == std::string_view::npos) return false;
    text = SkipSpace(text.substr(end + 3));
  }
  for (std::string_view start : {"<!doctype html", "<html", "<head", "<body"}) {
    if (StartsWithNoCase(text, start)) return true;
  }
  return false;
}

}  // namespace rawi
