// The Markdown reader: a UTF-8 Markdown article into a Document, parsed with md4c (CommonMark
// with GitHub tables, strikethrough and task lists).
//
//  - YAML front matter (read/front_matter.h) gives title, byline and date;
//  - headings are section headings; the first "#" heading before any paragraph is the title
//    (when the front matter has none) and never a section (read/document_builder.h);
//  - paragraphs, list items, block quotes and table rows are paragraphs; links are read as their
//    text, inline code as text, emphasis as plain text;
//  - images are not read, not even their alt text: it describes a picture, not the story;
//  - code blocks are replaced by a short spoken note («مقطع برمجي محذوف» / "code block omitted");
//  - raw HTML, as a block or inline, is skipped; entities (&amp;, &#1604;) are decoded;
//  - a list that is mostly links ("Read more:" lists), a paragraph that is mostly a link, and
//    lines matching the boilerplate patterns are dropped.
#pragma once

#include <string>
#include <string_view>

#include "document/document.h"
#include "read/boilerplate.h"

namespace rawi {

// `text` is valid UTF-8; `source` names the article in errors. Throws a FileError for bad front
// matter or an article without text.
Document ParseMarkdownArticle(std::string_view text, const std::string& source,
                              const BoilerplateFilter& boilerplate);

}  // namespace rawi
