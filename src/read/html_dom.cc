#include "read/html_dom.h"

#include <libxml/HTMLtree.h>
#include <strings.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <new>

namespace rawi {

namespace {

struct ParserCtxtDeleter {
  void operator()(htmlParserCtxt* ctxt) const { htmlFreeParserCtxt(ctxt); }
};

// Feeds the parser its input as it asks for it, and cuts the input off once the clock has run
// out: the parser then finishes with what it has, and the caller reports the page as too slow.
struct ClockedInput {
  std::string_view rest;
  std::chrono::steady_clock::time_point deadline;
  bool timed_out = false;

  static int Read(void* context, char* buffer, int len) {
    auto* input = static_cast<ClockedInput*>(context);
    if (std::chrono::steady_clock::now() > input->deadline) {
      input->timed_out = true;
      return -1;
    }
    const size_t n = std::min(input->rest.size(), static_cast<size_t>(std::max(len, 0)));
    std::memcpy(buffer, input->rest.data(), n);
    input->rest.remove_prefix(n);
    return static_cast<int>(n);
  }
};

}  // namespace

HtmlDocPtr ParseHtml(std::string_view bytes, const char* encoding, const HtmlLimits& limits) {
  if (auto exceeded = ExceededHtmlLimit(bytes, limits)) throw HtmlTooComplex(*exceeded);
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
  const std::unique_ptr<htmlParserCtxt, ParserCtxtDeleter> ctxt(htmlNewParserCtxt());
  if (!ctxt) throw std::bad_alloc();
  ClockedInput input{bytes, std::chrono::steady_clock::now() + limits.max_parse_time};
  HtmlDocPtr doc(htmlCtxtReadIO(ctxt.get(), &ClockedInput::Read, nullptr, &input, nullptr, encoding,
                                kOptions));
  if (input.timed_out) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", limits.max_parse_time.count() / 1000.0);
    throw HtmlTooComplex(std::string("parsing took more than ") + seconds + " s");
  }
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

bool Contains(const xmlNode* ancestor, const xmlNode* node) {
  for (; node != nullptr; node = node->parent) {
    if (node == ancestor) return true;
  }
  return false;
}

bool Precedes(const xmlNode* a, const xmlNode* b) {
  if (a == b || Contains(b, a)) return false;
  if (Contains(a, b)) return true;
  // Below the deepest common ancestor, a's and b's branches are siblings: the first found wins.
  const xmlNode* branch_a = a;
  while (branch_a->parent != nullptr && !Contains(branch_a->parent, b)) branch_a = branch_a->parent;
  for (const xmlNode* sibling = branch_a->next; sibling != nullptr; sibling = sibling->next) {
    if (Contains(sibling, b)) return true;
  }
  return false;
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
