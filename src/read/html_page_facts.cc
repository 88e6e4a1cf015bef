#include "read/html_page_facts.h"

#include <strings.h>

#include <string_view>

#include "read/ascii_case.h"
#include "read/date_text.h"
#include "read/html_dom.h"
#include "read/html_furniture.h"
#include "read/html_jsonld.h"
#include "read/html_node_kinds.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

bool IsSiteFurniture(const xmlNode* node) {
  bool in_header = false;
  for (const xmlNode* n = node->parent; n != nullptr; n = n->parent) {
    const std::string_view tag = TagName(n);
    if (tag == "nav" || tag == "aside" || tag == "footer" || tag == "form") return true;
    if (tag == "header") in_header = true;
    if (tag == "article" || tag == "main") return false;
  }
  return in_header;
}

// A page's date line ("الأحد 17 نوفمبر 2024 - 15 جمادى الأولى 1446 هـ") is short; a longer
// "date"-classed element is a container.
constexpr size_t kMaxDateLineBytes = 200;
constexpr size_t kMaxBylineBytes = 200;

// The text of `node` when it is at most `limit` bytes, else nullopt; stops reading past the
// limit (or `limit` nodes), so that nested containers cost little each.
std::optional<std::string> ShortText(const xmlNode* node, size_t limit) {
  std::string text;
  size_t nodes = 0;
  for (const xmlNode* n = node->children; n != nullptr; n = NextInTree(n, node, true)) {
    if (++nodes > limit) return std::nullopt;
    if (n->type != XML_TEXT_NODE || n->content == nullptr) continue;
    // Elements' texts are separate words: "Lucas Nolan" then "22 Dec 2016".
    if (!text.empty()) text += ' ';
    text += reinterpret_cast<const char*>(n->content);
    if (text.size() > limit * 4) return std::nullopt;  // white space collapses later
  }
  text = CollapseWhitespace(text);
  if (text.size() > limit) return std::nullopt;
  return text;
}

// An element whose class or id names it a date ("news-date", "node-date", "post-date").
bool IsDateClassed(const xmlNode* node) {
  for (const char* key : {"class", "id"}) {
    if (AsciiLower(Attribute(node, key)).find("date") != std::string::npos) return true;
  }
  return false;
}

void CheckBylineLine(PageFacts& facts, const xmlNode* n) {
  // A heading there is the byline block's label («معلومات عن الكاتب», "About the author").
  if (!facts.byline_line.empty() || n->type != XML_ELEMENT_NODE || TagName(n) == "meta" ||
      HeadingLevel(TagName(n)) > 0 || !MarksAuthor(n) || IsSiteFurniture(n)) {
    return;
  }
  if (auto text = ShortText(n, kMaxBylineBytes); text && !text->empty()) {
    facts.byline_line = std::move(*text);
  }
}

// Meta names as Readability keys them: "dc.title" -> "dc:title", spaces dropped; a property
// may list several names ("og:title twitter:title").
void AddTitleMeta(PageFacts& facts, const std::string& attribute, const std::string& content) {
  std::string name;
  for (char c : AsciiLower(attribute)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!name.empty()) facts.title_meta.insert_or_assign(name, content);
      name.clear();
    } else {
      name += c == '.' ? ':' : c;
    }
  }
  if (!name.empty()) facts.title_meta.insert_or_assign(name, content);
}

void AddMeta(PageFacts& facts, const xmlNode* meta) {
  const std::string content = CollapseWhitespace(Attribute(meta, "content"));
  if (content.empty()) return;
  for (const char* key : {"property", "name", "itemprop"}) {
    const std::string name = AsciiLower(Attribute(meta, key));
    if (!name.empty()) facts.meta.emplace(name, content);
    if (!name.empty() && key[0] != 'i') AddTitleMeta(facts, name, content);
  }
}

void AddHeading(PageFacts& facts, const xmlNode* heading, std::string_view tag) {
  std::string text = CollapseWhitespace(TextContent(heading));
  if (tag == "h1") {
    ++facts.h1_count;
    if (facts.first_h1.empty() && !IsSiteFurniture(heading)) facts.first_h1 = text;
  }
  facts.headings.push_back(std::move(text));
}

// A site header's "today" line is not the article's date.
void CheckDateLine(PageFacts& facts, const xmlNode* n) {
  std::string& date_line = facts.first_h1.empty() ? facts.date_line_before_h1 : facts.date_line;
  if (date_line.empty() && n->type == XML_ELEMENT_NODE && IsDateClassed(n) && !IsSiteFurniture(n)) {
    if (auto text = ShortText(n, kMaxDateLineBytes); text && IsoDate(*text)) {
      date_line = std::move(*text);
    }
  }
}

}  // namespace

PageFacts CollectFacts(const xmlDoc* doc) {
  PageFacts facts;
  const auto* root = reinterpret_cast<const xmlNode*>(doc);
  for (const xmlNode* n = root; n != nullptr; n = NextInTree(n, root, true)) {
    const std::string_view tag = TagName(n);
    if (tag == "html" && facts.html_lang.empty()) {
      facts.html_lang = Attribute(n, "lang");
    } else if (tag == "meta") {
      AddMeta(facts, n);
    } else if (tag == "script" && !facts.article &&
               strcasecmp(Attribute(n, "type").c_str(), "application/ld+json") == 0) {
      facts.article = JsonLdArticle(TextContent(n));
    } else if (tag == "h1" || tag == "h2") {
      AddHeading(facts, n, tag);
    } else if (tag == "title" && facts.title_element.empty()) {
      facts.title_element = CollapseWhitespace(TextContent(n));
    } else if (tag == "time" && facts.time_datetime.empty() && !IsSiteFurniture(n)) {
      facts.time_datetime = CollapseWhitespace(Attribute(n, "datetime"));
    }
    CheckDateLine(facts, n);
    CheckBylineLine(facts, n);
  }
  return facts;
}

}  // namespace rawi
