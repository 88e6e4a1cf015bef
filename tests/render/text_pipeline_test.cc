#include "render/text_pipeline.h"

#include <gtest/gtest.h>

#include <functional>

#include "support/document_sentences.h"
#include "support/temp_dir.h"
#include "util/error.h"
#include "vocalize/vocalizer.h"

namespace rawi {
namespace {

using testing::TempDir;

TextConfig Config(bool vocalize) {
  TextConfig config;
  config.voices_dir = RAWI_VOICES_DIR;
  config.vocalize = vocalize;
  return config;
}

const char* kArticle = "وصل 25 مسافرا\nوصل 25 مسافرا إلى طرابلس. ثم غادروا.\n0 تعليق\n";

TEST(TextPipelineTest, WrittenOnlyReadsAndSplitsWithoutSpokenForms) {
  TempDir dir;
  const TextPipeline pipeline(Config(true), TextForms::kWritten);
  const Document doc = pipeline.Prepare(dir.Write("a.txt", kArticle));
  EXPECT_EQ(doc.title.written, "وصل 25 مسافرا");
  ASSERT_EQ(doc.sections.size(), 1u);
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 1u);  // "0 تعليق" is boilerplate
  EXPECT_EQ(Written(doc.sections[0].paragraphs[0]),
            (std::vector<std::string>{"وصل 25 مسافرا إلى طرابلس.", "ثم غادروا."}));
  EXPECT_FALSE(doc.sections[0].paragraphs[0].sentences[0].spoken);
  EXPECT_FALSE(doc.title.spoken);
}

TEST(TextPipelineTest, WrittenOnlyRefusesToSpeak) {
  const TextPipeline pipeline(Config(false), TextForms::kWritten);
  Document doc;
  for (const auto& speak : std::vector<std::function<void()>>{
           [&] { pipeline.Speak(doc); }, [&] { pipeline.SpokenLine("1", "ar"); }}) {
    try {
      speak();
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_STREQ(e.what(), "this text pipeline reads written text only");
      EXPECT_EQ(e.kind(), ErrorKind::kUsage);
    }
  }
}

// The wiring, not the stages' own rules (their tests pin those): the spoken forms are the
// normalizer's, then the vocalizer's for Arabic.
TEST(TextPipelineTest, SpokenFormsAreNormalizedThenVocalized) {
  TempDir dir;
  NormalizerConfig normalizer_config;
  normalizer_config.voices_dir = RAWI_VOICES_DIR;
  const Normalizer normalizer(normalizer_config);
  VocalizerConfig vocalizer_config;
  vocalizer_config.voices_dir = RAWI_VOICES_DIR;
  const Vocalizer vocalizer(vocalizer_config);
  const std::string sentence = "وصل 25 مسافرا إلى طرابلس.";

  const TextPipeline plain(Config(false));
  const Document doc = plain.Prepare(dir.Write("a.txt", kArticle));
  ASSERT_EQ(doc.sections[0].paragraphs[0].sentences.size(), 2u);
  EXPECT_EQ(doc.sections[0].paragraphs[0].sentences[0].spoken,
            normalizer.Normalize(sentence, "ar"));
  EXPECT_EQ(doc.title.spoken, normalizer.Normalize("وصل 25 مسافرا", "ar"));
  EXPECT_EQ(plain.SpokenLine(sentence, "ar"), normalizer.Normalize(sentence, "ar"));
  EXPECT_EQ(normalizer.Normalize(sentence, "ar").find("25"), std::string::npos);

  const TextPipeline vocalized(Config(true));
  const std::string line = vocalized.SpokenLine(sentence, "ar");
  EXPECT_EQ(line, vocalizer.Speakable(normalizer.Normalize(sentence, "ar")));
  EXPECT_NE(line, plain.SpokenLine(sentence, "ar"));
  EXPECT_EQ(vocalized.Prepare(dir / "a.txt").sections[0].paragraphs[0].sentences[0].spoken, line);
  // Not Arabic: normalized only.
  EXPECT_EQ(vocalized.SpokenLine("It cost $5.", "en"), normalizer.Normalize("It cost $5.", "en"));
}

}  // namespace
}  // namespace rawi
