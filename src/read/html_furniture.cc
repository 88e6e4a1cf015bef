#include "read/html_furniture.h"

#include <array>
#include <string>

#include "read/ascii_case.h"
#include "read/html_dom.h"
#include "read/html_node_kinds.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool NamesFurniture(const std::string& name) {
  static constexpr std::array<std::string_view, 35> kParts = {
      "comment",  "share",      "social",       "related",    "newsletter", "advert",
      "promo",    "breadcrumb", "tags",         "cookie",     "subscribe",  "sponsor",
      "byline",   "author",     "dateline",     "sidebar",    "widget",     "popular",
      "trending", "most-read",  "read-more",    "writer",     "consent",    "gdpr",
      "disqus",   "outbrain",   "taboola",      "pagination", "legends",    "community",
      "shoutbox", "skyscraper", "supplemental", "agegate",    "replies"};
  static constexpr std::array<std::string_view, 7> kWords = {"ad",     "ads",    "nav", "menu",
                                                             "footer", "header", "meta"};
  for (std::string_view part : kParts) {
    if (name.find(part) != std::string::npos) return true;
  }
  std::string_view previous;
  for (size_t i = 0; i < name.size();) {
    while (i < name.size() && !IsAsciiAlnum(name[i])) ++i;
    size_t end = i;
    while (end < name.size() && IsAsciiAlnum(name[end])) ++end;
    const std::string_view word(name.data() + i, end - i);
    for (std::string_view furniture : kWords) {
      if (word == furniture) return true;
    }
    // An image's caption ("caption", "image-caption", "wp-caption", "photocaption"), but not
    // "no_caption" or "has-caption", which name an item by what it lacks or holds.
    if (word.ends_with("caption") && !word.starts_with("no") && previous != "no" &&
        previous != "has" && previous != "with" && previous != "without") {
      return true;
    }
    previous = word;
    i = end;
  }
  return false;
}

// Whether `name` holds `role` as a word's end ("article-author", "authors", "field-writer"),
// not as the start of a longer word ("authority", "authoring").
bool NamesRole(std::string_view name, std::string_view role) {
  for (size_t at = name.find(role); at != std::string_view::npos; at = name.find(role, at + 1)) {
    std::string_view rest = name.substr(at + role.size());
    if (rest.starts_with('s')) rest.remove_prefix(1);
    if (rest.empty() || !(rest[0] >= 'a' && rest[0] <= 'z')) return true;
  }
  return false;
}

bool IsLabelEnd(std::string_view rest) {
  if (rest.empty()) return true;
  const unsigned char c = static_cast<unsigned char>(rest[0]);
  // A letter or digit (ASCII or any non-ASCII letter) continues a word: "Related" in "Relatedly".
  if (IsAsciiAlnum(static_cast<char>(c))) return false;
  if (c >= 0x80) {
    for (std::string_view punctuation : {"：", "–", "—", "»", "«", "،", "…"}) {
      if (rest.starts_with(punctuation)) return true;
    }
    return false;
  }
  return true;
}

}  // namespace

size_t ReadAlsoLabelLength(std::string_view text) {
  // Longest first where one label starts another.
  static constexpr std::string_view kLabels[] = {
      "اقرأ أيضاً",        "اقرأ أيضًا",        "اقرأ أيضا",     "إقرأ أيضاً",
      "إقرأ أيضًا",        "إقرأ أيضا",        "اقرأ ايضا",     "إقرأ ايضا",
      "اقرأ كذلك",        "اقرأ المزيد",      "إقرأ المزيد",   "شاهد أيضاً",
      "شاهد أيضًا",        "شاهد أيضا",        "شاهد ايضا",     "طالع أيضاً",
      "طالع أيضا",        "المزيد",           "أخبار ذات صلة", "مواضيع ذات صلة",
      "مقالات ذات صلة",   "قصص ذات صلة",      "ذات صلة",       "read more",
      "read also",        "also read",        "see also",      "related stories",
      "related articles", "related coverage", "related",       "more on this story",
      "recommended"};
  const std::string lower = AsciiLower(text.substr(0, 40));
  for (std::string_view label : kLabels) {
    if (!std::string_view(lower).starts_with(label)) continue;
    std::string_view rest = text.substr(label.size());
    if (!IsLabelEnd(rest)) continue;
    // The separator after it: white space, a colon, a dash.
    size_t length = label.size();
    while (!rest.empty()) {
      size_t skip = 0;
      if (rest[0] == ' ' || rest[0] == ':' || rest[0] == '-' || rest[0] == '|' || rest[0] == '\n') {
        skip = 1;
      } else {
        for (std::string_view punctuation : {"：", "–", "—", "»", "«", "،"}) {
          if (rest.starts_with(punctuation)) skip = punctuation.size();
        }
      }
      if (skip == 0) break;
      rest.remove_prefix(skip);
      length += skip;
    }
    return length;
  }
  return 0;
}

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
  return NamesFurniture(AsciiLower(Attribute(element, "class"))) ||
         NamesFurniture(AsciiLower(Attribute(element, "id")));
}

bool MarksAuthor(const xmlNode* element) {
  if (AsciiLower(Attribute(element, "rel")) == "author") return true;
  if (AsciiLower(Attribute(element, "itemprop")).find("author") != std::string::npos) return true;
  for (const char* key : {"class", "id"}) {
    const std::string name = AsciiLower(Attribute(element, key));
    if (name.find("comment") != std::string::npos) continue;
    if (name.find("byline") != std::string::npos || NamesRole(name, "author") ||
        NamesRole(name, "writer")) {
      return true;
    }
  }
  return false;
}

bool IsCreditLine(const xmlNode* element, size_t text_bytes) {
  constexpr size_t kMaxCreditLineBytes = 200;
  if (text_bytes == 0 || text_bytes > kMaxCreditLineBytes) return false;
  for (const xmlNode* child = element->children; child != nullptr; child = child->next) {
    // A heading so marked labels a byline block that the text rules read («الكاتب، …»).
    if (child->type == XML_ELEMENT_NODE && HeadingLevel(TagName(child)) == 0 &&
        MarksAuthor(child)) {
      return true;
    }
  }
  return false;
}

bool IsEmbeddedPostCredit(const xmlNode* node) {
  const xmlNode* parent = node->parent;
  if (parent != nullptr && TagName(parent) == "blockquote") {
    const std::string name = AsciiLower(Attribute(parent, "class"));
    if ((name.find("twitter-tweet") != std::string::npos ||
         name.find("twitter-video") != std::string::npos) &&
        TagName(node) != "p") {
      return true;
    }
  }
  if (TagName(node) != "a") return false;
  const std::string content = TextContent(node);
  const std::string_view text = Trim(content);
  return text.starts_with("pic.twitter.com/") || text.starts_with("pic.x.com/");
}

bool IsHidden(const xmlNode* element) {
  if (HasAttribute(element, "hidden")) return true;
  if (AsciiLower(Attribute(element, "aria-hidden")) == "true") return true;
  std::string style = AsciiLower(Attribute(element, "style"));
  std::erase(style, ' ');
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

}  // namespace rawi
