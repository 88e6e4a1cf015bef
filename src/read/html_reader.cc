#include "read/html_reader.h"

#include "read/document_builder.h"
#include "read/html_body.h"
#include "read/html_dom.h"
#include "read/html_metadata.h"
#include "read/paragraph_language.h"
#include "read/whitespace.h"
#include "util/error.h"
#include "util/text.h"

namespace rawi {
namespace {

constexpr size_t kRetryBelowBytes = 500;

size_t TextBytes(const std::vector<TextBlock>& blocks) {
  size_t bytes = 0;
  for (const TextBlock& block : blocks) bytes += block.text.size();
  return bytes;
}

// JSON-LD articleBody text as paragraphs: one per non-empty line.
std::vector<TextBlock> ArticleBodyBlocks(std::string_view body) {
  std::vector<TextBlock> blocks;
  for (std::string_view line : SplitLines(body)) {
    std::string text = CollapseWhitespace(line);
    if (!text.empty()) {
      const std::string language = ScriptLanguage(text).value_or("");
      blocks.push_back({TextBlock::Kind::kParagraph, 0, std::move(text), language});
    }
  }
  return blocks;
}

// The root's blocks, or those of the root and the siblings that belong with it.
std::vector<TextBlock> ReadBlocks(const HtmlArticle& article, bool strict) {
  std::vector<const xmlNode*> roots;
  const xmlNode* root = article.FindRoot(strict, &roots);
  if (roots.empty()) roots.push_back(root);
  std::vector<TextBlock> blocks;
  for (const xmlNode* one : roots) {
    std::vector<TextBlock> more = article.Blocks(one, strict);
    blocks.insert(blocks.end(), std::make_move_iterator(more.begin()),
                  std::make_move_iterator(more.end()));
  }
  return blocks;
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
  std::vector<TextBlock> blocks = ReadBlocks(article, true);
  // As Readability retries: a page the strict rules leave with little text is read again with
  // class and id names trusted less, and the longer reading is kept.
  if (TextBytes(blocks) < kRetryBelowBytes) {
    std::vector<TextBlock> relaxed = ReadBlocks(article, false);
    if (TextBytes(relaxed) > TextBytes(blocks)) blocks = std::move(relaxed);
  }
  // A page that renders its article with script: the JSON-LD articleBody is the text.
  if (TextBytes(blocks) < kRetryBelowBytes &&
      Trim(metadata.article_body).size() > TextBytes(blocks)) {
    blocks = ArticleBodyBlocks(metadata.article_body);
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
