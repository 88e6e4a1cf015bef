// The HTML reader: a news page (already decoded to UTF-8) into a Document. The page is parsed
// with libxml2's HTML parser (lenient, never a regular expression); the metadata comes from
// read/html_metadata.h, the article's text from read/html_body.h, and the Document is shaped by
// read/document_builder.h. A page is read as at most libxml2's nesting limit (256 levels)
// allows: content nested deeper is not part of the document. A page that leaves too little text
// (under 500 bytes) and has <noscript> content is read again as a browser without script shows
// it (the <noscript> tags dropped, their content kept), and the longer reading is kept.
#pragma once

#include <string>
#include <string_view>

#include "document/document.h"
#include "read/boilerplate.h"
#include "read/html_limits.h"

namespace rawi {

// Throws a FileError "no article text found" naming `source` when the page has no readable text
// or is a listing of teasers that does not say it is an article (a front page, a section index),
// and "too complex to read: REASON" when it exceeds `limits` (read/html_limits.h).
Document ParseHtmlArticle(std::string_view utf8, const std::string& source,
                          const BoilerplateFilter& boilerplate, const HtmlLimits& limits = {});

}  // namespace rawi
