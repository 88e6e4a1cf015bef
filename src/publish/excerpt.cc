#include "publish/excerpt.h"

#include "text/utf8.h"

namespace rawi {

std::string LeadingWords(const std::string& text, size_t max_code_points) {
  std::string cut;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string next = cut + (cut.empty() ? "" : " ") + text.substr(start, end - start);
    if (CodePointCount(next) > max_code_points) break;
    cut = next;
    start = end + 1;
  }
  return cut;
}

std::string Description(const Document& doc) {
  for (const auto& section : doc.sections) {
    for (const auto& paragraph : section.paragraphs) {
      if (paragraph.credits) continue;
      std::string text;
      for (const Sentence& sentence : paragraph.sentences) {
        text += (text.empty() ? "" : " ") + sentence.written;
      }
      if (text.empty()) continue;
      if (CodePointCount(text) <= kDescriptionMax) return text;
      return LeadingWords(text, kDescriptionMax - 1) + "…";  // room for the "…"
    }
  }
  return doc.title.written;
}

}  // namespace rawi
