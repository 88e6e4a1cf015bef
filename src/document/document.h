// The article as every stage after `read` sees it: plain data, no behaviour.
// read fills title, byline, date, language and the paragraphs' text and language;
// segment fills each paragraph's sentences (as written); normalize fills the spoken forms that
// the synthesizer reads, leaving the written text for captions and timings.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rawi {

// One sentence (or a title, or a heading): as written (captions, timings, the page show it) and
// as said.
struct Sentence {
  Sentence() = default;
  // Not an aggregate, on purpose: `sentences = {"a.", "b."}` must not compile as one sentence
  // whose spoken form is "b.".
  Sentence(std::string written_text, std::optional<std::string> spoken_text)
      : written(std::move(written_text)), spoken(std::move(spoken_text)) {}
  bool operator==(const Sentence&) const = default;

  std::string written;                // filled by segment
  std::optional<std::string> spoken;  // filled by normalize (then vocalize); nullopt: say `written`
};

struct Paragraph {
  std::string text;                 // the whole paragraph, one line
  std::vector<Sentence> sentences;  // filled by segment; empty before
  std::string language;             // BCP 47 of this paragraph ("ar", "en"); set by read
  bool credits = false;  // the credits the voice announces (render/credit_line.h), not the text
};

struct Section {
  std::optional<Sentence> heading;  // nullopt for the lede before the first heading
  std::vector<Paragraph> paragraphs;
};

struct Document {
  std::string source;     // the file it was read from, for messages
  Sentence title;         // title.written is empty when the article has no title line
  std::string byline;     // the author(s) as the source names them; empty when unknown
  std::string site_name;  // the publication ("بوابة الوسط", "BBC News"); empty when unknown
  std::string date;       // publication date as the source writes it; empty if unknown
  std::string date_iso;  // the same in ISO 8601 (read/date_text.h); empty when it cannot be told
  std::string language;  // BCP 47 language of the article, e.g. "ar" or "en"
  std::vector<Section> sections;
};

}  // namespace rawi
