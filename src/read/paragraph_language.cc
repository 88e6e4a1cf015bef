#include "read/paragraph_language.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <map>

namespace rawi {
namespace {

struct ScriptCounts {
  size_t arabic = 0;
  size_t latin = 0;
};

ScriptCounts CountScripts(std::string_view text) {
  ScriptCounts counts;
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_ARABIC) ++counts.arabic;
    if (script == USCRIPT_LATIN) ++counts.latin;
  }
  return counts;
}

}  // namespace

std::optional<std::string> ScriptLanguage(std::string_view text) {
  const ScriptCounts counts = CountScripts(text);
  if (counts.arabic == 0 && counts.latin == 0) return std::nullopt;
  return counts.arabic > counts.latin ? "ar" : "en";
}

std::optional<std::string> PrimaryLanguageSubtag(std::string_view tag) {
  while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
  std::string primary;
  for (char c : tag) {
    if (c == '-' || c == '_' || c == ' ') break;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return std::nullopt;
    primary += static_cast<char>(c | 0x20);
  }
  if (primary.size() < 2 || primary.size() > 3) return std::nullopt;
  return primary;
}

void FillParagraphLanguages(Document& doc, const std::string& fallback) {
  for (Section& section : doc.sections) {
    for (Paragraph& paragraph : section.paragraphs) {
      if (paragraph.language.empty()) {
        paragraph.language = ScriptLanguage(paragraph.text).value_or(fallback);
      }
    }
  }
}

std::string MajorityLanguage(const Document& doc, const std::string& fallback) {
  std::map<std::string, size_t> letters;
  for (const Section& section : doc.sections) {
    for (const Paragraph& paragraph : section.paragraphs) {
      const ScriptCounts counts = CountScripts(paragraph.text);
      const std::string language = paragraph.language.empty()
                                       ? ScriptLanguage(paragraph.text).value_or("")
                                       : paragraph.language;
      if (!language.empty()) letters[language] += counts.arabic + counts.latin;
    }
  }
  std::string best = fallback;
  size_t most = 0;
  for (const auto& [language, count] : letters) {
    // Ties go to Arabic, the language rawi is made for first.
    if (count > most || (count == most && count > 0 && language == "ar")) {
      best = language;
      most = count;
    }
  }
  return best;
}

void OverrideLanguage(Document& doc, const std::string& language) {
  doc.language = language;
  for (Section& section : doc.sections) {
    for (Paragraph& paragraph : section.paragraphs) paragraph.language = language;
  }
}

}  // namespace rawi
