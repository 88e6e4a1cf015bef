#include "render/document_json.h"

#include <nlohmann/json.hpp>

namespace rawi {

std::string DocumentToJson(const Document& doc) {
  using Json = nlohmann::ordered_json;
  auto or_null = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
  Json sections = Json::array();
  for (const Section& section : doc.sections) {
    Json paragraphs = Json::array();
    for (const Paragraph& paragraph : section.paragraphs) {
      Json sentences = Json::array();
      for (const Sentence& sentence : paragraph.sentences) sentences.push_back(sentence.written);
      paragraphs.push_back({{"language", paragraph.language}, {"sentences", std::move(sentences)}});
    }
    sections.push_back(
        {{"heading", section.heading ? Json(section.heading->written) : Json(nullptr)},
         {"paragraphs", std::move(paragraphs)}});
  }
  const Json json = {{"title", doc.title.written},          {"byline", or_null(doc.byline)},
                     {"site_name", or_null(doc.site_name)}, {"date", or_null(doc.date)},
                     {"date_iso", or_null(doc.date_iso)},   {"language", doc.language},
                     {"sections", std::move(sections)}};
  return json.dump(2, ' ', /*ensure_ascii=*/false) + '\n';
}

}  // namespace rawi
