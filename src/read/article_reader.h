// Any article rawi reads into the Document the later stages consume: from a file, standard input
// ("-") or an http(s) URL; as plain text, Markdown or HTML; in UTF-8, UTF-16 or a legacy Arabic
// encoding (read/encoding.h).
//
// The format is, first found: --input-format; plain text for standard input; the extension of
// the file or of the URL's path; the Content-Type a server sent; HTML when the content starts
// like HTML (read/input_format.h); else plain text. The charset is the byte order mark's, else
// the HTTP Content-Type's, else (HTML) the page's <meta>, else UTF-8 or a detected legacy
// encoding. Each paragraph gets a language and the article the language of most of its text
// (read/paragraph_language.h), unless --lang says otherwise.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "document/document.h"
#include "read/boilerplate.h"
#include "read/html_limits.h"
#include "read/input_format.h"
#include "read/text_reader.h"
#include "read/url_fetch.h"

namespace rawi {

inline constexpr char kStdinArticle[] = "-";

struct ReadConfig {
  std::optional<InputFormat> format;  // --input-format; nullopt: tell as above
  std::string language;               // --lang (a primary subtag such as "ar"); "": detect
  TextReaderConfig text;              // plain-text layout; its max_file_bytes bounds files, stdin
  FetchConfig fetch;                  // limits for URLs
  HtmlLimits html;                    // limits for parsing a page
};

// Reads `input`: "-" for standard input, an http(s) URL, else a file. Throws a FileError naming
// the input ("stdin" for standard input) for anything that is not a readable article.
Document ReadArticle(const std::string& input, const BoilerplateFilter& boilerplate,
                     const ReadConfig& config);

// The bytes of `input`, "-" for standard input or else a file (not a URL), as ReadArticle loads
// them, before any decoding; ReadArticle's FileErrors for a missing, unreadable or too large
// input. Its name in messages is "stdin" for "-".
std::string LoadArticleBytes(const std::string& input, size_t max_bytes);

// The path an input's outputs are named after: a file itself; for a URL, FileNameForUrl in the
// current folder; for standard input, "article" in the current folder.
std::filesystem::path OutputBaseFor(const std::string& input);

}  // namespace rawi
