// The plain-text reader: a UTF-8 article file into a Document.
//
// Layout rules, in order:
//  - lines that match a boilerplate pattern are dropped;
//  - a blank line ends a block; inside a block each line is a unit, except that a line which is
//    too long for a heading and lacks sentence-final punctuation continues on the next line
//    (hard-wrapped text);
//  - a heading is a short unit (config limits) without sentence-final punctuation that is
//    followed by a paragraph; if the first unit looks like a heading it is the title instead;
//  - every other unit is a paragraph; paragraphs before the first heading form the lede section.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "document/document.h"
#include "read/boilerplate.h"

namespace rawi {

struct TextReaderConfig {
  size_t max_heading_words = 14;
  size_t max_heading_chars = 120;  // code points
  size_t max_file_bytes = 64 * 1024 * 1024;
};

// Splits valid UTF-8 text into a Document by the rules above. `source` names the article in
// errors; throws a FileError when no article text is left.
Document ParsePlainText(std::string_view text, const std::string& source,
                        const BoilerplateFilter& boilerplate, const TextReaderConfig& config);

}  // namespace rawi
