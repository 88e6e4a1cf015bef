// End-to-end: the real rawi executable, real eSpeak NG audio, real sample articles.
#include <gtest/gtest.h>
#include <sndfile.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "support/audio_file.h"
#include "support/node_clients.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

namespace rawi {
namespace {

using nlohmann::json;
using testing::ListDir;
using testing::ReadAudio;
using testing::ReadFile;
using testing::RunMeasuringMemory;
using testing::RunRawi;
using testing::TempDir;

const std::string kSamples = RAWI_SAMPLES_DIR;
const std::string kSeed = kSamples + "/libya-truce-meeting.txt";

// Renders the seed once for all tests of this file that only read its outputs.
class SeedRender : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    result_ =
        new testing::ProcessResult(RunRawi({"render", kSeed, "-o", (*dir_ / "seed.wav").string(),
                                            "--timings", (*dir_ / "seed.json").string()}));
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete result_;
  }
  static TempDir* dir_;
  static testing::ProcessResult* result_;
};
TempDir* SeedRender::dir_ = nullptr;
testing::ProcessResult* SeedRender::result_ = nullptr;

TEST_F(SeedRender, WavIsMono22050BetweenTwoAndSixMinutesAndNotSilent) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  EXPECT_EQ(result_->out, "");
  const auto audio = ReadAudio(*dir_ / "seed.wav");
  EXPECT_EQ(audio.format, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
  EXPECT_EQ(audio.sample_rate, 22050);
  EXPECT_EQ(audio.channels, 1);
  EXPECT_GT(audio.duration(), 120.0);
  EXPECT_LT(audio.duration(), 360.0);
  EXPECT_GT(testing::Rms(audio.samples, 0, audio.samples.size()), 1000.0);
}

TEST_F(SeedRender, ThreeSectionsStartingInPauses) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  const json timings = json::parse(ReadFile(*dir_ / "seed.json"));
  const auto audio = ReadAudio(*dir_ / "seed.wav");
  EXPECT_EQ(timings["audio"], (*dir_ / "seed.wav").string());
  EXPECT_NEAR(timings["duration"].get<double>(), audio.duration(), 1e-4);
  const auto& sections = timings["sections"];
  ASSERT_EQ(sections.size(), 3u);
  double previous = -1;
  for (const auto& section : sections) {
    const double start = section["start"];
    EXPECT_GT(start, previous);
    previous = start;
    if (start == 0) continue;
    // The 200 ms before a section's first speech is silence; speech follows within 300 ms.
    const auto at = static_cast<size_t>(start * 22050);
    EXPECT_LT(testing::Rms(audio.samples, at - 4410, at + 22), 30.0) << "section at " << start;
    EXPECT_GT(testing::Rms(audio.samples, at, at + 6615), 500.0) << "section at " << start;
  }
}

TEST_F(SeedRender, TimingsNameTheHeadingsAndDropBoilerplate) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  const json timings = json::parse(ReadFile(*dir_ / "seed.json"));
  const auto& sections = timings["sections"];
  ASSERT_EQ(sections.size(), 3u);
  EXPECT_TRUE(sections[0]["heading"].is_null());
  EXPECT_EQ(sections[1]["heading"], "اجتماع لدعم الهدنة في ليبيا");
  EXPECT_EQ(sections[2]["heading"], "لقاء لتعزيز الاستقرار الأمني");
  size_t sentences = 0;
  for (const auto& section : sections) {
    for (const auto& paragraph : section["paragraphs"]) {
      double end = 0;
      for (const auto& sentence : paragraph["sentences"]) {
        ++sentences;
        EXPECT_EQ(sentence["text"].get<std::string>().find("تعليق"), std::string::npos);
        EXPECT_GE(sentence["start"].get<double>(), end);
        EXPECT_GT(sentence["end"].get<double>(), sentence["start"].get<double>());
        end = sentence["end"];
      }
    }
  }
  EXPECT_GE(sentences, 15u);
}

// eSpeak's word events, mapped back to the written words: every word of every sentence, in
// order, inside its sentence, each one sounding.
TEST_F(SeedRender, EveryWrittenWordIsTimedInsideItsSentence) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  const json timings = json::parse(ReadFile(*dir_ / "seed.json"));
  const auto audio = ReadAudio(*dir_ / "seed.wav");
  size_t words = 0, loud = 0;
  for (const auto& section : timings["sections"]) {
    for (const auto& paragraph : section["paragraphs"]) {
      for (const auto& sentence : paragraph["sentences"]) {
        std::string joined;
        double previous = sentence["start"];
        for (const auto& word : sentence["words"]) {
          joined += (joined.empty() ? "" : " ") + word["text"].get<std::string>();
          const double start = word["start"], end = word["end"];
          EXPECT_GE(start, previous) << word["text"];
          EXPECT_GT(end, start) << word["text"] << " in " << sentence["text"];
          previous = end;
          ++words;
          const auto from = static_cast<size_t>(start * 22050),
                     to = static_cast<size_t>(end * 22050);
          if (testing::Rms(audio.samples, from, to) > 500) ++loud;
        }
        EXPECT_EQ(previous, sentence["end"].get<double>());
        // The seed has no free-standing punctuation, so its words are the sentence itself.
        EXPECT_EQ(joined, sentence["text"]);
      }
    }
  }
  EXPECT_GT(words, 300u);
  EXPECT_EQ(loud, words);
}

// Word-level WebVTT from a real render, read by a real WebVTT parser with cue text: every cue
// is a sentence (or part of one) and its word timestamps lie inside it, in order.
TEST(RenderCliTest, WordCaptionsPassAWebVttParser) {
  if (!testing::HaveNodeClient("webvtt-parser")) {
    GTEST_SKIP() << "npm test clients not installed (scripts/setup)";
  }
  TempDir dir;
  const auto r = RunRawi({"render", kSeed, "-q", "-o", (dir / "a.wav").string(), "--captions",
                          (dir / "a.vtt").string(), "--caption-words"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto check = testing::RunNodeClient("check-vtt.js", {(dir / "a.vtt").string()});
  ASSERT_EQ(check.exit_code, 0) << check.err;
  const json vtt = json::parse(check.out)[0];
  EXPECT_TRUE(vtt["errors"].empty()) << vtt["errors"].dump();
  ASSERT_GT(vtt["cues"].size(), 15u);
  size_t stamps = 0;
  for (const auto& cue : vtt["cues"]) {
    double previous = cue["start"];
    for (const auto& at : cue["timestamps"]) {
      EXPECT_GT(at.get<double>(), previous);
      EXPECT_LT(at.get<double>(), cue["end"].get<double>());
      previous = at;
      ++stamps;
    }
  }
  EXPECT_GT(stamps, 250u);
  EXPECT_EQ(ReadFile(dir / "a.vtt").find("تعليق"), std::string::npos);
}

TEST(RenderCliTest, SrtCaptionsAndTheirRefusals) {
  TempDir dir;
  const std::string article = dir.Write("a.txt", "عنوان\n\nجملة أولى. جملة ثانية.\n").string();
  auto r = RunRawi({"render", article, "-q", "--captions", (dir / "a.srt").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir / "a.srt").rfind("1\n00:00:0", 0), 0u) << ReadFile(dir / "a.srt");
  EXPECT_NE(ReadFile(dir / "a.srt").find("جملة ثانية."), std::string::npos);
  r = RunRawi({"render", article, "-q", "--captions", article});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "rawi: --captions " + article + ": is the article " + article + "\n");
  r = RunRawi({"render", article, "-q", "--caption-words"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "rawi: --caption-words: needs --captions FILE.vtt\n");
  r = RunRawi({"render", article, "-q", "--captions", (dir / "b.srt").string(), "--caption-words"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "rawi: --caption-words: SRT has no word timestamps; write WebVTT (.vtt)\n");
  r = RunRawi({"render", article, "-q", "--captions", (dir / "none" / "a.vtt").string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(ListDir(dir.path()), (std::vector<std::string>{"a.srt", "a.txt", "a.wav"}));
}

TEST_F(SeedRender, ProgressLineOnStderr) {
  EXPECT_EQ(result_->err.rfind("rawi: " + kSeed + " -> " + (*dir_ / "seed.wav").string() + " (", 0),
            0u)
      << result_->err;
  EXPECT_NE(result_->err.find(", 3 sections)\n"), std::string::npos);
}

TEST(RenderCliTest, FlacAndOggMatchWavDuration) {
  TempDir dir;
  for (const char* ext : {"wav", "flac", "ogg"}) {
    const auto r =
        RunRawi({"render", kSeed, "-q", "-o", (dir / (std::string("a.") + ext)).string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
  }
  const double wav = ReadAudio(dir / "a.wav").duration();
  const auto flac = ReadAudio(dir / "a.flac");
  const auto ogg = ReadAudio(dir / "a.ogg");
  EXPECT_EQ(flac.format & SF_FORMAT_TYPEMASK, SF_FORMAT_FLAC);
  EXPECT_EQ(ogg.format & SF_FORMAT_TYPEMASK, SF_FORMAT_OGG);
  EXPECT_NEAR(flac.duration(), wav, wav * 0.01);
  EXPECT_NEAR(ogg.duration(), wav, wav * 0.01);
  EXPECT_GT(testing::Rms(ogg.samples, 0, ogg.samples.size()), 1000.0);
}

TEST(RenderCliTest, FormatFlagWithFolderOutput) {
  TempDir dir;
  const auto r = RunRawi({"render", kSeed, "-q", "--format", "flac", "-o", dir.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ListDir(dir.path()), std::vector<std::string>{"libya-truce-meeting.flac"});
}

TEST(RenderCliTest, StreamsWavToStdout) {
  const auto r = RunRawi({"render", kSeed, "-q", "-o", "-"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto audio = testing::ReadAudioBytes(r.out);
  EXPECT_EQ(audio.sample_rate, 22050);
  EXPECT_GT(audio.duration(), 120.0);
}

TEST(RenderCliTest, SeveralArticlesIntoAFolderWithTimings) {
  TempDir dir;
  const auto r = RunRawi({"render", kSeed, kSamples + "/misrata-port-reopens-en.txt",
                          kSamples + "/benghazi-desalination-plant.txt", "-o", dir.path().string(),
                          "--timings", dir.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ListDir(dir.path()),
            (std::vector<std::string>{
                "benghazi-desalination-plant.timings.json", "benghazi-desalination-plant.wav",
                "libya-truce-meeting.timings.json", "libya-truce-meeting.wav",
                "misrata-port-reopens-en.timings.json", "misrata-port-reopens-en.wav"}));
  const json en = json::parse(ReadFile(dir / "misrata-port-reopens-en.timings.json"));
  ASSERT_EQ(en["sections"].size(), 4u);
  EXPECT_EQ(en["sections"][1]["heading"], "Repairs Completed Ahead of Schedule");
  EXPECT_EQ(en.dump().find("Comments"), std::string::npos);
  const json ar = json::parse(ReadFile(dir / "benghazi-desalination-plant.timings.json"));
  ASSERT_EQ(ar["sections"].size(), 5u);
  EXPECT_EQ(ar["sections"][4]["heading"], "خطط التوسعة المستقبلية");
  EXPECT_EQ(ar.dump().find("فيسبوك"), std::string::npos);
}

TEST(RenderCliTest, EnglishSampleKeepsAbbreviationsInsideSentences) {
  TempDir dir;
  const auto r = RunRawi({"render", kSamples + "/misrata-port-reopens-en.txt", "-q", "-o",
                          (dir / "en.wav").string(), "--timings", (dir / "en.json").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  bool found = false;
  const json timings = json::parse(ReadFile(dir / "en.json"));
  for (const auto& section : timings["sections"]) {
    for (const auto& paragraph : section["paragraphs"]) {
      for (const auto& sentence : paragraph["sentences"]) {
        const std::string text = sentence["text"];
        if (text.find("U.S.") != std::string::npos) {
          found = true;
          EXPECT_NE(text.find("U.S. manufacturer"), std::string::npos) << text;
        }
      }
    }
  }
  EXPECT_TRUE(found);
}

// --- bad input: one line on stderr, exit 1, nothing left behind ---

struct BadInputCase {
  std::string name;
  std::function<std::string(const TempDir&)> make_input;  // returns the article path
  std::string expected_problem;
};

class BadInputTest : public ::testing::TestWithParam<BadInputCase> {};

TEST_P(BadInputTest, OneLineErrorExitOneNoOutput) {
  TempDir dir;
  const std::string input = GetParam().make_input(dir);
  std::filesystem::create_directory(dir / "out");
  const auto r = RunRawi({"render", input, "-o", (dir / "out" / "a.wav").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + input + ": " + GetParam().expected_problem + "\n");
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(ListDir(dir / "out").empty());
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, BadInputTest,
    ::testing::Values(
        BadInputCase{"Missing", [](const TempDir& d) { return (d / "none.txt").string(); },
                     "no such file"},
        BadInputCase{"Folder", [](const TempDir& d) { return d.path().string(); },
                     "is a folder, expected an article file"},
        BadInputCase{"Empty", [](const TempDir& d) { return d.Write("e.txt", "").string(); },
                     "empty article"},
        BadInputCase{"Binary",
                     [](const TempDir& d) {
                       return d
                           .Write("b.txt", std::string("\x7f"
                                                       "ELF\x02\x01\x01\0\0",
                                                       9))
                           .string();
                     },
                     "binary data (NUL byte at offset 7), expected UTF-8 text"},
        BadInputCase{"InvalidUtf8",
                     [](const TempDir& d) { return d.Write("u.txt", "ليبيا \xd9 نص.").string(); },
                     "invalid UTF-8 at byte 11"},
        BadInputCase{"OnlyBoilerplate",
                     [](const TempDir& d) { return d.Write("c.txt", "0 تعليق\n").string(); },
                     "no article text (only boilerplate)"}),
    [](const auto& info) { return info.param.name; });

TEST(RenderCliTest, UnwritableOutputFolder) {
  TempDir dir;
  std::filesystem::path folder = dir / "ro";
  std::filesystem::create_directory(folder);
  std::filesystem::permissions(
      folder, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  if (geteuid() == 0) folder = "/proc";  // root writes anywhere a permission bit forbids
  const auto out = (folder / "rawi-test.wav").string();
  const auto r = RunRawi({"render", kSeed, "-o", out});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("rawi: " + out + ": output folder is not writable: ", 0), 0u) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1);
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(RenderCliTest, MissingOutputFolder) {
  TempDir dir;
  const auto out = (dir / "nope" / "a.wav").string();
  const auto r = RunRawi({"render", kSeed, "-o", out});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + out + ": output folder does not exist\n");
}

TEST(RenderCliTest, FailedRunKeepsThePreviousGoodFile) {
  TempDir dir;
  const auto out = (dir / "a.wav").string();
  ASSERT_EQ(RunRawi({"render", kSeed, "-q", "-o", out}).exit_code, 0);
  const std::string good = ReadFile(out);
  const auto bad = dir.Write("bad.txt", "نص \xff");
  const auto r = RunRawi({"render", bad.string(), "-o", out});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + bad.string() + ": invalid UTF-8 at byte 5\n");
  EXPECT_EQ(ReadFile(out), good);
  EXPECT_EQ(ListDir(dir.path()), (std::vector<std::string>{"a.wav", "bad.txt"}));
}

TEST(RenderCliTest, OneBadArticleAmongSeveralStillRendersTheOthers) {
  TempDir dir;
  const auto bad = dir.Write("bad.txt", "");
  const auto r = RunRawi({"render", bad.string(), kSeed, "-q", "-o", dir.path().string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + bad.string() + ": empty article\n");
  EXPECT_EQ(ListDir(dir.path()), (std::vector<std::string>{"bad.txt", "libya-truce-meeting.wav"}));
}

// --- usage ---

struct UsageCase {
  std::vector<std::string> args;
  std::string expected_err;
};

class UsageTest : public ::testing::TestWithParam<UsageCase> {};

TEST_P(UsageTest, ExitTwoWithMessage) {
  TempDir dir;
  const auto r = RunRawi(GetParam().args);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, GetParam().expected_err);
  EXPECT_EQ(r.out, "");
}

INSTANTIATE_TEST_SUITE_P(
    Flags, UsageTest,
    ::testing::Values(
        UsageCase{{}, "rawi: A subcommand is required\nRun 'rawi --help' for usage.\n"},
        UsageCase{{"render"}, "rawi: articles is required\nRun 'rawi --help' for usage.\n"},
        UsageCase{{"render", kSeed, "--bogus"},
                  "rawi: The following argument was not expected: --bogus\nRun 'rawi --help' "
                  "for usage.\n"},
        UsageCase{{"render", kSeed, "--format", "mp3"},
                  "rawi: --format mp3: unknown format (use wav, flac, ogg)\n"},
        UsageCase{{"render", kSeed, "--rate", "10"},
                  "rawi: --rate must be from 80 to 450 words per minute, got 10\n"},
        UsageCase{{"render", kSeed, "--months", "hijri"},
                  "rawi: --months hijri: use gregorian or syriac\n"},
        UsageCase{{"render", kSeed, "--voice", "klingon"},
                  "rawi: unknown voice 'klingon' (available: ar-news, en-news)\n"},
        UsageCase{{"render", kSeed, kSeed, "-o", "x.wav"},
                  "rawi: -o x.wav: several articles need an output folder\n"},
        UsageCase{{"render", kSeed, "-o", "x.mp3"},
                  "rawi: -o x.mp3: cannot tell the audio format from the name; use .wav, .flac or "
                  ".ogg, or --format\n"}),
    [](const auto& info) { return "Case" + std::to_string(info.index); });

// --- the read-along page (its browser test: readalong_page_cli_test.cc) ---

TEST(RenderCliTest, HtmlForSeveralArticlesMakesAPageFolderEach) {
  TempDir dir;
  const auto a = dir.Write("a.txt", "First story\nShips dock in the port.\n");
  const auto b = dir.Write("b.txt", "Second story\nThe road opens again.\n");
  const auto r =
      RunRawi({"render", a.string(), b.string(), "-q", "--html", (dir / "site").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(ListDir(dir.path()),
            (std::vector<std::string>{"a.txt", "a.wav", "b.txt", "b.wav", "site"}));
  EXPECT_EQ(ListDir(dir / "site"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(ListDir(dir / "site" / "a"), (std::vector<std::string>{"a.mp3", "index.html"}));
  EXPECT_EQ(ListDir(dir / "site" / "b"), (std::vector<std::string>{"b.mp3", "index.html"}));
  EXPECT_NE(ReadFile(dir / "site" / "b" / "index.html")
                .find("<h1 id=\"title\" data-start=\"0\">"
                      "Second story</h1>"),
            std::string::npos);
}

TEST(RenderCliTest, HtmlPageFolderThatCannotBeMadeFailsBeforeRendering) {
  TempDir dir;
  const auto article = dir.Write("a.txt", "Ships dock in the port.\n");
  const auto blocker = dir.Write("blocker", "x");
  const auto r = RunRawi({"render", article.string(), "--html", (blocker / "page").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + (blocker / "page").string() +
                       ": cannot create the page folder: Not a "
                       "directory\n");
  EXPECT_EQ(ListDir(dir.path()), (std::vector<std::string>{"a.txt", "blocker"}));
}

TEST(RenderCliTest, HtmlFailedRenderKeepsThePreviousPage) {
  TempDir dir;
  const auto good = dir.Write("good.txt", "Ships dock in the port.\n");
  ASSERT_EQ(RunRawi({"render", good.string(), "-q", "--html", (dir / "page").string()}).exit_code,
            0);
  const std::string page = ReadFile(dir / "page" / "index.html");
  const auto bad = dir.Write("bad.txt", "Ships \xff dock.\n");
  const auto r = RunRawi({"render", bad.string(), "-q", "--html", (dir / "page").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + bad.string() + ": invalid UTF-8 at byte 6\n");
  EXPECT_EQ(ReadFile(dir / "page" / "index.html"), page);
  EXPECT_EQ(ListDir(dir / "page"), (std::vector<std::string>{"good.mp3", "index.html"}));
}

TEST(RenderCliTest, HtmlRefusesFoldersThatWouldOverwriteInputsOrOutputs) {
  TempDir dir;
  const auto article = dir.Write("a.txt", "Ships dock in the port.\n");
  const auto file = dir.Write("notes", "x");
  std::filesystem::create_directories(dir / "x");
  std::filesystem::create_directories(dir / "y");
  const auto index = dir.Write("x/index.html", "<p>Ships dock in the port.</p>");
  const auto news_x = dir.Write("x/news.txt", "Ships dock.\n");
  const auto news_y = dir.Write("y/news.txt", "Roads open.\n");
  const std::string d = dir.path().string();
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"render", article.string(), "-o", "-", "--html", d + "/p"},
       "rawi: --html " + d + "/p: the page needs the audio in a file, not -o -\n"},
      {{"render", article.string(), "--html", article.string()},
       "rawi: --html " + article.string() + ": is the article " + article.string() + "\n"},
      {{"render", article.string(), "--html", file.string()},
       "rawi: --html " + file.string() + ": is a file, expected a folder\n"},
      {{"render", index.string(), "--html", d + "/x"},
       "rawi: --html " + d + "/x: " + index.string() + " would overwrite the article\n"},
      {{"render", article.string(), "--timings", d + "/p/index.html", "--html", d + "/p"},
       "rawi: --html " + d + "/p: " + d + "/p/index.html is the timings output\n"},
      {{"render", article.string(), "--captions", d + "/p/a.mp3", "--html", d + "/p"},
       "rawi: --html " + d + "/p: " + d + "/p/a.mp3 is the captions output\n"},
      {{"render", article.string(), "-o", d + "/p.wav", "--html", d + "/p.wav"},
       "rawi: --html " + d + "/p.wav: is the audio output " + d + "/p.wav\n"},
      {{"render", news_x.string(), news_y.string(), "--html", d + "/site"},
       "rawi: " + news_x.string() + " and " + news_y.string() + ": both would be written to " + d +
           "/site/news/index.html\n"},
  };
  for (const auto& [args, expected] : cases) {
    const auto r = RunRawi(args);
    EXPECT_EQ(r.exit_code, 2) << args.back();
    EXPECT_EQ(r.err, expected);
    EXPECT_EQ(r.out, "");
  }
  // Nothing was rendered or made.
  EXPECT_EQ(ListDir(dir.path()), (std::vector<std::string>{"a.txt", "notes", "x", "y"}));
  EXPECT_EQ(ListDir(dir / "x"), (std::vector<std::string>{"index.html", "news.txt"}));
}

TEST(RenderCliTest, HelpShowsLiveDefaults) {
  const auto r = RunRawi({"render", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("ar-news: 150"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("en-news: 165"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--timings"), std::string::npos);
  EXPECT_NE(r.out.find("--html TEXT"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("read-along web page"), std::string::npos) << r.out;
}

TEST(RenderCliTest, Version) {
  const auto r = RunRawi({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("rawi 0.", 0), 0u) << r.out;
}

// --- memory: audio is streamed, so peak memory does not grow with the article ---

TEST(RenderCliTest, PeakMemoryStaysSmallAndFlat) {
#ifdef RAWI_SANITIZED
  GTEST_SKIP() << "peak RSS means nothing under AddressSanitizer (shadow memory, quarantine)";
#endif
  TempDir dir;
  const std::string seed = ReadFile(kSeed);
  std::string ten;
  for (int i = 0; i < 10; ++i) ten += seed + "\n";
  const auto long_article = dir.Write("long.txt", ten);
  const auto one =
      RunMeasuringMemory({RAWI_BINARY, "render", kSeed, "-q", "-o", (dir / "one.wav").string()});
  const auto many = RunMeasuringMemory(
      {RAWI_BINARY, "render", long_article.string(), "-q", "-o", (dir / "ten.wav").string()});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(many.exit_code, 0) << many.err;
  EXPECT_GT(ReadAudio(dir / "ten.wav").duration(), 30 * 60.0);
  EXPECT_LT(many.max_rss_kb, 64 * 1024);
  EXPECT_LT(many.max_rss_kb - one.max_rss_kb, 8 * 1024)
      << one.max_rss_kb << " vs " << many.max_rss_kb;
}

}  // namespace
}  // namespace rawi
