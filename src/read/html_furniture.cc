#include "read/html_furniture.h"

#include <array>
#include <string>

#include "read/html_dom.h"

namespace rawi {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  return s;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool NamesFurniture(const std::string& name) {
  static constexpr std::array<std::string_view, 21> kParts = {
      "comment",    "share",   "social", "related",   "newsletter", "advert",    "promo",
      "breadcrumb", "tags",    "cookie", "subscribe", "sponsor",    "byline",    "author",
      "dateline",   "sidebar", "widget", "popular",   "trending",   "most-read", "read-more"};
  static constexpr std::array<std::string_view, 7> kWords = {"ad",     "ads",    "nav", "menu",
                                                             "footer", "header", "meta"};
  for (std::string_view part : kParts) {
    if (name.find(part) != std::string::npos) return true;
  }
  for (size_t i = 0; i < name.size();) {
    while (i < name.size() && !IsAsciiAlnum(name[i])) ++i;
    size_t end = i;
    while (end < name.size() && IsAsciiAlnum(name[end])) ++end;
    const std::string_view word(name.data() + i, end - i);
    for (std::string_view furniture : kWords) {
      if (word == furniture) return true;
    }
    i = end;
  }
  return false;
}

}  // namespace

bool IsFurnitureTag(std::string_view tag) {
  static constexpr std::array<std::string_view, 27> kTags = {
      "script", "style",      "noscript", "template", "nav",    "header",   "footer",
      "aside",  "form",       "button",   "input",    "select", "textarea", "label",
      "figure", "figcaption", "iframe",   "object",   "embed",  "svg",      "canvas",
      "video",  "audio",      "picture",  "menu",     "dialog", "head"};
  for (std::string_view furniture : kTags) {
    if (tag == furniture) return true;
  }
  return false;
}

bool HasFurnitureName(const xmlNode* element) {
  return NamesFurniture(Lower(Attribute(element, "class"))) ||
         NamesFurniture(Lower(Attribute(element, "id")));
}

bool IsHidden(const xmlNode* element) {
  if (HasAttribute(element, "hidden")) return true;
  if (Lower(Attribute(element, "aria-hidden")) == "true") return true;
  std::string style = Lower(Attribute(element, "style"));
  std::erase(style, ' ');
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

}  // namespace rawi
