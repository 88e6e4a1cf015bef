// The article as every stage after `read` sees it: plain data, no behaviour.
// read fills title, language and the paragraphs' text; normalize rewrites text in place;
// segment fills each paragraph's sentences.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace rawi {

struct Paragraph {
  std::string text;                    // the whole paragraph, one line
  std::vector<std::string> sentences;  // filled by segment; empty before
};

struct Section {
  std::optional<std::string> heading;  // nullopt for the lede before the first heading
  std::vector<Paragraph> paragraphs;
};

struct Document {
  std::string source;    // the file it was read from, for messages
  std::string title;     // empty when the article has no title line
  std::string language;  // BCP 47 language of the article, e.g. "ar" or "en"
  std::vector<Section> sections;
};

}  // namespace rawi
