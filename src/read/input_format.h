// The formats rawi reads articles in, and how it tells which one an input is.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rawi {

enum class InputFormat { kText, kMarkdown, kHtml };

// "txt" (or "text"), "md" (or "markdown"), "html" (or "htm"); nullopt for anything else.
std::optional<InputFormat> ParseInputFormat(std::string_view name);

// "txt, md, html", for messages.
std::string InputFormatNames();

// By a file name's or URL path's extension: .txt/.text, .md/.markdown, .html/.htm/.xhtml
// (case-insensitive); nullopt for others.
std::optional<InputFormat> FormatFromExtension(std::string_view name);

// By a Content-Type: text/html and application/xhtml+xml, text/markdown, text/plain; nullopt for
// others.
std::optional<InputFormat> FormatFromContentType(std::string_view content_type);

// Content sniffing: text that starts (after white space and a byte order mark) with
// "<!doctype html", "<html", "<head" or "<body" (case-insensitive), or with an HTML comment
// followed by one of them.
bool LooksLikeHtml(std::string_view text);

}  // namespace rawi
