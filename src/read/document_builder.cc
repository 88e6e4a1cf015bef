#include "read/document_builder.h"

#include <optional>
#include <utility>

#include "read/date_text.h"
#include "read/html_byline.h"
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
    if (!rest) continue;
    // The name, without a date after it («كتب: محمد علي - الأحد 17 نوفمبر 2024»).
    const std::string name = BylineName(*rest);
    if (!name.empty() && IsShortCredit(name, kMaxBylineWords)) return name;
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

// The Document as the blocks come, one at a time, in reading order.
class DocumentShaper {
 public:
  DocumentShaper(Document metadata, const BoilerplateFilter& boilerplate)
      : doc_(std::move(metadata)),
        boilerplate_(boilerplate),
        title_(CollapseWhitespace(doc_.title.written)) {
    doc_.sections.clear();
  }

  void Add(const TextBlock& block) {
    if (block.kind == TextBlock::Kind::kHeading) {
      AddHeading(block);
      return;
    }
    if (block.kind == TextBlock::Kind::kParagraph &&
        (IsSkippedParagraph(block) || TakesBylineLine(block) || TakesDateLine(block))) {
      return;
    }
    AddParagraph(block);
  }

  // Throws when no paragraph was added.
  Document Finish(const std::string& fallback_language) {
    TakeClosingByline();
    DropEmptyHeadedSection();
    if (!seen_paragraph_ || doc_.sections.empty()) {
      throw FileError(doc_.source, "no article text found");
    }
    doc_.language = MajorityLanguage(doc_, fallback_language);
    for (const auto& [section, paragraph] : code_notes_) {
      doc_.sections[section].paragraphs[paragraph].text =
          doc_.language == "ar" ? kArabicCodeNote : kEnglishCodeNote;
    }
    FillParagraphLanguages(doc_, doc_.language);
    return std::move(doc_);
  }

 private:
  void AddHeading(const TextBlock& block) {
    if (block.text.empty() || boilerplate_.Matches(block.text)) return;
    if (block.level == 1 && !seen_paragraph_ && !seen_title_heading_) {
      seen_title_heading_ = true;
      if (doc_.title.written.empty()) doc_.title.written = block.text;
      return;
    }
    if (block.text == title_) return;
    DropEmptyHeadedSection();
    Section section;
    section.heading = Sentence(block.text, std::nullopt);
    doc_.sections.push_back(std::move(section));
  }

  bool IsSkippedParagraph(const TextBlock& block) const {
    return block.text.empty() || boilerplate_.Matches(block.text) ||
           (!seen_paragraph_ && !title_.empty() && block.text == title_);
  }

  // Among the first paragraphs: a byline written as a line of text. It names the author better
  // than a one-word credit from the page's metadata ("التحرير", "admin").
  bool TakesBylineLine(const TextBlock& block) {
    if (paragraphs_seen_ >= 2) return false;
    if (std::string name = WrittenByline(block.text); !name.empty()) {
      if (BylineGivesWay()) doc_.byline = std::move(name);
      return true;
    }
    return IsBylineRole(block.text);
  }

  // A line that is only a date («الأحد 17 نوفمبر 2024 - 15 جمادى الأولى 1446 هـ») is the
  // article's date, not its text; it dates the article when the metadata did not.
  bool TakesDateLine(const TextBlock& block) {
    if (paragraphs_seen_ >= 2 || !IsDateLine(block.text)) return false;
    if (doc_.date.empty()) doc_.date = block.text;
    return true;
  }

  // The last paragraphs, when they are a date line or a byline line: pages date and credit
  // the article at the end too («إعداد: سارة الكاديكي»).
  void TakeClosingByline() {
    if (doc_.sections.empty() || doc_.sections.back().paragraphs.empty()) return;
    std::vector<Paragraph>& paragraphs = doc_.sections.back().paragraphs;
    if (IsDateLine(paragraphs.back().text)) {
      if (doc_.date.empty()) doc_.date = paragraphs.back().text;
      paragraphs.pop_back();
      if (paragraphs.empty()) return;
    }
    std::string name = WrittenByline(paragraphs.back().text);
    if (name.empty()) return;
    if (BylineGivesWay()) doc_.byline = std::move(name);
    paragraphs.pop_back();
  }

  // A written byline names the author better than a one-word credit from the metadata
  // ("التحرير", "admin") or the site's own name.
  bool BylineGivesWay() const {
    return doc_.byline.find(' ') == std::string::npos ||
           (!doc_.site_name.empty() && doc_.byline == doc_.site_name);
  }

  void AddParagraph(const TextBlock& block) {
    if (block.kind == TextBlock::Kind::kParagraph) ++paragraphs_seen_;
    if (doc_.sections.empty()) doc_.sections.emplace_back();
    auto& paragraphs = doc_.sections.back().paragraphs;
    if (block.kind == TextBlock::Kind::kCodeNote) {
      code_notes_.emplace_back(doc_.sections.size() - 1, paragraphs.size());
    }
    Paragraph paragraph;
    paragraph.text = block.text;
    paragraph.language = block.language;
    paragraphs.push_back(std::move(paragraph));
    seen_paragraph_ = true;
  }

  void DropEmptyHeadedSection() {
    if (!doc_.sections.empty() && doc_.sections.back().paragraphs.empty()) {
      doc_.sections.pop_back();
    }
  }

  Document doc_;
  const BoilerplateFilter& boilerplate_;
  const std::string title_;                            // the metadata's, white space collapsed
  std::vector<std::pair<size_t, size_t>> code_notes_;  // (section, paragraph)
  bool seen_paragraph_ = false;
  size_t paragraphs_seen_ = 0;
  bool seen_title_heading_ = false;
};

}  // namespace

Document BuildDocument(const std::vector<TextBlock>& blocks, Document metadata,
                       const BoilerplateFilter& boilerplate, const std::string& fallback_language) {
  DocumentShaper shaper(std::move(metadata), boilerplate);
  for (const TextBlock& block : blocks) shaper.Add(block);
  return shaper.Finish(fallback_language);
}

}  // namespace rawi
