#include "render/document_json.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

TEST(DocumentToJsonTest, SegmentSchema) {
  Document doc;
  doc.title = "عنوان";
  doc.language = "ar";
  doc.date = "2024-05-17";
  Paragraph paragraph{"جملة. أخرى.", {"جملة.", "أخرى."}, "ar", {}};
  doc.sections = {Section{std::nullopt, {paragraph}, std::nullopt},
                  Section{"\"قسم\"", {}, std::nullopt}};
  EXPECT_EQ(DocumentToJson(doc), R"({
  "title": "عنوان",
  "byline": null,
  "date": "2024-05-17",
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
