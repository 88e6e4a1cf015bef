#include "render/document_json.h"

#include <gtest/gtest.h>

#include "support/document_sentences.h"

namespace rawi {
namespace {

TEST(DocumentToJsonTest, SegmentSchema) {
  Document doc;
  doc.title.written = "عنوان";
  doc.language = "ar";
  doc.date = "الجمعة 17 مايو 2024";
  doc.date_iso = "2024-05-17";
  Paragraph paragraph{"جملة. أخرى.", Sentences({"جملة.", "أخرى."}), "ar"};
  doc.sections = {Section{std::nullopt, {paragraph}}, Section{Heading("\"قسم\""), {}}};
  EXPECT_EQ(DocumentToJson(doc), R"({
  "title": "عنوان",
  "byline": null,
  "site_name": null,
  "date": "الجمعة 17 مايو 2024",
  "date_iso": "2024-05-17",
  "language": "ar",
  "sections": [
    {
      "heading": null,
      "paragraphs": [
        {
          "language": "ar",
          "sentences": [
            "جملة.",
            "أخرى."
          ]
        }
      ]
    },
    {
      "heading": "\"قسم\"",
      "paragraphs": []
    }
  ]
}
)");
}

}  // namespace
}  // namespace rawi
