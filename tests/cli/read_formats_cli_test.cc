// End-to-end: the real rawi reading HTML, Markdown, standard input and URLs, with real eSpeak NG
// audio where it renders.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <nlohmann/json.hpp>

#include "render/render_job.h"
#include "support/audio_file.h"
#include "support/fake_synthesizer.h"
#include "support/http_server.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

namespace rawi {
namespace {

using nlohmann::json;
using testing::HttpResponse;
using testing::HttpServer;
using testing::ListDir;
using testing::ReadAudio;
using testing::ReadFile;
using testing::RunRawi;
using testing::TempDir;

const std::string kFixtures = std::string(RAWI_TESTS_DIR) + "/fixtures/";
const std::string kSabha = kFixtures + "html/sabha-date-harvest.html";
const std::string kMisrata = kFixtures + "html/misrata-free-zone-en.html";
const std::string kPortal = kFixtures + "markdown/misrata-university-portal.md";

std::vector<json> Headings(const json& timings) {
  std::vector<json> headings;
  for (const auto& section : timings["sections"]) headings.push_back(section["heading"]);
  return headings;
}

// All sentences of a timings or segment JSON, in order.
std::vector<std::string> Sentences(const json& doc) {
  std::vector<std::string> sentences;
  for (const auto& section : doc["sections"]) {
    for (const auto& paragraph : section["paragraphs"]) {
      for (const auto& sentence : paragraph["sentences"]) {
        sentences.push_back(sentence.is_string() ? sentence.get<std::string>()
                                                 : sentence["text"].get<std::string>());
      }
    }
  }
  return sentences;
}

struct RenderCase {
  std::string name;
  std::string input;
  std::vector<json> headings;
  size_t paragraphs;
  std::vector<std::string> absent;
};

class RenderFormatTest : public ::testing::TestWithParam<RenderCase> {};

TEST_P(RenderFormatTest, AudioWithTheArticlesSections) {
  TempDir dir;
  const auto r = RunRawi({"render", GetParam().input, "-o", (dir / "a.wav").string(), "--timings",
                          (dir / "a.json").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(" sections)\n"), std::string::npos) << r.err;
  const auto audio = ReadAudio(dir / "a.wav");
  EXPECT_GT(audio.duration(), 10.0);
  EXPECT_GT(testing::Rms(audio.samples, 0, audio.samples.size()), 500.0);
  const json timings = json::parse(ReadFile(dir / "a.json"));
  EXPECT_NEAR(timings["duration"].get<double>(), audio.duration(), 1e-4);
  EXPECT_EQ(Headings(timings), GetParam().headings);
  size_t paragraphs = 0;
  for (const auto& section : timings["sections"]) {
    EXPECT_GT(section["end"].get<double>(), section["start"].get<double>());
    paragraphs += section["paragraphs"].size();
  }
  EXPECT_EQ(paragraphs, GetParam().paragraphs);
  const std::string text = timings.dump();
  for (const std::string& absent : GetParam().absent) {
    EXPECT_EQ(text.find(absent), std::string::npos) << absent;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, RenderFormatTest,
    ::testing::Values(RenderCase{"Windows1256Html",
                                 kSabha,
                                 {nullptr, "تحديات التسويق", "مهرجان سنوي"},
                                 6,  // the credits the voice announces come first
                                 {"فيسبوك", "أخبار ذات صلة", "أتمنى", "آخر الأخبار", "تعليق"}},
                      RenderCase{
                          "EnglishHtml",
                          kMisrata,
                          {nullptr, "New Shipping Routes", "Concerns Over Congestion"},
                          7,
                          {"Share", "Related stories", "Great news", "Most read", "cookies"}},
                      RenderCase{"ArabicMarkdown",
                                 kPortal,
                                 {nullptr, "التسجيل خطوة بخطوة", "مواعيد مهمة"},
                                 9,
                                 {"مكتبة رقمية", "إعلان", "شارك الخبر"}}),
    [](const auto& info) { return info.param.name; });

TEST(ReadFormatsCliTest, SegmentShowsExactlyWhatRenderSpeaks) {
  TempDir dir;
  const auto render = RunRawi({"render", kMisrata, "-q", "-o", (dir / "a.wav").string(),
                               "--timings", (dir / "a.json").string()});
  ASSERT_EQ(render.exit_code, 0) << render.err;
  const auto segment = RunRawi({"segment", kMisrata, "--json"});
  ASSERT_EQ(segment.exit_code, 0) << segment.err;
  const json timings = json::parse(ReadFile(dir / "a.json"));
  const json outline = json::parse(segment.out);
  // render says the credits its voice announces (byline, date) first, then exactly segment's.
  auto said = Sentences(timings);
  ASSERT_GE(said.size(), 2u);
  EXPECT_EQ(said[0], "By Rania Elfitouri.");
  EXPECT_EQ(said[1], "Published on July 16, 2024.");
  said.erase(said.begin(), said.begin() + 2);
  EXPECT_EQ(said, Sentences(outline));
  EXPECT_EQ(Headings(timings), Headings(outline));
}

TEST(ReadFormatsCliTest, EnglishPageGetsTheEnglishVoiceWithoutAFlag) {
  RenderConfig config;
  config.text.voices_dir = RAWI_VOICES_DIR;
  testing::FakeSynthesizer synth;
  TempDir dir;
  ArticleRenderer(synth, config).Render(kMisrata, dir / "en.wav", std::nullopt);
  ArticleRenderer(synth, config).Render(kSabha, dir / "ar.wav", std::nullopt);
  ASSERT_EQ(synth.voices.size(), 2u);
  EXPECT_EQ(synth.voices[0].name, "en-news");
  EXPECT_EQ(synth.voices[1].name, "ar-news");
  config.text.language = "ar";
  ArticleRenderer(synth, config).Render(kMisrata, dir / "forced.wav", std::nullopt);
  EXPECT_EQ(synth.voices[2].name, "ar-news");
}

TEST(ReadFormatsCliTest, StdinWithInputFormatIntoAFolder) {
  TempDir dir;
  const auto r =
      RunRawi({"render", "-", "--input-format", "md", "-q", "-o", dir.path().string() + "/",
               "--timings", (dir / "article.timings.json").string()},
              "# Harbour reopens\n\nThe harbour reopened on Monday.\n\n## Next\n\n"
              "Ships queued outside.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ListDir(dir.path()), (std::vector<std::string>{"article.timings.json", "article.wav"}));
  const json timings = json::parse(ReadFile(dir / "article.timings.json"));
  EXPECT_EQ(Headings(timings), (std::vector<json>{nullptr, "Next"}));
}

TEST(ReadFormatsCliTest, UrlIsFetchedAndNamedAfterItsLastSegment) {
  HttpServer server;
  server.Serve("/news/2024/sabha-dates.html",
               {200, {{"Content-Type", "text/html"}}, ReadFile(kSabha)});
  TempDir dir;
  const std::string url = server.Url("/news/2024/sabha-dates.html");
  const auto r =
      RunRawi({"render", url, "-o", dir.path().string(), "--timings", (dir / "t.json").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.rfind("rawi: " + url + " -> " + (dir / "sabha-dates.wav").string() + " (", 0), 0u)
      << r.err;
  EXPECT_EQ(ListDir(dir.path()), (std::vector<std::string>{"sabha-dates.wav", "t.json"}));
  const json timings = json::parse(ReadFile(dir / "t.json"));
  EXPECT_EQ(Headings(timings), (std::vector<json>{nullptr, "تحديات التسويق", "مهرجان سنوي"}));
}

TEST(ReadFormatsCliTest, UrlAndStdinOutputsGoToTheCurrentFolderWithoutO) {
  EXPECT_EQ(AudioPathFor(OutputBaseFor("https://news.ly/2024/05/truce-talks.html"), "",
                         std::nullopt, false),
            "truce-talks.wav");
  EXPECT_EQ(AudioPathFor(OutputBaseFor("https://news.ly/"), "", AudioFormat::kFlac, false),
            "article.flac");
  EXPECT_EQ(AudioPathFor(OutputBaseFor("-"), "", std::nullopt, false), "article.wav");
  EXPECT_EQ(TimingsPathFor(OutputBaseFor("https://news.ly/a/b"), "t", true),
            std::filesystem::path("t/b.timings.json"));
}

struct ErrorCase {
  std::string name;
  std::function<std::string(const TempDir&, const HttpServer&)> make_input;
  std::function<std::string(const std::string&)> expected_err;
  int exit_code;
};

class RenderInputErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(RenderInputErrorTest, OneLineErrorNoOutput) {
  TempDir dir;
  HttpServer server;
  server.Serve("/gone", {410, {}, "gone"});
  const std::string input = GetParam().make_input(dir, server);
  std::filesystem::create_directory(dir / "out");
  const auto r = RunRawi({"render", input, "-o", (dir / "out" / "a.wav").string()});
  EXPECT_EQ(r.exit_code, GetParam().exit_code);
  EXPECT_EQ(r.err, GetParam().expected_err(input));
  EXPECT_TRUE(ListDir(dir / "out").empty());
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, RenderInputErrorTest,
    ::testing::Values(
        ErrorCase{"Url404", [](const TempDir&, const HttpServer& s) { return s.Url("/none.html"); },
                  [](const std::string& in) { return "rawi: " + in + ": HTTP status 404\n"; }, 1},
        ErrorCase{"Url410", [](const TempDir&, const HttpServer& s) { return s.Url("/gone"); },
                  [](const std::string& in) { return "rawi: " + in + ": HTTP status 410\n"; }, 1},
        ErrorCase{"FtpUrl",
                  [](const TempDir&, const HttpServer&) { return std::string("ftp://x.ly/a"); },
                  [](const std::string& in) {
                    return "rawi: " + in +
                           ": unsupported URL scheme 'ftp' (rawi fetches http and https)\n";
                  },
                  1},
        ErrorCase{"BinaryJunkHtml",
                  [](const TempDir& d, const HttpServer&) {
                    return d.Write("junk.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16))
                        .string();
                  },
                  [](const std::string& in) {
                    return "rawi: " + in +
                           ": binary data (NUL byte at offset 8), expected UTF-8 text\n";
                  },
                  1},
        ErrorCase{"PageWithoutArticle",
                  [](const TempDir& d, const HttpServer&) {
                    return d
                        .Write("nav.html",
                               "<html><body><nav><a href=/>Home</a></nav><footer>(c)</footer>"
                               "</body></html>")
                        .string();
                  },
                  [](const std::string& in) { return "rawi: " + in + ": no article text found\n"; },
                  1}),
    [](const auto& info) { return info.param.name; });

TEST(ReadFormatsCliTest, MalformedHtmlNeverCrashes) {
  TempDir dir;
  std::string deep = "<html><body><p>Only this survives.</p>";
  while (deep.size() < 10 * 1024 * 1024) deep += "<div>";
  const auto deep_page = dir.Write("deep.html", deep);
  const auto r = RunRawi({"segment", deep_page.string(), "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Sentences(json::parse(r.out)), std::vector<std::string>{"Only this survives."});

  const auto unclosed = dir.Write("u.html", "<html><body><article><p>Unclosed <b>bold <i>text.");
  const auto u = RunRawi({"segment", unclosed.string(), "--json"});
  ASSERT_EQ(u.exit_code, 0) << u.err;
  EXPECT_EQ(Sentences(json::parse(u.out)), std::vector<std::string>{"Unclosed bold text."});
}

TEST(ReadFormatsCliTest, UsageErrorsForTheNewFlags) {
  auto r = RunRawi({"render", kSabha, "--input-format", "pdf"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "rawi: --input-format pdf: unknown format (use txt, md, html)\n");
  r = RunRawi({"render", kSabha, "--lang", "1x"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "rawi: --lang 1x: expected a language tag such as ar or en\n");
}

}  // namespace
}  // namespace rawi
