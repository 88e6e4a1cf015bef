#include "read/html_dom.h"

#include <libxml/HTMLtree.h>
#include <strings.h>

#include <limits>

namespace rawi {

HtmlDocPtr ParseHtml(std::string_view bytes, const char* encoding) {
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
  const auto size = static_cast<int>(
      std::min<size_t>(bytes.size(), static_cast<size_t>(std::numeric_limits<int>::max())));
  HtmlDocPtr doc(htmlReadMemory(bytes.data(), size, nullptr, encoding, kOptions));
  if (!doc) doc.reset(htmlNewDocNoDtD(nullptr, nullptr));
  return doc;
}

std::string_view TagName(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

bool HasAttribute(const xmlNode* node, const char* name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return false;
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (attr->name != nullptr && strcasecmp(reinterpret_cast<const char*>(attr->name), name) == 0) {
      return true;
    }
  }
  return false;
}

std::string Attribute(const xmlNode* node, const char* name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return "";
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (attr->name == nullptr || strcasecmp(reinterpret_cast<const char*>(attr->name), name) != 0) {
      continue;
    }
    std::string value;
    for (const xmlNode* child = attr->children; child != nullptr; child = child->next) {
      if (child->content != nullptr) value += reinterpret_cast<const char*>(child->content);
    }
    return value;
  }
  return "";
}

const xmlNode* NextInTree(const xmlNode* node, const xmlNode* root, bool descend) {
  if (descend && node->children != nullptr) return node->children;
  while (node != nullptr && node != root) {
    if (node->next != nullptr) return node->next;
    node = node->parent;
  }
  return nullptr;
}

std::string TextContent(const xmlNode* node) {
  std::string text;
  for (const xmlNode* n = node; n != nullptr; n = NextInTree(n, node, true)) {
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != nullptr) {
      text += reinterpret_cast<const char*>(n->content);
    }
  }
  return text;
}

const xmlNode* FindFirst(const xmlNode* root, std::string_view tag) {
  for (const xmlNode* n = root; n != nullptr; n = NextInTree(n, root, true)) {
    if (TagName(n) == tag) return n;
  }
  return nullptr;
}

}  // namespace rawi
