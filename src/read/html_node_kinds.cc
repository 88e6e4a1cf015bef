#include "read/html_node_kinds.h"

#include <strings.h>

#include <string>

#include "read/html_dom.h"

namespace rawi {

const xmlNode* DocumentNode(const xmlDoc* doc) { return reinterpret_cast<const xmlNode*>(doc); }

bool IsText(const xmlNode* node) {
  return (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
         node->content != nullptr;
}

size_t VisibleBytes(const xmlNode* text_node) {
  size_t count = 0;
  for (const xmlChar* p = text_node->content; *p != 0; ++p) {
    if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r' && *p != '\f') ++count;
  }
  return count;
}

size_t TextWordCount(const xmlNode* text_node) {
  size_t count = 0;
  bool in_word = false;
  for (const xmlChar* p = text_node->content; *p != 0; ++p) {
    const bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f';
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

bool IsInvisibleTag(std::string_view tag) {
  return tag == "script" || tag == "style" || tag == "noscript" || tag == "template" ||
         tag == "head";
}

int HeadingLevel(std::string_view tag) {
  if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') return tag[1] - '0';
  return 0;
}

bool IsBlockTag(std::string_view tag) {
  static constexpr std::string_view kBlocks[] = {
      "p",      "div",     "section", "article", "main",    "blockquote", "li",
      "ul",     "ol",      "dl",      "dt",      "dd",      "pre",        "table",
      "tr",     "thead",   "tbody",   "tfoot",   "caption", "hr",         "address",
      "center", "details", "summary", "body",    "html",    "fieldset",   "hgroup"};
  for (std::string_view block : kBlocks) {
    if (tag == block) return true;
  }
  return HeadingLevel(tag) > 0;
}

bool IsListTag(std::string_view tag) { return tag == "ul" || tag == "ol" || tag == "dl"; }

bool IsParagraphTag(std::string_view tag) {
  return tag == "p" || tag == "blockquote" || tag == "pre";
}

bool IsLink(const xmlNode* node) {
  if (TagName(node) != "a") return false;
  const std::string href = Attribute(node, "href");
  return strncasecmp(href.c_str(), "javascript:", 11) != 0;
}

bool IsTextOnlyDiv(const xmlNode* node) {
  if (TagName(node) != "div") return false;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    // A <br> inside makes it a container of lines (pages that separate paragraphs so), which
    // is itself the article, not a paragraph of it.
    if (child->type == XML_ELEMENT_NODE && (IsBlockTag(TagName(child)) || TagName(child) == "br")) {
      return false;
    }
  }
  return true;
}

}  // namespace rawi
