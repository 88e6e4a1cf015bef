// What the markup readers (HTML, Markdown) find in an article, in reading order, before it is
// shaped into a Document by BuildDocument (read/document_builder.h).
#pragma once

#include <string>

namespace rawi {

struct TextBlock {
  enum class Kind {
    kParagraph,
    kHeading,
    kCodeNote,  // a code block that is not read; replaced by a short spoken note
  };
  Kind kind = Kind::kParagraph;
  int level = 0;         // 1..6 for headings
  std::string text;      // white space collapsed; empty for code notes
  std::string language;  // "ar"/"en" when markup or script tells; "" when unknown
};

}  // namespace rawi
