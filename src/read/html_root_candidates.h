// The candidates for an article's root (read/html_body.h's FindRoot), found in one walk of the
// page, and the siblings that belong with the densest block.
//
// Nothing inside page furniture (read/html_furniture.h) is a candidate or counts: furniture
// tags, hidden elements and, when `strict`, elements whose class or id names furniture. Link text
// (a "javascript:" link is not a link) never counts.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "read/html_body.h"

namespace rawi {

struct RootCandidates {
  // The elements with the most non-link text (the first on ties) of each kind, in the order
  // they are tried: [itemprop=articleBody], <article>, <main> (or role="main"); nullptr when
  // the page has none.
  const xmlNode* marked[3] = {nullptr, nullptr, nullptr};
  // An element's paragraph density: the non-link text of its child paragraphs (p, blockquote,
  // pre, a <div> of only text and inline elements) and of its own text nodes, plus half that of
  // its grandchild paragraphs. Only elements with some density are present.
  std::unordered_map<const xmlNode*, size_t> density;
  std::vector<const xmlNode*> scored;  // the elements in `density`, in document order
  const xmlNode* body = nullptr;       // the first <body>
};

RootCandidates FindRootCandidates(const HtmlArticle& article, const xmlDoc* doc, bool strict);

// The first marked candidate with at least kMinArticleBytes of non-link text, else nullptr.
const xmlNode* MarkedRoot(const HtmlArticle& article, const RootCandidates& candidates);

// The element of highest density (the first in document order on ties), nullptr when none.
const xmlNode* DensestBlock(const RootCandidates& candidates);

// The children of `root`'s parent that belong with it, `root` included, in document order, as
// Readability joins an article split over siblings (pages, steps, div-only text): those whose
// density is at least a fifth of `densest_score` (and at least 10), and paragraphs (as above) of
// over 80 bytes of text of which under a quarter is link text.
std::vector<const xmlNode*> JoinedSiblings(const HtmlArticle& article,
                                           const RootCandidates& candidates, const xmlNode* root,
                                           size_t densest_score);

// `joined` (the root and its siblings) with the other parts of the same article elsewhere on the
// page merged in, in document order, as content systems cut one body into blocks around figures,
// quotes and ads: elements of `root`'s tag and (non-empty) class attribute, or, when `root` is
// [itemprop=articleBody], others so marked; not inside or around a joined element, with a
// paragraph density of at least 80 and under a quarter of their text in links.
std::vector<const xmlNode*> WithOtherParts(const HtmlArticle& article,
                                           const RootCandidates& candidates, const xmlNode* root,
                                           std::vector<const xmlNode*> joined);

}  // namespace rawi
