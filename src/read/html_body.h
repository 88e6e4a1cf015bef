// The article inside an HTML page: where it is, and its headings and paragraphs in order.
//
// Where (FindRoot; the steps are in read/html_root_candidates.h and read/html_live_blog.h), as
// browsers' reader modes look: the [itemprop=articleBody] element with the most non-link text, else
// such an <article>, else such a <main> (or role="main"), as long as it has at least
// kMinArticleBytes of non-link text (the other parts so marked come along); else the densest block,
// the element whose child paragraphs (p, blockquote, pre, a <div> of only text and inline elements,
// and its own text) hold the most non-link text, each grandchild paragraph counting half, joined by
// the siblings that hold a fifth of its score or are paragraphs of over 80 bytes with few links (an
// article split into parts), and by the blocks elsewhere of its tag and class (a body cut around
// figures and ads); a list of entries built alike (a live blog: three or more siblings of one tag
// and first class, each with 80 bytes of text) that holds one of the five densest blocks is the
// root instead when it holds more text; else <body>. Nothing inside page furniture
// (read/html_furniture.h) is a candidate or counts. A "javascript:" link is not a link.
//
// What (Blocks, gathered by read/html_block_collector.h), walking the root without recursion:
//  - furniture is skipped: by tag, hidden elements, and elements whose class or id names
//    furniture unless they hold more than half of the root's text (a wrapper, not a widget),
//    and credit lines (read/html_furniture.h's IsCreditLine); an embedded post's author line
//    and picture links (IsEmbeddedPostCredit); a card for another story (a short <article>,
//    under 600 bytes and a quarter of the root's text, whose first heading is all links);
//  - a list (ul, ol, dl) whose text is mostly links ("read also" lists) is skipped, and so is a
//    paragraph or heading that is mostly links, a "read also" label alone or before a link
//    (read/html_furniture.h), or only a time stamp (all its text inside <time>);
//  - h1..h6 are headings; p, li, blockquote, dd, div and every other block element end the text
//    before them, so each is a paragraph of its own; inline elements (a, b, span, …) are read as
//    their text; table cells are separated by a space, rows are paragraphs;
//  - <br>: one is a line break inside the paragraph, read as a space; two or more in a row
//    (only white space between) end a paragraph, as pages without <p> separate them so;
//  - a block's language is the nearest lang (or xml:lang) attribute below <html> naming Arabic
//    or English, else its script's (read/paragraph_language.h), else the nearest dir attribute's
//    (rtl: ar, ltr: en), else unknown ("").
#pragma once

#include <libxml/tree.h>

#include <unordered_map>
#include <vector>

#include "read/text_block.h"

namespace rawi {

inline constexpr size_t kMinArticleBytes = 200;

class HtmlArticle {
 public:
  // Measures the page's text once; `doc` must outlive this object.
  explicit HtmlArticle(const xmlDoc* doc);

  // `strict` false is the retry for pages the strict rules leave with too little text: class
  // and id names no longer mark furniture (tags and hidden elements still do).
  // When `with_siblings` is given and the root is the densest block or [itemprop=articleBody], it
  // receives the root and the siblings and other parts that belong with it, in document order.
  const xmlNode* FindRoot(bool strict = true,
                          std::vector<const xmlNode*>* with_siblings = nullptr) const;
  std::vector<TextBlock> Blocks(const xmlNode* root, bool strict = true) const;

  struct Lengths {
    size_t text = 0;   // bytes of visible text, white space not counted
    size_t links = 0;  // of which inside <a>
  };
  Lengths LengthsOf(const xmlNode* node) const;
  size_t NonLinkText(const xmlNode* node) const;  // text - links

  // Links on the whole page whose text is a headline (four words or more): a front page's
  // teasers, a section's story list, a sidebar's "most read".
  size_t LinkedHeadlines() const { return linked_headlines_; }

 private:
  const xmlDoc* doc_;
  std::unordered_map<const xmlNode*, Lengths> lengths_;
  size_t linked_headlines_ = 0;
};

}  // namespace rawi
