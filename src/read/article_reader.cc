#include "read/article_reader.h"

#include <cstdio>
#include <fstream>

#include "read/date_text.h"
#include "read/encoding.h"
#include "read/html_charset.h"
#include "read/html_reader.h"
#include "read/markdown_reader.h"
#include "read/paragraph_language.h"
#include "text/whitespace.h"
#include "util/error.h"

namespace rawi {
namespace {

struct RawArticle {
  std::string bytes;
  std::string source;        // for messages
  std::string name;          // file name or URL path, for the extension
  std::string content_type;  // from HTTP
  bool from_stdin = false;
};

std::string TooLarge(size_t limit) {
  return "file is larger than " + std::to_string(limit / (1024 * 1024)) + " MB";
}

RawArticle LoadFile(const std::string& name, size_t limit) {
  std::error_code ec;
  const auto status = std::filesystem::status(name, ec);
  if (!std::filesystem::exists(status)) throw FileError(name, "no such file");
  if (std::filesystem::is_directory(status)) {
    throw FileError(name, "is a folder, expected an article file");
  }
  std::ifstream in(name, std::ios::binary);
  if (!in) throw FileError(name, "cannot open file for reading");
  RawArticle raw{"", name, name, "", false};
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    raw.bytes.append(buffer, static_cast<size_t>(in.gcount()));
    if (raw.bytes.size() > limit) throw FileError(name, TooLarge(limit));
  }
  if (in.bad()) throw FileError(name, "read error");
  return raw;
}

RawArticle LoadStdin(size_t limit) {
  RawArticle raw{"", "stdin", "", "", true};
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
    raw.bytes.append(buffer, n);
    if (raw.bytes.size() > limit) throw FileError(raw.source, TooLarge(limit));
  }
  if (std::ferror(stdin)) throw FileError(raw.source, "read error");
  return raw;
}

RawArticle LoadUrl(const std::string& url, const FetchConfig& config) {
  FetchedPage page = FetchUrl(url, config);
  std::string path = page.final_url.substr(0, page.final_url.find_first_of("?#"));
  return RawArticle{std::move(page.body), url, std::move(path), std::move(page.content_type),
                    false};
}

InputFormat FormatOf(const RawArticle& raw, const ReadConfig& config) {
  if (config.format) return *config.format;
  if (raw.from_stdin) return InputFormat::kText;
  if (auto format = FormatFromExtension(raw.name)) return *format;
  if (auto format = FormatFromContentType(raw.content_type)) return *format;
  const std::optional<std::string> unmarked = DecodeByteOrderMark(raw.bytes);
  return LooksLikeHtml(unmarked ? *unmarked : raw.bytes) ? InputFormat::kHtml : InputFormat::kText;
}

}  // namespace

Document ReadArticle(const std::string& input, const BoilerplateFilter& boilerplate,
                     const ReadConfig& config) {
  const RawArticle raw = input == kStdinArticle ? LoadStdin(config.text.max_file_bytes)
                         : IsUrl(input)         ? LoadUrl(input, config.fetch)
                                                : LoadFile(input, config.text.max_file_bytes);
  const InputFormat format = FormatOf(raw, config);
  std::string declared = CharsetFromContentType(raw.content_type);
  if (declared.empty() && format == InputFormat::kHtml) declared = DeclaredHtmlCharset(raw.bytes);
  const std::string text =
      DecodeArticle(raw.bytes, declared, raw.source, format == InputFormat::kHtml);
  if (Trim(text).empty()) throw FileError(raw.source, "empty article");

  Document doc;
  switch (format) {
    case InputFormat::kText:
      doc = ParsePlainText(text, raw.source, boilerplate, config.text);
      FillParagraphLanguages(doc, doc.language);
      break;
    case InputFormat::kMarkdown:
      doc = ParseMarkdownArticle(text, raw.source, boilerplate);
      break;
    case InputFormat::kHtml:
      doc = ParseHtmlArticle(text, raw.source, boilerplate, config.html);
      break;
  }
  if (!config.language.empty()) OverrideLanguage(doc, config.language);
  doc.date_iso = IsoDate(doc.date).value_or("");
  return doc;
}

std::string LoadArticleBytes(const std::string& input, size_t max_bytes) {
  return input == kStdinArticle ? LoadStdin(max_bytes).bytes : LoadFile(input, max_bytes).bytes;
}

std::filesystem::path OutputBaseFor(const std::string& input) {
  if (input == kStdinArticle) return "article";
  if (IsUrl(input)) return FileNameForUrl(input);
  return input;
}

}  // namespace rawi
