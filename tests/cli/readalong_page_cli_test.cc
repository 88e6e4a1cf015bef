// End-to-end: `rawi render --html` on a real Arabic sample with real eSpeak NG audio, the page
// opened from file:// in Debian's Chromium and used through Playwright (keyboard, player, axe-core:
// tests/clients/check-readalong.js), and what the browser showed compared with the timings JSON
// the same run wrote.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "support/audio_file.h"
#include "support/node_clients.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

namespace rawi {
namespace {

using nlohmann::json;
using testing::ListDir;
using testing::ProcessResult;
using testing::ReadFile;
using testing::RunRawi;
using testing::TempDir;

const std::string kSamples = RAWI_SAMPLES_DIR;
// Five sections with headings, a title line, 23 sentences, about six minutes.
const std::string kArticle = kSamples + "/benghazi-desalination-plant.txt";

std::string Chromium() {
  const char* env = std::getenv("CHROMIUM");
  return env != nullptr ? env : "/usr/bin/chromium";
}

// Why the browser test cannot run here, or "".
std::string MissingBrowser() {
  for (const char* package : {"playwright-core", "axe-core"}) {
    if (!testing::HaveNodeClient(package)) {
      return std::string("npm package ") + package + " not installed (scripts/setup)";
    }
  }
  if (!std::filesystem::is_regular_file(Chromium()) || access(Chromium().c_str(), X_OK) != 0) {
    return Chromium() + " not installed (scripts/setup installs Debian's chromium)";
  }
  return "";
}

ProcessResult CheckPage(const std::filesystem::path& page, const std::vector<std::string>& args) {
  std::vector<std::string> all = {page.string()};
  all.insert(all.end(), args.begin(), args.end());
  return testing::RunNodeClient("check-readalong.js", all);
}

// The JSON inside the page's <script type="application/json" id="timings">.
json InlineTimings(const std::string& html) {
  const std::string open = "<script type=\"application/json\" id=\"timings\">";
  const size_t from = html.find(open);
  EXPECT_NE(from, std::string::npos);
  if (from == std::string::npos) return json();
  const size_t begin = from + open.size();
  return json::parse(html.substr(begin, html.find("</script>", begin) - begin));
}

// What the page should highlight, by the rule readalong_page.h states: the title from 0, each
// heading from its section's start, each sentence from its start.
struct Cue {
  std::string id;
  double start = 0;
  std::string text;  // empty for the title (not in the timings)
  bool sentence = false;
  size_t section = 0;
};

std::vector<Cue> Cues(const json& timings, bool titled) {
  std::vector<Cue> cues;
  if (titled) cues.push_back({"title", 0, "", false, 0});
  size_t n = 0;
  for (size_t k = 0; k < timings["sections"].size(); ++k) {
    const json& section = timings["sections"][k];
    if (!section["heading"].is_null()) {
      cues.push_back(
          {"h-" + std::to_string(k + 1), section["start"], section["heading"], false, k});
    }
    for (const auto& paragraph : section["paragraphs"]) {
      for (const auto& sentence : paragraph["sentences"]) {
        cues.push_back({"s-" + std::to_string(++n), sentence["start"], sentence["text"], true, k});
      }
    }
  }
  return cues;
}

size_t CueIndexAt(const std::vector<Cue>& cues, double t) {
  size_t found = 0;
  for (size_t i = 0; i < cues.size(); ++i) {
    if (cues[i].start <= t + 0.005) found = i;
  }
  return found;
}

size_t IndexOf(const std::vector<Cue>& cues, const std::string& id) {
  for (size_t i = 0; i < cues.size(); ++i) {
    if (cues[i].id == id) return i;
  }
  ADD_FAILURE() << "no cue " << id;
  return 0;
}

// The middle of a sentence, where no rounding can tip it to a neighbour.
double Middle(const json& sentence) {
  return (sentence["start"].get<double>() + sentence["end"].get<double>()) / 2;
}

// Renders the sample once for the tests of this suite (each runs in a process of its own under
// CTest, so the browser is started by one test only).
class ReadalongPageCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    render_ = new ProcessResult(
        RunRawi({"render", kArticle, "-o", (*dir_ / "b.wav").string(), "--timings",
                 (*dir_ / "b.json").string(), "--html", (*dir_ / "page").string()}));
    if (render_->exit_code == 0) timings_ = new json(json::parse(ReadFile(*dir_ / "b.json")));
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete render_;
    delete timings_;
  }
  void SetUp() override { ASSERT_EQ(render_->exit_code, 0) << render_->err; }

  static TempDir* dir_;
  static ProcessResult* render_;
  static json* timings_;
};
TempDir* ReadalongPageCli::dir_ = nullptr;
ProcessResult* ReadalongPageCli::render_ = nullptr;
json* ReadalongPageCli::timings_ = nullptr;

TEST_F(ReadalongPageCli, WritesThePageAndItsMp3WithTheTimingsInline) {
  const std::string page = (*dir_ / "page" / "index.html").string();
  EXPECT_EQ(ListDir(dir_->path()), (std::vector<std::string>{"b.json", "b.wav", "page"}));
  EXPECT_EQ(ListDir(*dir_ / "page"),
            (std::vector<std::string>{"benghazi-desalination-plant.mp3", "index.html"}));
  const std::string second_line = "rawi: " + kArticle + " -> " + page + " (read-along page)\n";
  ASSERT_GT(render_->err.size(), second_line.size());
  EXPECT_EQ(render_->err.substr(render_->err.size() - second_line.size()), second_line);
  EXPECT_EQ(std::count(render_->err.begin(), render_->err.end(), '\n'), 2);
  const auto mp3 = testing::ReadAudio(*dir_ / "page" / "benghazi-desalination-plant.mp3");
  EXPECT_EQ(mp3.sample_rate, 44100);
  EXPECT_NEAR(mp3.duration(), (*timings_)["duration"].get<double>(), 0.1);
  // The page's inline timings are the timings file, naming the MP3 beside the page.
  json inline_timings = InlineTimings(ReadFile(*dir_ / "page" / "index.html"));
  EXPECT_EQ(inline_timings["audio"], "benghazi-desalination-plant.mp3");
  json file = *timings_;
  file["audio"] = inline_timings["audio"];
  EXPECT_EQ(inline_timings, file);
}

// What the browser saw, checked part by part against the timings (`cues`).
struct Seen {
  const json& report;
  const json& timings;
  const std::vector<Cue>& cues;
};

void CheckLoad(const Seen& seen) {
  const json& r = seen.report;
  EXPECT_EQ(r["errors"], json::array());
  EXPECT_EQ(r["dialogs"], 0);
  EXPECT_EQ(r["network"], 0);
  EXPECT_EQ(r["dir"], "rtl");
  EXPECT_EQ(r["sentences"], 23);
  EXPECT_NEAR(r["duration"].get<double>(), seen.timings["duration"].get<double>(), 0.1);
}

void CheckProbes(const Seen& seen, const std::vector<double>& times) {
  const json& probes = seen.report["probes"];
  ASSERT_EQ(probes.size(), times.size());
  for (size_t i = 0; i < times.size(); ++i) {
    SCOPED_TRACE("at " + std::to_string(times[i]));
    const Cue& expected = seen.cues[CueIndexAt(seen.cues, times[i])];
    EXPECT_EQ(probes[i]["current"], expected.id);
    if (!expected.text.empty()) {
      EXPECT_EQ(probes[i]["text"], expected.text);
    }
    EXPECT_EQ(probes[i]["marked"], 1);
    EXPECT_EQ(probes[i]["classed"], 1);
    EXPECT_EQ(probes[i]["nav"], "#sec-" + std::to_string(expected.section + 1));
  }
  // What the probes were chosen to reach: the title, sentences, the pause after s-4, a heading.
  const std::vector<std::string> ids = {"title", "s-2", "s-4", "s-4", "h-3", "s-23"};
  for (size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(probes[i]["current"], ids[i]);
}

void CheckPlay(const Seen& seen) {
  const json& play = seen.report["play"];
  double previous = 0;
  for (const auto& sample : play["samples"]) {
    const double t = sample["time"];
    SCOPED_TRACE("playing at " + std::to_string(t));
    EXPECT_GT(t, previous);
    previous = t;
    EXPECT_FALSE(sample["paused"].get<bool>());
    EXPECT_EQ(sample["current"], seen.cues[CueIndexAt(seen.cues, t)].id);
  }
  EXPECT_GT(previous, 0.6);  // it played, not just stood
  EXPECT_TRUE(play["afterK"]["paused"].get<bool>());
  EXPECT_FALSE(play["afterSpace"]["paused"].get<bool>());
  EXPECT_TRUE(play["afterSecondSpace"]["paused"].get<bool>());
}

// Tab to the second section's link and Enter: it plays from that section's heading.
void CheckNav(const Seen& seen) {
  const json& nav = seen.report["nav"];
  const double start = seen.timings["sections"][1]["start"];
  EXPECT_LT(nav["tabs"].get<int>(), 40);
  EXPECT_FALSE(nav["paused"].get<bool>());
  EXPECT_GE(nav["time"].get<double>(), start - 0.005);
  EXPECT_LT(nav["time"].get<double>(), start + 2.0);
  EXPECT_EQ(nav["current"], "h-2");
  EXPECT_EQ(nav["text"], seen.timings["sections"][1]["heading"]);
  EXPECT_EQ(nav["nav"], "#sec-2");
}

void CheckKeys(const Seen& seen, double from) {
  const json& keys = seen.report["keys"];
  ASSERT_EQ(keys.size(), 9u);
  ASSERT_EQ(seen.cues[CueIndexAt(seen.cues, from)].id, "s-10");
  // Right to left: the left arrow reads forward.
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"start", "s-10"},  {"n", "s-11"},          {"ArrowLeft", "s-12"},
      {"p", "s-11"},      {"ArrowRight", "s-10"}, {"Shift+N", "h-4"},
      {"Shift+P", "h-3"}, {"Shift+P", "h-2"},     {"arabic-layout N", "s-4"}};
  for (size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE("after " + expected[i].first);
    EXPECT_EQ(keys[i]["key"], expected[i].first);
    EXPECT_EQ(keys[i]["current"], expected[i].second);
    EXPECT_TRUE(keys[i]["paused"].get<bool>());
    // Each key seeks to the start of the cue it names.
    if (i > 0) {
      EXPECT_NEAR(keys[i]["time"].get<double>(),
                  seen.cues[IndexOf(seen.cues, expected[i].second)].start, 1e-3);
    }
  }
}

// The real render's timings have words: the spoken one is highlighted inside its sentence.
void CheckWords(const Seen& seen, double t) {
  const json& words = seen.report["words"];
  const Cue& sentence = seen.cues[CueIndexAt(seen.cues, t)];
  EXPECT_EQ(words["current"], sentence.id);
  EXPECT_EQ(words["text"], sentence.text);  // wrapping the words kept the text
  ASSERT_TRUE(words["expected"].is_object()) << words.dump();
  EXPECT_EQ(words["word"], words["expected"]["text"]);
  EXPECT_LE(words["expected"]["start"].get<double>(), t + 0.005);
  EXPECT_GE(words["expected"]["end"].get<double>(), t);
}

// Timings without words (as before rawi had them): sentences only.
void CheckWithoutWords(const Seen& seen, double t) {
  const json& bare = seen.report["withoutWords"];
  const Cue& sentence = seen.cues[CueIndexAt(seen.cues, t)];
  EXPECT_EQ(bare["current"], sentence.id);
  EXPECT_EQ(bare["text"], sentence.text);
  EXPECT_TRUE(bare["word"].is_null());
  EXPECT_EQ(bare["wrapped"], 0);
}

void CheckAxe(const Seen& seen) {
  const json& axe = seen.report["axe"];
  for (const char* scheme : {"light", "dark"}) {
    SCOPED_TRACE(scheme);
    EXPECT_EQ(axe[scheme]["violations"], json::array());
    EXPECT_GT(axe[scheme]["passes"].get<int>(), 10);
    // WCAG AA for the highlights themselves (axe leaves text under the sticky player undecided).
    ASSERT_TRUE(axe[scheme]["highlight"]["word"].is_number()) << axe[scheme].dump();
    EXPECT_GE(axe[scheme]["highlight"]["current"].get<double>(), 4.5);
    EXPECT_GE(axe[scheme]["highlight"]["word"].get<double>(), 4.5);
  }
  EXPECT_EQ(axe["light"]["background"], "rgb(255, 255, 255)");
  EXPECT_EQ(axe["dark"]["background"], "rgb(18, 18, 18)");
}

// One browser run: load, play with K and Space, the section menu by keyboard, the highlight at
// chosen times, the keys, words (and a copy of the page without them), and axe-core in both
// color schemes.
TEST_F(ReadalongPageCli, BrowserHighlightsWhatTheTimingsNameAndPassesAxe) {
  const std::string why = MissingBrowser();
  if (!why.empty()) GTEST_SKIP() << why;
  const json& sections = (*timings_)["sections"];
  // A pause inside the title's time, the middle of sentences in three sections, the pause after a
  // sentence (the sentence stays), a heading being read.
  const std::vector<double> probes = {
      3.0,
      Middle(sections[0]["paragraphs"][0]["sentences"][1]),
      Middle(sections[1]["paragraphs"][0]["sentences"][0]),
      sections[1]["paragraphs"][0]["sentences"][0]["end"].get<double>() + 0.2,
      sections[2]["start"].get<double>() + 0.5,
      Middle(sections[4]["paragraphs"].back()["sentences"].back())};
  const double keys_at = Middle(sections[2]["paragraphs"][0]["sentences"][1]);
  const double words_at = Middle(sections[3]["paragraphs"][0]["sentences"][0]);
  std::string probe_list;
  for (double t : probes) probe_list += (probe_list.empty() ? "" : ",") + std::to_string(t);
  const auto browser = CheckPage(
      *dir_ / "page" / "index.html",
      {"--play", "--nav", "--probe", probe_list, "--keys-at", std::to_string(keys_at), "--words-at",
       std::to_string(words_at), "--axe", "--without-words", std::to_string(words_at)});
  ASSERT_EQ(browser.exit_code, 0) << browser.err;
  EXPECT_EQ(browser.err, "");
  const json report = json::parse(browser.out);
  const auto cues = Cues(*timings_, true);
  const Seen seen{report, *timings_, cues};
  {
    SCOPED_TRACE("load");
    CheckLoad(seen);
  }
  {
    SCOPED_TRACE("probes");
    CheckProbes(seen, probes);
  }
  {
    SCOPED_TRACE("play");
    CheckPlay(seen);
  }
  {
    SCOPED_TRACE("nav");
    CheckNav(seen);
  }
  {
    SCOPED_TRACE("keys");
    CheckKeys(seen, keys_at);
  }
  {
    SCOPED_TRACE("words");
    CheckWords(seen, words_at);
  }
  {
    SCOPED_TRACE("without words");
    CheckWithoutWords(seen, words_at);
  }
  {
    SCOPED_TRACE("axe");
    CheckAxe(seen);
  }
}

// Markup in an article is text on the page, never markup, and cannot end the timings' script.
TEST(ReadalongPageCliTest, MarkupInTheArticleIsShownAsText) {
  TempDir dir;
  const std::string sentence =
      "Talks </script><script>alert(1)</script> & <b>\"truce\"</b> resumed in Tripoli today.";
  const auto article = dir.Write("hostile.txt", "Hostile page\n" + sentence + "\n");
  const auto r = RunRawi({"render", article.string(), "-q", "--timings", (dir / "t.json").string(),
                          "--html", (dir / "page").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const json timings = json::parse(ReadFile(dir / "t.json"));
  const json& spoken = timings["sections"][0]["paragraphs"][0]["sentences"][0];
  ASSERT_EQ(spoken["text"], sentence);
  const std::string why = MissingBrowser();
  if (!why.empty()) GTEST_SKIP() << why;
  const auto browser =
      CheckPage(dir / "page" / "index.html", {"--probe", std::to_string(Middle(spoken))});
  ASSERT_EQ(browser.exit_code, 0) << browser.err;
  const json report = json::parse(browser.out);
  EXPECT_EQ(report["errors"], json::array());
  EXPECT_EQ(report["dialogs"], 0);
  EXPECT_EQ(report["dir"], "ltr");
  EXPECT_EQ(report["probes"][0]["current"], "s-1");
  EXPECT_EQ(report["probes"][0]["text"], sentence);
}

}  // namespace
}  // namespace rawi
