#include "read/html_reader.h"

#include <algorithm>
#include <optional>

#include "read/ascii_case.h"
#include "read/document_builder.h"
#include "read/html_body.h"
#include "read/html_dom.h"
#include "read/html_metadata.h"
#include "read/paragraph_language.h"
#include "text/whitespace.h"
#include "util/error.h"

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

struct Reading {
  std::vector<const xmlNode*> roots;  // the root, or it and the siblings that belong with it
  std::vector<TextBlock> blocks;
};

Reading ReadBlocks(const HtmlArticle& article, bool strict) {
  Reading reading;
  const xmlNode* root = article.FindRoot(strict, &reading.roots);
  if (reading.roots.empty()) reading.roots.push_back(root);
  for (const xmlNode* one : reading.roots) {
    std::vector<TextBlock> more = article.Blocks(one, strict);
    reading.blocks.insert(reading.blocks.end(), std::make_move_iterator(more.begin()),
                          std::make_move_iterator(more.end()));
  }
  return reading;
}

size_t Words(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    if (c != ' ' && !in_word) ++words;
    in_word = c != ' ';
  }
  return words;
}

// A page of teasers (a front page, a section's index) rather than an article: it does not say
// it is an article; what was read is a few short paragraphs, none of an article's length; the
// region they came from is largely links (cards of a linked headline and a teaser); and the
// page has more linked headlines than paragraphs read. Each alone happens on real articles.
bool IsListing(const HtmlArticle& article, const HtmlMetadata& metadata, const Reading& reading) {
  constexpr size_t kMaxListingWords = 150;
  constexpr size_t kArticleParagraphWords = 40;
  if (metadata.declares_article) return false;
  size_t paragraphs = 0;
  size_t words = 0;
  for (const TextBlock& block : reading.blocks) {
    if (block.kind != TextBlock::Kind::kParagraph) continue;
    const size_t count = Words(block.text);
    if (count >= kArticleParagraphWords) return false;
    words += count;
    ++paragraphs;
  }
  if (words >= kMaxListingWords) return false;
  size_t text = 0;
  size_t links = 0;
  for (const xmlNode* root : reading.roots) {
    const HtmlArticle::Lengths lengths = article.LengthsOf(root);
    text += lengths.text;
    links += lengths.links;
  }
  return links * 4 >= text && article.LinkedHeadlines() >= std::max<size_t>(5, 2 * paragraphs);
}

HtmlDocPtr Parse(std::string_view utf8, const std::string& source, const HtmlLimits& limits) {
  try {
    return ParseHtml(utf8, "UTF-8", limits);
  } catch (const HtmlTooComplex& e) {
    throw FileError(source, std::string("too complex to read: ") + e.what());
  }
}

// The article's blocks: the strict reading, else the relaxed one, else the JSON-LD articleBody;
// none for a listing.
std::vector<TextBlock> ReadArticle(const xmlDoc* page, const HtmlMetadata& metadata) {
  const HtmlArticle article(page);
  Reading reading = ReadBlocks(article, true);
  // As Readability retries: a page the strict rules leave with little text is read again with
  // class and id names trusted less, and the longer reading is kept.
  if (TextBytes(reading.blocks) < kRetryBelowBytes) {
    Reading relaxed = ReadBlocks(article, false);
    if (TextBytes(relaxed.blocks) > TextBytes(reading.blocks)) reading = std::move(relaxed);
  }
  if (TextBytes(reading.blocks) < kRetryBelowBytes &&
      Trim(metadata.article_body).size() > TextBytes(reading.blocks)) {
    // A page that renders its article with script: the JSON-LD articleBody is the text.
    return ArticleBodyBlocks(metadata.article_body);
  }
  if (IsListing(article, metadata, reading)) {
    // A front page has text, but no article: nothing is read ("no article text found").
    return {};
  }
  return std::move(reading.blocks);
}

// `html` without its <noscript> and </noscript> tags (any case), their content left in place;
// nullopt when it has none.
std::optional<std::string> WithoutNoscriptTags(std::string_view html) {
  const std::string lower = AsciiLower(html);
  if (lower.find("<noscript") == std::string::npos) return std::nullopt;
  std::string out;
  size_t at = 0;
  for (size_t tag; (tag = lower.find("noscript", at)) != std::string::npos;) {
    size_t open = tag;
    while (open > at && (lower[open - 1] == '/' || lower[open - 1] == ' ')) --open;
    const size_t close = lower.find('>', tag);
    if (open == 0 || lower[open - 1] != '<' || close == std::string::npos) {
      out.append(html.substr(at, tag + 8 - at));
      at = tag + 8;
      continue;
    }
    out.append(html.substr(at, open - 1 - at));
    at = close + 1;
  }
  out.append(html.substr(at));
  return out;
}

}  // namespace

Document ParseHtmlArticle(std::string_view utf8, const std::string& source,
                          const BoilerplateFilter& boilerplate, const HtmlLimits& limits) {
  HtmlDocPtr page = Parse(utf8, source, limits);
  HtmlMetadata metadata = ReadHtmlMetadata(page.get());
  std::vector<TextBlock> blocks = ReadArticle(page.get(), metadata);
  // A page that shows its article only without script (<noscript>) is read as a browser
  // without script shows it.
  if (TextBytes(blocks) < kRetryBelowBytes) {
    if (const std::optional<std::string> shown_html = WithoutNoscriptTags(utf8)) {
      const HtmlDocPtr shown = Parse(*shown_html, source, limits);
      std::vector<TextBlock> more = ReadArticle(shown.get(), metadata);
      if (TextBytes(more) > TextBytes(blocks)) blocks = std::move(more);
    }
  }

  Document doc;
  doc.source = source;
  doc.title.written = std::move(metadata.title);
  doc.byline = std::move(metadata.byline);
  doc.site_name = std::move(metadata.site_name);
  doc.date = std::move(metadata.date);
  const bool known = metadata.language == "ar" || metadata.language == "en";
  return BuildDocument(blocks, std::move(doc), boilerplate, known ? metadata.language : "en");
}

}  // namespace rawi
