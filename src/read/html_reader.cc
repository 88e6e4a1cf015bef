#include "read/html_reader.h"

#include "read/document_builder.h"
#include "read/html_body.h"
#include "read/html_dom.h"
#include "read/html_metadata.h"
#include "util/error.h"

namespace rawi {
namespace {

constexpr size_t kRetryBelowBytes = 500;

size_t TextBytes(const std::vector<TextBlock>& blocks) {
  size_t bytes = 0;
  for (const TextBlock& block : blocks) bytes += block.text.size();
  return bytes;
}

}  // namespace

Document ParseHtmlArticle(std::string_view utf8, const std::string& source,
                          const BoilerplateFilter& boilerplate, const HtmlLimits& limits) {
  HtmlDocPtr page;
  try {
    page = ParseHtml(utf8, "UTF-8", limits);
  } catch (const HtmlTooComplex& e) {
    throw FileError(source, std::string("too complex to read: ") + e.what());
  }
  HtmlMetadata metadata = ReadHtmlMetadata(page.get());
  const HtmlArticle article(page.get());
  std::vector<TextBlock> blocks = article.Blocks(article.FindRoot());
  // As Readability retries: a page the strict rules leave with little text is read again with
  // class and id names trusted less, and the longer reading is kept.
  if (TextBytes(blocks) < kRetryBelowBytes) {
    std::vector<TextBlock> relaxed = article.Blocks(article.FindRoot(false), false);
    if (TextBytes(relaxed) > TextBytes(blocks)) blocks = std::move(relaxed);
  }

  Document doc;
  doc.source = source;
  doc.title = std::move(metadata.title);
  doc.byline = std::move(metadata.byline);
  doc.date = std::move(metadata.date);
  const bool known = metadata.language == "ar" || metadata.language == "en";
  return BuildDocument(blocks, std::move(doc), boilerplate, known ? metadata.language : "en");
}

}  // namespace rawi
