#include "read/document_builder.h"

#include <optional>
#include <utility>

#include "read/paragraph_language.h"
#include "text/whitespace.h"
#include "util/error.h"

namespace rawi {
namespace {

// A written byline has a name of at most this many words after its colon; a post under it
// («بي بي سي نيوز عربي - طرابلس») at most kMaxRoleWords.
constexpr size_t kMaxBylineWords = 6;
constexpr size_t kMaxRoleWords = 10;

// What follows `lead` and a colon or comma at the start of `line` (trimmed), else nullopt.
std::optional<std::string_view> AfterLead(std::string_view line, std::string_view lead) {
  if (!line.starts_with(lead)) return std::nullopt;
  std::string_view rest = Trim(line.substr(lead.size()));
  for (std::string_view separator : {":", "：", "،", ","}) {
    if (rest.starts_with(separator)) return Trim(rest.substr(separator.size()));
  }
  return std::nullopt;
}

// A name or a post, not a sentence: at most `max_words` words, no full stop.
bool IsShortCredit(std::string_view rest, size_t max_words) {
  size_t words = rest.empty() ? 0 : 1;
  for (char c : rest) words += c == ' ' ? 1 : 0;
  return words > 0 && words <= max_words && rest.find('.') == std::string_view::npos;
}

// The name in a written byline line («كتب: مروان العكاري», «إعداد: …», «بقلم: …», BBC's
// «الكاتب، …» and "Author, …"), else "".
std::string WrittenByline(std::string_view line) {
  for (std::string_view lead : {"كتب", "كتبت", "بقلم", "إعداد", "اعداد", "تقرير", "بواسطة",
                                "الكاتب", "الكاتبة", "Author"}) {
    const std::optional<std::string_view> rest = AfterLead(line, lead);
    if (rest && IsShortCredit(*rest, kMaxBylineWords)) return std::string(*rest);
  }
  return "";
}

// The line under a BBC byline that gives the writer's post («المنصب، مراسل الشؤون العربية»,
// "Role, BBC News", "Reporting from, Tripoli"): part of the byline block, not text.
bool IsBylineRole(std::string_view line) {
  for (std::string_view lead : {"المنصب", "Role", "Reporting from"}) {
    const std::optional<std::string_view> rest = AfterLead(line, lead);
    if (rest && IsShortCredit(*rest, kMaxRoleWords)) return true;
  }
  return false;
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
      if (IsBylineRole(block.text)) continue;
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
