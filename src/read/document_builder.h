// Shapes the blocks a markup reader found into the Document the later stages read, with the
// same rules for every reader:
//  - blocks that match a boilerplate pattern (voices/boilerplate.txt) are dropped;
//  - the first level-1 heading before any paragraph is the article's title: it becomes the title
//    when the metadata gave none, and is never a section heading; nor is any heading that repeats
//    the title, nor a first paragraph that does (a title styled as a <div>);
//  - a byline written as one of the first two paragraphs or as the last («كتب: NAME», «كتبت:»,
//  «بقلم:», «إعداد:»,
//    «تقرير:», «بواسطة:», BBC's «الكاتب، NAME» and "Author, NAME", a name (a date after it cut,
//    read/html_byline.h's BylineName) of at most six words without a full stop) is not read as
//    text; it becomes the byline unless the metadata named one of two words or more that is not the
//    site's name (metadata.site_name); the post under it («المنصب، …», "Role, …", "Reporting from,
//    …") is not read either;
//  - a paragraph that is only a date (read/date_text.h's IsDateLine), among the first two or
//    the last, is not read; it becomes the date when the metadata gave none;
//  - every other heading starts a section; paragraphs before the first heading form the lede
//    (heading null); a headed section left without paragraphs is dropped;
//  - the article's language is that of most of its letters (paragraph by paragraph), else
//    `fallback_language`; a paragraph without a language of its own takes the article's;
//  - a code note says «مقطع برمجي محذوف» in an Arabic article, "code block omitted" otherwise.
#pragma once

#include <string>
#include <vector>

#include "document/document.h"
#include "read/boilerplate.h"
#include "read/text_block.h"

namespace rawi {

inline constexpr char kArabicCodeNote[] = "مقطع برمجي محذوف";
inline constexpr char kEnglishCodeNote[] = "code block omitted";

// `metadata` carries source, title, byline and date; its sections are replaced. Throws a
// FileError "no article text found" naming metadata.source when no paragraph is left.
Document BuildDocument(const std::vector<TextBlock>& blocks, Document metadata,
                       const BoilerplateFilter& boilerplate, const std::string& fallback_language);

}  // namespace rawi
