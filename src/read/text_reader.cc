#include "read/text_reader.h"

#include <iterator>
#include <optional>

#include "read/language.h"
#include "text/utf8.h"
#include "text/whitespace.h"
#include "util/error.h"

namespace rawi {
namespace {

bool IsClosingMark(char32_t c) {
  switch (c) {
    case U'"':
    case U'\'':
    case U')':
    case U']':
    case U'»':
    case U'”':
    case U'’':
    case U'›':
      return true;
    default:
      return false;
  }
}

bool IsSentenceFinal(char32_t c) {
  switch (c) {
    case U'.':
    case U'!':
    case U'?':
    case U'؟':
    case U'…':
    case U':':
    case U'؛':
    case U';':
    case U'۔':
      return true;
    default:
      return false;
  }
}

bool EndsSentence(std::string_view unit) {
  while (!unit.empty() && IsClosingMark(LastCodePoint(unit))) {
    std::string_view rest = unit;
    // Drop the last code point: find the start byte of the final UTF-8 sequence.
    size_t cut = rest.size() - 1;
    while (cut > 0 && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80) --cut;
    unit = Trim(rest.substr(0, cut));
  }
  return !unit.empty() && IsSentenceFinal(LastCodePoint(unit));
}

bool IsShort(std::string_view unit, const TextReaderConfig& config) {
  return WordCount(unit) <= config.max_heading_words &&
         CodePointCount(unit) <= config.max_heading_chars;
}

bool LooksLikeHeading(std::string_view unit, const TextReaderConfig& config) {
  return IsShort(unit, config) && !EndsSentence(unit);
}

// Units of text: lines, with hard-wrapped lines of one block joined.
std::vector<std::string> Units(std::string_view text, const BoilerplateFilter& boilerplate,
                               const TextReaderConfig& config) {
  std::vector<std::string> units;
  bool continues = false;  // the last unit wants the next line of its block
  for (std::string_view raw : SplitLines(text)) {
    std::string_view line = Trim(raw);
    if (line.empty()) {
      continues = false;
      continue;
    }
    if (boilerplate.Matches(line)) continue;
    if (continues) {
      units.back() += ' ';
      units.back() += line;
    } else {
      units.emplace_back(line);
    }
    continues = !IsShort(units.back(), config) && !EndsSentence(units.back());
  }
  return units;
}

}  // namespace

Document ParsePlainText(std::string_view text, const std::string& source,
                        const BoilerplateFilter& boilerplate, const TextReaderConfig& config) {
  std::vector<std::string> units = Units(text, boilerplate, config);
  if (units.empty()) throw FileError(source, "no article text (only boilerplate)");
  Document doc;
  doc.source = source;
  doc.language = DetectLanguage(text);

  size_t first = 0;
  if (units.size() > 1 && LooksLikeHeading(units[0], config)) {
    doc.title.written = units[0];
    first = 1;
  }
  doc.sections.emplace_back();
  for (size_t i = first; i < units.size(); ++i) {
    const bool followed_by_paragraph =
        i + 1 < units.size() && !LooksLikeHeading(units[i + 1], config);
    if (LooksLikeHeading(units[i], config) && followed_by_paragraph) {
      if (doc.sections.back().paragraphs.empty() && !doc.sections.back().heading &&
          doc.sections.size() == 1) {
        // The article opens with a heading: no lede.
        doc.sections.back().heading = Sentence(units[i], std::nullopt);
      } else {
        Section section;
        section.heading = Sentence(units[i], std::nullopt);
        doc.sections.push_back(std::move(section));
      }
      continue;
    }
    Paragraph paragraph;
    paragraph.text = units[i];
    doc.sections.back().paragraphs.push_back(std::move(paragraph));
  }
  return doc;
}

}  // namespace rawi
