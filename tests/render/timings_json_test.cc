#include "render/timings_json.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

TEST(TimingsToJsonTest, SchemaInSeconds) {
  Timings t;
  t.sample_rate = 1000;
  t.total_samples = 4500;
  SectionTiming lede{
      std::nullopt,
      0,
      1500,
      {ParagraphTiming{
          0,
          1500,
          {{"في 25 مدينة.", 0, 1500, {{"في", 0, 250}, {"25", 250, 900}, {"مدينة.", 900, 1500}}}}}}};
  SectionTiming second{"عنوان", 2000, 4000, {ParagraphTiming{2500, 4000, {{"\"x\"", 2500, 4000}}}}};
  t.sections = {lede, second};
  EXPECT_EQ(TimingsToJson(t, "out/a.wav"), R"({
  "audio": "out/a.wav",
  "duration": 4.5,
  "sections": [
    {
      "heading": null,
      "start": 0.0,
      "end": 1.5,
      "paragraphs": [
        {
          "start": 0.0,
          "end": 1.5,
          "sentences": [
            {
              "text": "في 25 مدينة.",
              "start": 0.0,
              "end": 1.5,
              "words": [
                {
                  "text": "في",
                  "start": 0.0,
                  "end": 0.25
                },
                {
                  "text": "25",
                  "start": 0.25,
                  "end": 0.9
                },
                {
                  "text": "مدينة.",
                  "start": 0.9,
                  "end": 1.5
                }
              ]
            }
          ]
        }
      ]
    },
    {
      "heading": "عنوان",
      "start": 2.0,
      "end": 4.0,
      "paragraphs": [
        {
          "start": 2.5,
          "end": 4.0,
          "sentences": [
            {
              "text": "\"x\"",
              "start": 2.5,
              "end": 4.0,
              "words": []
            }
          ]
        }
      ]
    }
  ]
}
)");
}

TEST(TimingsToJsonTest, SecondsRoundedToMicroseconds) {
  Timings t;
  t.sample_rate = 22050;
  t.total_samples = 1;
  EXPECT_NE(TimingsToJson(t, "a").find("\"duration\": 4.5e-05"), std::string::npos)
      << TimingsToJson(t, "a");
}

TEST(TimingSecondsTest, MicrosecondsAsTheJsonWritesThem) {
  EXPECT_DOUBLE_EQ(TimingSeconds(1, 22050), 4.5e-05);
  EXPECT_DOUBLE_EQ(TimingSeconds(22050 * 3 + 11025, 22050), 3.5);
  EXPECT_DOUBLE_EQ(TimingSeconds(1000, 22050), 0.045351);
}

}  // namespace
}  // namespace rawi
