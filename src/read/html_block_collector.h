// Gathers the text of a walk over an article's root into headings and paragraphs
// (read/html_body.h's Blocks): the walk reports text, line and cell breaks, headings and block
// boundaries in document order, and the collector turns each run of text between boundaries into
// blocks.
//  - A heading collects everything up to its end, blocks inside it included (read as a space).
//  - Outside headings, two or more line breaks in a row (only white space between) end a
//    paragraph; one is read as a space, and so are source line breaks.
//  - A paragraph or heading is dropped when it is mostly link text, a "read also" label alone or
//    before a link (read/html_furniture.h), or only a time stamp (all its text inside <time>).
//  - A paragraph's language is that of the nearest lang (or xml:lang) attribute below <html>
//    of the block element holding its first text, when it names Arabic or English; else its
//    script's (read/paragraph_language.h); else the nearest dir attribute's (rtl: ar, ltr: en);
//    else unknown (""). Headings have no language of their own.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "read/text_block.h"

namespace rawi {

class BlockCollector {
 public:
  // Appends the blocks found to `out`, which must outlive the collector.
  explicit BlockCollector(std::vector<TextBlock>& out) : out_(out) {}

  // A text node; `in_link` and `in_time` say whether it is inside a link or a <time>.
  void Text(const xmlNode* node, bool in_link, bool in_time);
  void LineBreak();  // <br>
  void CellBreak();  // a table cell starts

  void StartHeading(int level);
  void EndHeading();
  // A block boundary: ends the paragraph before it (a space inside a heading).
  void Boundary();
  // Ends the text collected so far; call once more when the walk is done.
  void Flush();

 private:
  void Emit();
  void EmitParagraphs();

  std::vector<TextBlock>& out_;
  std::string buffer_;              // text with link and time marks
  const xmlNode* owner_ = nullptr;  // the block element holding the block's first visible text
  int heading_level_ = 0;
};

}  // namespace rawi
