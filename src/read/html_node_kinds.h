// What the HTML article reader's walks (read/html_body.h) ask of a node: is it text, a heading, a
// block, a paragraph, a link; and how much visible text a text node holds.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <string_view>

namespace rawi {

// The document as the node its walks start from.
const xmlNode* DocumentNode(const xmlDoc* doc);

// A text or CDATA node with content.
bool IsText(const xmlNode* node);

// Bytes of a text node other than white space (space, tab, CR, LF, FF).
size_t VisibleBytes(const xmlNode* text_node);

// Words in a text node: runs of characters other than white space.
size_t TextWordCount(const xmlNode* text_node);

// Never text at all, wherever it is: script, style, noscript, template, head.
bool IsInvisibleTag(std::string_view tag);

// 1..6 for h1..h6, else 0.
int HeadingLevel(std::string_view tag);

// Elements that end the text before them (p, div, li, table rows, headings, …); the rest are
// inline and read as their text.
bool IsBlockTag(std::string_view tag);

// ul, ol, dl.
bool IsListTag(std::string_view tag);

// p, blockquote, pre.
bool IsParagraphTag(std::string_view tag);

// An <a> leading away from the page; a "javascript:" link is a button whose text is the page's own.
bool IsLink(const xmlNode* node);

// A <div> with no block and no <br> inside, only text and inline elements: a paragraph on pages
// written without <p> (Readability turns these into <p> before scoring).
bool IsTextOnlyDiv(const xmlNode* node);

}  // namespace rawi
