// Gathers the text of a walk over an article's root into headings and paragraphs
// (read/html_body.h's Blocks): the walk reports text, line and cell breaks, headings and block
// boundaries in document order, and the collector turns each run of text between boundaries into
// blocks.
//  - A heading collects everything up to its end, blocks inside it included (read as a space).
//  - Outside headings, two or more line breaks in a row (only white space between) end a
//    paragraph; one is read as a space, and so are source line breaks.
//  - A paragraph set in bold alone (all its text in <strong> or <b>, no link), of at most 12
//    words, without a colon, not ending in a stop, comma, colon or quote, is a heading of level
//    kBoldSubheadingLevel, as pages without <h2> write subheadings, when it stands in a p, div,
//    section, article, main or body (not a list item or cell), does not follow a heading, and a
//    paragraph follows it (before another heading or at the end it stays a paragraph).
//  - A paragraph or heading is dropped when it is mostly link text, a "read also" label alone or
//    before a link (read/html_furniture.h), or only a time stamp (all its text inside <time>).
//  - A paragraph's language is that of the nearest lang (or xml:lang) attribute below <html>
//    of the block element holding its first text, when it names Arabic or English; else its
//    script's (read/paragraph_language.h); else the nearest dir attribute's (rtl: ar, ltr: en);
//    else unknown (""). Headings have no language of their own.
#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <vector>

#include "read/text_block.h"

namespace rawi {

inline constexpr int kBoldSubheadingLevel = 3;

class BlockCollector {
 public:
  // Appends the blocks found to `out`, which must outlive the collector.
  explicit BlockCollector(std::vector<TextBlock>& out) : out_(out) {}

  // A text node; `in_link`, `in_time` and `in_bold` say whether it is inside a link, a <time>,
  // or a <strong> or <b>.
  void Text(const xmlNode* node, bool in_link, bool in_time, bool in_bold = false);
  void LineBreak();  // <br>
  void CellBreak();  // a table cell starts

  void StartHeading(int level);
  void EndHeading();
  // A block boundary: ends the paragraph before it (a space inside a heading).
  void Boundary();
  // Ends the text collected so far.
  void Flush();
  // Ends the walk: call once when it is done.
  void Finish();

 private:
  void Emit();
  void Push(TextBlock block);
  void EmitParagraphs();

  std::vector<TextBlock>& out_;
  std::string buffer_;              // text with link and time marks
  const xmlNode* owner_ = nullptr;  // the block element holding the block's first visible text
  int heading_level_ = 0;
  // The last block pushed is a bold subheading: it as a paragraph, should it head nothing.
  std::optional<TextBlock> bold_heading_;
};

}  // namespace rawi
