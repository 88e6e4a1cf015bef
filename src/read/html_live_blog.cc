#include "read/html_live_blog.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "read/html_dom.h"
#include "read/html_furniture.h"

namespace rawi {
namespace {

// The first name in the class attribute: entries of a list built alike share it
// ("live-blog__item", "live-blog__item live-blog__item--ad").
std::string FirstClass(const xmlNode* node) {
  const std::string classes = Attribute(node, "class");
  const size_t start = classes.find_first_not_of(" \t\n\r\f");
  if (start == std::string::npos) return "";
  return classes.substr(start, classes.find_first_of(" \t\n\r\f", start) - start);
}

bool IsContainer(const xmlNode* node) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && TagName(node) != "body" &&
         TagName(node) != "html";
}

// Children of `list` built like `item`, with text enough to be an entry.
size_t PostsLike(const xmlNode* item, const xmlNode* list, const HtmlArticle& article,
                 bool strict) {
  constexpr size_t kPostBytes = 80;
  const std::string kind = FirstClass(item);
  size_t posts = 0;
  for (const xmlNode* sibling = list->children; sibling != nullptr; sibling = sibling->next) {
    if (sibling->type == XML_ELEMENT_NODE && TagName(sibling) == TagName(item) &&
        FirstClass(sibling) == kind && !(strict && HasFurnitureName(sibling)) &&
        article.NonLinkText(sibling) >= kPostBytes) {
      ++posts;
    }
  }
  return posts;
}

// The list of entries `block` is one of (or is inside), else nullptr.
const xmlNode* ListOfPosts(const xmlNode* block, const HtmlArticle& article, bool strict) {
  constexpr int kLevels = 3;
  constexpr size_t kMinPosts = 3;
  const xmlNode* item = block;
  for (int level = 0; level < kLevels && IsContainer(item->parent); ++level) {
    const xmlNode* list = item->parent;
    if (PostsLike(item, list, article, strict) >= kMinPosts) {
      // Wrappers that add almost nothing (a header line, a "load more" button) come along.
      while (IsContainer(list->parent) &&
             article.NonLinkText(list) * 10 >= article.NonLinkText(list->parent) * 9) {
        list = list->parent;
      }
      return list;
    }
    item = list;
  }
  return nullptr;
}

}  // namespace

const xmlNode* ListOfPostsOr(const xmlNode* densest, const HtmlArticle& article,
                             const RootCandidates& candidates, bool strict) {
  constexpr size_t kTopBlocks = 5;
  std::vector<const xmlNode*> top = candidates.scored;
  const size_t n = std::min(kTopBlocks, top.size());
  std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(n), top.end(),
                    [&](const xmlNode* a, const xmlNode* b) {
                      return candidates.density.at(a) > candidates.density.at(b);
                    });
  for (size_t i = 0; i < n; ++i) {
    const xmlNode* posts = ListOfPosts(top[i], article, strict);
    if (posts != nullptr && article.NonLinkText(posts) > article.NonLinkText(densest)) {
      return posts;
    }
  }
  return densest;
}

}  // namespace rawi
