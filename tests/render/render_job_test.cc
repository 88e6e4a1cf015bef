#include "render/render_job.h"

#include <gtest/gtest.h>
#include <sndfile.h>

#include "support/audio_file.h"
#include "support/document_sentences.h"
#include "support/fake_synthesizer.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::FakeSynthesizer;
using testing::ListDir;
using testing::ReadFile;
using testing::TempDir;

std::string UsageErrorOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
    return e.what();
  }
  return "no error";
}

TEST(AudioPathForTest, DefaultIsBesideTheInput) {
  EXPECT_EQ(AudioPathFor("news/a.txt", "", std::nullopt, false), "news/a.wav");
  EXPECT_EQ(AudioPathFor("news/a.txt", "", AudioFormat::kFlac, true), "news/a.flac");
  EXPECT_EQ(AudioPathFor("a", "", AudioFormat::kOgg, false), "a.ogg");
}

TEST(AudioPathForTest, FolderFileAndStdout) {
  TempDir dir;
  EXPECT_EQ(AudioPathFor("news/a.txt", dir.path().string(), std::nullopt, true),
            dir.path() / "a.wav");
  EXPECT_EQ(AudioPathFor("news/a.txt", "new-folder/", AudioFormat::kOgg, false),
            std::filesystem::path("new-folder/a.ogg"));
  EXPECT_EQ(AudioPathFor("a.txt", "b.flac", std::nullopt, false), "b.flac");
  EXPECT_EQ(AudioPathFor("a.txt", "b.flac", AudioFormat::kFlac, false), "b.flac");
  EXPECT_EQ(AudioPathFor("a.txt", "b.audio", AudioFormat::kOgg, false), "b.audio");
  EXPECT_EQ(AudioPathFor("a.txt", "-", std::nullopt, false), "-");
}

TEST(AudioPathForTest, UsageErrors) {
  EXPECT_EQ(UsageErrorOf([] { AudioPathFor("a.txt", "b.wav", std::nullopt, true); }),
            "-o b.wav: several articles need an output folder");
  EXPECT_EQ(UsageErrorOf([] { AudioPathFor("a.txt", "b.mp3", std::nullopt, false); }),
            "-o b.mp3: cannot tell the audio format from the name; use .wav, .flac or .ogg, or "
            "--format");
  EXPECT_EQ(UsageErrorOf([] { AudioPathFor("a.txt", "b.wav", AudioFormat::kFlac, false); }),
            "-o b.wav: the extension does not match --format flac");
  EXPECT_EQ(UsageErrorOf([] { AudioPathFor("a.txt", "-", AudioFormat::kOgg, false); }),
            "-o - streams WAV only, not --format ogg");
  EXPECT_EQ(UsageErrorOf([] { AudioPathFor("a.txt", "-", std::nullopt, true); }),
            "-o - streams one article; give a folder for several");
}

TEST(TimingsPathForTest, FileOrFolder) {
  EXPECT_EQ(TimingsPathFor("x/a.txt", "t.json", false), "t.json");
  EXPECT_EQ(TimingsPathFor("x/a.txt", "out", true), std::filesystem::path("out/a.timings.json"));
}

// The vocalizer has its own tests; here the spoken text is the normalizer's alone.
RenderConfig Config() {
  RenderConfig config;
  config.text.voices_dir = RAWI_VOICES_DIR;
  config.text.vocalize = false;
  return config;
}

TEST(ArticleRendererTest, RendersWithVoiceForTheArticleLanguage) {
  TempDir dir;
  const auto input =
      dir.Write("a.txt", "عنوان الخبر\nفقرة أولى. جملة ثانية.\nقسم\nفقرة.\n0 تعليق\n");
  FakeSynthesizer synth;
  ArticleRenderer renderer(synth, Config());
  const Timings t = renderer.Render(input, dir / "a.flac", dir / "a.json");
  ASSERT_EQ(synth.voices.size(), 1u);
  EXPECT_EQ(synth.voices[0].name, "ar-news");
  EXPECT_EQ(synth.spoken,
            (std::vector<std::string>{"عنوان الخبر", "فقرة أولى.", "جملة ثانية.", "قسم", "فقرة."}));
  const auto audio = testing::ReadAudio(dir / "a.flac");
  EXPECT_EQ(audio.samples.size(), t.total_samples);
  EXPECT_EQ(audio.sample_rate, FakeSynthesizer::kRate);
  const std::string json = ReadFile(dir / "a.json");
  EXPECT_NE(json.find("\"heading\": \"قسم\""), std::string::npos);
  EXPECT_EQ(json.find("تعليق"), std::string::npos);
  EXPECT_EQ(ListDir(dir.path()), (std::vector<std::string>{"a.flac", "a.json", "a.txt"}));
}

TEST(ArticleRendererTest, HandsBackTheDocumentItSpoke) {
  TempDir dir;
  const auto input = dir.Write("a.txt", "عنوان الخبر\nفقرة أولى. جملة ثانية.\nقسم\nفقرة.\n");
  FakeSynthesizer synth;
  ArticleRenderer renderer(synth, Config());
  Document spoken;
  const Timings t = renderer.Render(input, dir / "a.wav", std::nullopt, &spoken);
  EXPECT_EQ(spoken.title.written, "عنوان الخبر");
  EXPECT_EQ(spoken.language, "ar");
  ASSERT_EQ(spoken.sections.size(), t.sections.size());
  ASSERT_EQ(spoken.sections.size(), 2u);
  EXPECT_EQ(Written(spoken.sections[0].paragraphs[0]),
            (std::vector<std::string>{"فقرة أولى.", "جملة ثانية."}));
  EXPECT_EQ(WrittenHeading(spoken.sections[1]), "قسم");
}

TEST(ArticleRendererTest, VoiceAndRateOverrides) {
  TempDir dir;
  const auto input = dir.Write("a.txt", "Body text.\n");
  FakeSynthesizer synth;
  RenderConfig config = Config();
  config.voice = "ar-news";
  config.rate_wpm = 200;
  ArticleRenderer(synth, config).Render(input, dir / "a.wav", std::nullopt);
  EXPECT_EQ(synth.voices[0].name, "ar-news");
  EXPECT_EQ(synth.voices[0].rate_wpm, 200);
}

TEST(ArticleRendererTest, FailureLeavesEarlierOutputs) {
  TempDir dir;
  const auto input = dir.Write("a.txt", "bad \xff bytes");
  dir.Write("a.wav", "good old audio");
  dir.Write("a.json", "good old timings");
  FakeSynthesizer synth;
  ArticleRenderer renderer(synth, Config());
  try {
    renderer.Render(input, dir / "a.wav", dir / "a.json");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), input.string() + ": invalid UTF-8 at byte 4");
  }
  EXPECT_EQ(ReadFile(dir / "a.wav"), "good old audio");
  EXPECT_EQ(ReadFile(dir / "a.json"), "good old timings");
  EXPECT_EQ(ListDir(dir.path()), (std::vector<std::string>{"a.json", "a.txt", "a.wav"}));
}

TEST(ArticleRendererTest, UnwritableTimingsFailsBeforeAudioIsReplaced) {
  TempDir dir;
  const auto input = dir.Write("a.txt", "Body text.\n");
  dir.Write("a.wav", "good old audio");
  FakeSynthesizer synth;
  ArticleRenderer renderer(synth, Config());
  EXPECT_THROW(renderer.Render(input, dir / "a.wav", dir / "missing" / "a.json"), Error);
  EXPECT_EQ(ReadFile(dir / "a.wav"), "good old audio");
  EXPECT_TRUE(synth.spoken.empty());
}

TEST(ArticleRendererTest, RefusesToOverwriteTheInput) {
  TempDir dir;
  const auto input = dir.Write("a.wav", "Text pretending to be audio.\n");
  FakeSynthesizer synth;
  ArticleRenderer renderer(synth, Config());
  try {
    renderer.Render(input, input, std::nullopt);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), input.string() + ": output would overwrite the input article");
  }
}

TEST(ArticleRendererTest, WavCopyHoldsTheSameSamplesAsTheAudio) {
  TempDir dir;
  const auto input = dir.Write("a.txt", "Body text. More text.\n");
  FakeSynthesizer synth;
  ArticleRenderer renderer(synth, Config());
  const Timings t =
      renderer.RenderPrepared(renderer.Prepare(input), dir / "a.ogg", std::nullopt, dir / "c.wav");
  const auto copy = testing::ReadAudio(dir / "c.wav");
  EXPECT_EQ(copy.format, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
  EXPECT_EQ(copy.sample_rate, FakeSynthesizer::kRate);
  EXPECT_EQ(copy.samples.size(), t.total_samples);
  EXPECT_EQ(testing::ReadAudio(dir / "a.ogg").samples.size(), t.total_samples);
  EXPECT_EQ(copy.samples[t.sections[0].paragraphs[0].sentences[0].start], FakeSynthesizer::kLevel);
  EXPECT_EQ(ListDir(dir.path()), (std::vector<std::string>{"a.ogg", "a.txt", "c.wav"}));
}

TEST(ArticleRendererTest, ExtraBoilerplateFile) {
  TempDir dir;
  const auto input = dir.Write("a.txt", "Body text.\nSponsored by Acme\n");
  RenderConfig config = Config();
  config.text.extra_boilerplate = dir.Write("mine.txt", "sponsored by .*\n");
  FakeSynthesizer synth;
  ArticleRenderer renderer(synth, config);
  const Document doc = renderer.Prepare(input);
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 1u);
  EXPECT_EQ(Written(doc.sections[0].paragraphs[0]), std::vector<std::string>{"Body text."});
}

TEST(ArticleRendererTest, VocalizesArabicUnlessSwitchedOff) {
  TempDir dir;
  const auto input = dir.Write("a.txt", "السلام في المدينة.\n");
  RenderConfig config = Config();
  config.text.vocalize = true;
  FakeSynthesizer synth;
  EXPECT_EQ(Spoken(ArticleRenderer(synth, config).Prepare(input).sections[0].paragraphs[0]),
            std::vector<std::string>{"السَّلَام فِي الْمَدِينَة."});
  config.text.vocalize = false;
  EXPECT_EQ(Spoken(ArticleRenderer(synth, config).Prepare(input).sections[0].paragraphs[0]),
            std::vector<std::string>{"السلام في المدينة."});
}

}  // namespace
}  // namespace rawi
