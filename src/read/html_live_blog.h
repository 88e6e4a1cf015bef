// Live blogs and other lists of entries built alike (read/html_body.h's FindRoot): the densest
// block of such a page is one entry, while the article is the list.
#pragma once

#include <libxml/tree.h>

#include "read/html_body.h"
#include "read/html_root_candidates.h"

namespace rawi {

// The list of entries that holds one of the five densest blocks of `candidates` (tried from the
// densest down) and more non-link text than `densest`, else `densest`. A list of entries is the
// parent (or grand- or great-grandparent) of a block, not <body> or <html>, with three or more
// children of the block's tag and first class, each holding 80 bytes of non-link text and, when
// `strict`, none named as furniture; wrappers around the list that add under a tenth of text
// (a header line, a "load more" button) come along.
const xmlNode* ListOfPostsOr(const xmlNode* densest, const HtmlArticle& article,
                             const RootCandidates& candidates, bool strict);

}  // namespace rawi
