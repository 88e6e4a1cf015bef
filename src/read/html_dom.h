// libxml2's HTML parser behind RAII, and the few tree helpers the HTML reader needs. Every walk
// is iterative: parsed pages can be deep, and rawi never recurses over a tree it did not build.
#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

#include "read/html_limits.h"

namespace rawi {

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using HtmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// Parses HTML leniently (recovering from any markup error, silently, without network access),
// reading the bytes in `encoding` ("UTF-8", or "ISO-8859-1" to look at raw bytes) and ignoring
// any charset the page declares. Never null: an unparseable input gives an empty document. Throws
// HtmlTooComplex when the page exceeds `limits`, before parsing or when the parse runs too long.
HtmlDocPtr ParseHtml(std::string_view bytes, const char* encoding, const HtmlLimits& limits = {});

// The element's lowercase tag name, "" for other nodes.
std::string_view TagName(const xmlNode* node);

// The value of attribute `name` (ASCII, case-insensitive), "" when absent.
std::string Attribute(const xmlNode* node, const char* name);

// Whether the element has attribute `name` (ASCII, case-insensitive), even an empty one.
bool HasAttribute(const xmlNode* node, const char* name);

// The node after `node` in document order within `root`'s subtree, skipping `node`'s children
// when `descend` is false; nullptr at the end of the subtree.
const xmlNode* NextInTree(const xmlNode* node, const xmlNode* root, bool descend);

// Visits `root`'s subtree in document order without recursion: enter(node) for every node,
// returning whether to visit its children, then leave(node) once its children are done (also for
// nodes whose children were skipped).
template <typename Enter, typename Leave>
void WalkTree(const xmlNode* root, Enter&& enter, Leave&& leave) {
  const xmlNode* node = root;
  while (node != nullptr) {
    if (enter(node) && node->children != nullptr) {
      node = node->children;
      continue;
    }
    while (node != nullptr) {
      leave(node);
      if (node == root) return;
      if (node->next != nullptr) {
        node = node->next;
        break;
      }
      node = node->parent;
    }
  }
}

// Whether `ancestor` is `node` or one of its ancestors.
bool Contains(const xmlNode* ancestor, const xmlNode* node);

// Whether `a` comes before `b` in document order (an ancestor before its descendants).
bool Precedes(const xmlNode* a, const xmlNode* b);

// All text under `node`, as the page has it (white space untouched).
std::string TextContent(const xmlNode* node);

// The first element named `tag` in document order under `root` (itself included), or nullptr.
const xmlNode* FindFirst(const xmlNode* root, std::string_view tag);

}  // namespace rawi
