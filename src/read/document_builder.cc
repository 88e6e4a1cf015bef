#include "read/document_builder.h"

#include <utility>

#include "read/paragraph_language.h"
#include "read/whitespace.h"
#include "util/error.h"

namespace rawi {

Document BuildDocument(const std::vector<TextBlock>& blocks, Document metadata,
                       const BoilerplateFilter& boilerplate, const std::string& fallback_language) {
  Document doc = std::move(metadata);
  doc.sections.clear();
  const std::string title = CollapseWhitespace(doc.title);
  std::vector<std::pair<size_t, size_t>> code_notes;  // (section, paragraph)
  bool seen_paragraph = false;
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
