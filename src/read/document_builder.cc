#include "read/document_builder.h"

#include <utility>

#include "read/paragraph_language.h"
#include "read/whitespace.h"
#include "util/error.h"
#include "util/text.h"

namespace rawi {
namespace {

// A written byline has a name of at most this many words after its colon.
constexpr size_t kMaxBylineWords = 6;

// The name in a written byline line («كتب: مروان العكاري», «إعداد: …», «بقلم: …»), else "".
std::string WrittenByline(std::string_view line) {
  for (std::string_view lead : {"كتب", "كتبت", "بقلم", "إعداد", "اعداد", "تقرير", "بواسطة"}) {
    if (!line.starts_with(lead)) continue;
    std::string_view rest = Trim(line.substr(lead.size()));
    if (rest.starts_with(":")) {
      rest.remove_prefix(1);
    } else if (rest.starts_with("：")) {
      rest.remove_prefix(std::string_view("：").size());
    } else {
      continue;
    }
    rest = Trim(rest);
    size_t words = rest.empty() ? 0 : 1;
    for (char c : rest) words += c == ' ' ? 1 : 0;
    // A name, not a sentence: short and without a full stop.
    if (words == 0 || words > kMaxBylineWords || rest.find('.') != std::string_view::npos) {
      return "";
    }
    return std::string(rest);
  }
  return "";
}

}  // namespace

Document BuildDocument(const std::vector<TextBlock>& blocks, Document metadata,
                       const BoilerplateFilter& boilerplate, const std::string& fallback_language) {
  Document doc = std::move(metadata);
  doc.sections.clear();
  const std::string title = CollapseWhitespace(doc.title);
  std::vector<std::pair<size_t, size_t>> code_notes;  // (section, paragraph)
  bool seen_paragraph = false;
  size_t paragraphs_seen = 0;
  bool seen_title_heading = false;

  auto drop_empty_headed_section = [&doc] {
    if (!doc.sections.empty() && doc.sections.back().paragraphs.empty()) doc.sections.pop_back();
  };

  for (const TextBlock& block : blocks) {
    if (block.kind == TextBlock::Kind::kHeading) {
      if (block.text.empty() || boilerplate.Matches(block.text)) continue;
      if (block.level == 1 && !seen_paragraph && !seen_title_heading) {
        seen_title_heading = true;
        if (doc.title.empty()) doc.title = block.text;
        continue;
      }
      if (block.text == title) continue;
      drop_empty_headed_section();
      Section section;
      section.heading = block.text;
      doc.sections.push_back(std::move(section));
      continue;
    }
    if (block.kind == TextBlock::Kind::kParagraph &&
        (block.text.empty() || boilerplate.Matches(block.text) ||
         (!seen_paragraph && !title.empty() && block.text == title))) {
      continue;
    }
    // Among the first paragraphs: a byline written as a line of text. It names the author
    // better than a one-word credit from the page's metadata ("التحرير", "admin").
    if (block.kind == TextBlock::Kind::kParagraph && paragraphs_seen < 2) {
      if (std::string name = WrittenByline(block.text); !name.empty()) {
        if (doc.byline.find(' ') == std::string::npos) doc.byline = std::move(name);
        continue;
      }
    }
    if (block.kind == TextBlock::Kind::kParagraph) ++paragraphs_seen;
    if (doc.sections.empty()) doc.sections.emplace_back();
    auto& paragraphs = doc.sections.back().paragraphs;
    if (block.kind == TextBlock::Kind::kCodeNote) {
      code_notes.emplace_back(doc.sections.size() - 1, paragraphs.size());
    }
    Paragraph paragraph;
    paragraph.text = block.text;
    paragraph.language = block.language;
    paragraphs.push_back(std::move(paragraph));
    seen_paragraph = true;
  }
  drop_empty_headed_section();
  if (!seen_paragraph || doc.sections.empty()) {
    throw FileError(doc.source, "no article text found");
  }

  doc.language = MajorityLanguage(doc, fallback_language);
  for (const auto& [section, paragraph] : code_notes) {
    doc.sections[section].paragraphs[paragraph].text =
        doc.language == "ar" ? kArabicCodeNote : kEnglishCodeNote;
  }
  FillParagraphLanguages(doc, doc.language);
  return doc;
}

}  // namespace rawi
