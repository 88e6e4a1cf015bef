#include "read/html_root_candidates.h"

#include <strings.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "read/html_dom.h"
#include "read/html_furniture.h"
#include "read/html_node_kinds.h"

namespace rawi {
namespace {

bool IsCandidateRoot(const xmlNode* node, std::string_view kind) {
  if (kind == "articleBody") {
    const std::string itemprop = Attribute(node, "itemprop");
    return itemprop.find("articleBody") != std::string::npos;
  }
  if (kind == "main") {
    return TagName(node) == "main" || strcasecmp(Attribute(node, "role").c_str(), "main") == 0;
  }
  return TagName(node) == kind;
}

constexpr size_t kMinPartDensity = 80;

bool IsParagraph(const xmlNode* node) {
  return IsParagraphTag(TagName(node)) || IsTextOnlyDiv(node);
}

// The walk behind FindRootCandidates: paragraphs are scored and not entered; furniture is
// skipped whole.
class CandidateWalk {
 public:
  CandidateWalk(const HtmlArticle& article, bool strict, RootCandidates& out)
      : article_(article), strict_(strict), out_(out) {}

  bool Enter(const xmlNode* node) {
    if (IsText(node)) {
      if (in_link_ == 0) AddDensity(node->parent, VisibleBytes(node));
      return false;
    }
    if (node->type != XML_ELEMENT_NODE) return node->parent == nullptr;  // the document
    const std::string_view tag = TagName(node);
    if (tag == "body" && out_.body == nullptr) out_.body = node;
    if (IsInvisibleTag(tag) || IsFurnitureTag(tag) || (strict_ && HasFurnitureName(node)) ||
        IsHidden(node)) {
      skipped_ = node;
      return false;
    }
    CompareWithMarked(node);
    if (IsParagraph(node) && node->parent != nullptr) {
      // A paragraph's text counts for its parent (in full) and grandparent (half).
      AddDensity(node->parent, article_.NonLinkText(node));
      AddDensity(node->parent->parent, article_.NonLinkText(node) / 2);
      skipped_ = node;
      return false;
    }
    if (IsLink(node)) ++in_link_;
    return true;
  }

  void Leave(const xmlNode* node) {
    if (node == skipped_) {
      skipped_ = nullptr;
      return;
    }
    if (IsLink(node)) --in_link_;
  }

 private:
  void AddDensity(const xmlNode* element, size_t amount) {
    if (element == nullptr || element->type != XML_ELEMENT_NODE || amount == 0) return;
    auto [it, added] = out_.density.try_emplace(element, 0);
    if (added) out_.scored.push_back(element);
    it->second += amount;
  }

  void CompareWithMarked(const xmlNode* node) {
    constexpr std::string_view kKinds[] = {"articleBody", "article", "main"};
    for (int kind = 0; kind < 3; ++kind) {
      const xmlNode*& best = out_.marked[kind];
      if (IsCandidateRoot(node, kKinds[kind]) &&
          (best == nullptr || article_.NonLinkText(node) > article_.NonLinkText(best))) {
        best = node;
      }
    }
  }

  const HtmlArticle& article_;
  const bool strict_;
  RootCandidates& out_;
  int in_link_ = 0;
  const xmlNode* skipped_ = nullptr;
};

}  // namespace

RootCandidates FindRootCandidates(const HtmlArticle& article, const xmlDoc* doc, bool strict) {
  RootCandidates candidates;
  CandidateWalk walk(article, strict, candidates);
  WalkTree(
      DocumentNode(doc), [&](const xmlNode* node) { return walk.Enter(node); },
      [&](const xmlNode* node) { walk.Leave(node); });
  return candidates;
}

const xmlNode* MarkedRoot(const HtmlArticle& article, const RootCandidates& candidates) {
  for (const xmlNode* candidate : candidates.marked) {
    if (candidate != nullptr && article.NonLinkText(candidate) >= kMinArticleBytes) {
      return candidate;
    }
  }
  return nullptr;
}

const xmlNode* DensestBlock(const RootCandidates& candidates) {
  const xmlNode* densest = nullptr;
  size_t most = 0;
  for (const xmlNode* element : candidates.scored) {
    const size_t density = candidates.density.at(element);
    if (density > most) {
      densest = element;
      most = density;
    }
  }
  return densest;
}

std::vector<const xmlNode*> JoinedSiblings(const HtmlArticle& article,
                                           const RootCandidates& candidates, const xmlNode* root,
                                           size_t densest_score) {
  std::vector<const xmlNode*> joined;
  if (root->parent == nullptr) return joined;
  const size_t threshold = std::max<size_t>(10, densest_score / 5);
  for (const xmlNode* sibling = root->parent->children; sibling != nullptr;
       sibling = sibling->next) {
    if (sibling->type != XML_ELEMENT_NODE) continue;
    const auto it = candidates.density.find(sibling);
    const HtmlArticle::Lengths lengths = article.LengthsOf(sibling);
    const bool paragraph =
        IsParagraph(sibling) && lengths.text > 80 && lengths.links * 4 < lengths.text;
    if (sibling == root || (it != candidates.density.end() && it->second >= threshold) ||
        paragraph) {
      joined.push_back(sibling);
    }
  }
  return joined;
}

std::vector<const xmlNode*> WithOtherParts(const HtmlArticle& article,
                                           const RootCandidates& candidates, const xmlNode* root,
                                           std::vector<const xmlNode*> joined) {
  const std::string root_class = Attribute(root, "class");
  const bool marked = IsCandidateRoot(root, "articleBody");
  if (root_class.empty() && !marked) return joined;
  const auto same_kind = [&](const xmlNode* part) {
    if (marked) return IsCandidateRoot(part, "articleBody");
    return TagName(part) == TagName(root) && Attribute(part, "class") == root_class;
  };
  const auto overlaps = [&](const xmlNode* part) {
    return std::any_of(joined.begin(), joined.end(), [&](const xmlNode* one) {
      return Contains(one, part) || Contains(part, one);
    });
  };
  for (const xmlNode* part : candidates.scored) {
    const HtmlArticle::Lengths lengths = article.LengthsOf(part);
    if (candidates.density.at(part) < kMinPartDensity || lengths.links * 4 >= lengths.text ||
        !same_kind(part) || overlaps(part)) {
      continue;
    }
    joined.insert(std::upper_bound(joined.begin(), joined.end(), part, Precedes), part);
  }
  return joined;
}

}  // namespace rawi
