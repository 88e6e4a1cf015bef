#include "read/html_body.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "read/html_block_collector.h"
#include "read/html_dom.h"
#include "read/html_furniture.h"
#include "read/html_live_blog.h"
#include "read/html_node_kinds.h"
#include "read/html_root_candidates.h"

namespace rawi {
namespace {

// Not read inside the root: furniture by tag, hidden elements, elements named as furniture unless
// they hold over half of the root's text (a wrapper, not a widget), credit lines, an embedded
// post's credits, lists mostly of links.
bool IsFurnitureInRoot(const xmlNode* node, HtmlArticle::Lengths lengths, size_t root_text,
                       bool strict) {
  const std::string_view tag = TagName(node);
  return IsInvisibleTag(tag) || IsFurnitureTag(tag) || IsHidden(node) ||
         (strict && HasFurnitureName(node) && lengths.text * 2 <= root_text) ||
         (strict && IsCreditLine(node, lengths.text)) || IsEmbeddedPostCredit(node) ||
         (IsListTag(tag) && lengths.links * 2 > lengths.text);
}

// A card for another story inside the root ("more on this topic"): a short <article> (under 600
// bytes of text and a quarter of the root's) whose first heading is all link text.
bool IsStoryCard(const HtmlArticle& article, const xmlNode* node, size_t root_text) {
  constexpr size_t kMaxCardBytes = 600;
  const HtmlArticle::Lengths lengths = article.LengthsOf(node);
  if (TagName(node) != "article" || lengths.text >= kMaxCardBytes ||
      lengths.text * 4 >= root_text) {
    return false;
  }
  for (const xmlNode* n = node->children; n != nullptr; n = NextInTree(n, node, true)) {
    if (n->type != XML_ELEMENT_NODE || HeadingLevel(TagName(n)) == 0) continue;
    const HtmlArticle::Lengths heading = article.LengthsOf(n);
    return heading.text > 0 && heading.links == heading.text;
  }
  return false;
}

}  // namespace

HtmlArticle::HtmlArticle(const xmlDoc* doc) : doc_(doc) {
  constexpr size_t kHeadlineWords = 4;
  int in_link = 0;
  size_t link_words = 0;  // in the outermost link being walked
  WalkTree(
      DocumentNode(doc_),
      [&](const xmlNode* node) {
        if (IsText(node)) {
          // Text counts for its parent element right away; elements pass totals up on leave.
          const size_t visible = VisibleBytes(node);
          Lengths& parent = lengths_[node->parent];
          parent.text += visible;
          if (in_link > 0) {
            parent.links += visible;
            link_words += TextWordCount(node);
          }
          return false;
        }
        const bool element = node->type == XML_ELEMENT_NODE;
        if (!element && node->parent != nullptr) return false;  // comments, DTD
        if (element && IsInvisibleTag(TagName(node))) return false;
        if (IsLink(node)) ++in_link;
        lengths_.try_emplace(node);
        return true;
      },
      [&](const xmlNode* node) {
        const auto it = lengths_.find(node);
        if (it == lengths_.end()) return;  // skipped
        if (IsLink(node) && --in_link == 0) {
          if (link_words >= kHeadlineWords) ++linked_headlines_;
          link_words = 0;
        }
        if (node->parent == nullptr) return;
        const Lengths own = it->second;
        Lengths& parent = lengths_[node->parent];
        parent.text += own.text;
        parent.links += own.links;
      });
}

HtmlArticle::Lengths HtmlArticle::LengthsOf(const xmlNode* node) const {
  const auto it = lengths_.find(node);
  return it == lengths_.end() ? Lengths{} : it->second;
}

size_t HtmlArticle::NonLinkText(const xmlNode* node) const {
  const Lengths lengths = LengthsOf(node);
  return lengths.text - lengths.links;
}

const xmlNode* HtmlArticle::FindRoot(bool strict,
                                     std::vector<const xmlNode*>* with_siblings) const {
  const RootCandidates candidates = FindRootCandidates(*this, doc_, strict);
  if (const xmlNode* marked = MarkedRoot(*this, candidates)) {
    // An [itemprop=articleBody] may be cut in parts; other <article>s are other articles.
    if (with_siblings != nullptr && marked == candidates.marked[0]) {
      *with_siblings = WithOtherParts(*this, candidates, marked, {marked});
    }
    return marked;
  }
  const xmlNode* densest = DensestBlock(candidates);
  if (densest == nullptr) return candidates.body != nullptr ? candidates.body : DocumentNode(doc_);
  const size_t densest_score = candidates.density.at(densest);
  const xmlNode* root = ListOfPostsOr(densest, *this, candidates, strict);
  if (with_siblings != nullptr) {
    std::vector<const xmlNode*> joined = JoinedSiblings(*this, candidates, root, densest_score);
    if (root == densest) joined = WithOtherParts(*this, candidates, root, std::move(joined));
    with_siblings->insert(with_siblings->end(), joined.begin(), joined.end());
  }
  return root;
}

std::vector<TextBlock> HtmlArticle::Blocks(const xmlNode* root, bool strict) const {
  std::vector<TextBlock> blocks;
  BlockCollector collector(blocks);
  const size_t root_text = LengthsOf(root).text;
  int in_link = 0;
  int in_time = 0;
  int in_bold = 0;
  const xmlNode* skipped = nullptr;
  WalkTree(
      root,
      [&](const xmlNode* node) {
        if (IsText(node)) {
          if (!IsEmbeddedPostCredit(node)) {
            collector.Text(node, in_link > 0, in_time > 0, in_bold > 0);
          }
          return false;
        }
        if (node->type != XML_ELEMENT_NODE) return node == root;
        const std::string_view tag = TagName(node);
        if (node != root && (IsFurnitureInRoot(node, LengthsOf(node), root_text, strict) ||
                             IsStoryCard(*this, node, root_text))) {
          skipped = node;
          collector.Boundary();  // removed furniture still separates the text around it
          return false;
        }
        if (IsLink(node)) ++in_link;
        if (tag == "time") ++in_time;
        if (tag == "strong" || tag == "b") ++in_bold;
        if (tag == "br") collector.LineBreak();
        if (tag == "td" || tag == "th") collector.CellBreak();
        if (const int level = HeadingLevel(tag)) {
          collector.StartHeading(level);
        } else if (IsBlockTag(tag)) {
          collector.Boundary();
        }
        return true;
      },
      [&](const xmlNode* node) {
        if (node == skipped) {
          skipped = nullptr;
          return;
        }
        if (node->type != XML_ELEMENT_NODE) return;
        const std::string_view tag = TagName(node);
        if (IsLink(node)) --in_link;
        if (tag == "time") --in_time;
        if (tag == "strong" || tag == "b") --in_bold;
        if (HeadingLevel(tag) > 0) {
          collector.EndHeading();
        } else if (IsBlockTag(tag)) {
          collector.Boundary();
        }
      });
  collector.Finish();
  return blocks;
}

}  // namespace rawi
