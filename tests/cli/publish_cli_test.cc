// End-to-end: `rawi publish` on the sample articles, checked by the real clients a podcast
// meets: xmllint, Python's feedparser, Podcast Index's podcast-partytime, mutagen, libebur128 and
// a WebVTT parser (installed by scripts/setup).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <unistd.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "publish/episode_audio.h"
#include "publish/identifiers.h"
#include "support/node_clients.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

namespace rawi {
namespace {

using nlohmann::json;
using testing::ListDir;
using testing::ProcessResult;
using testing::ReadFile;
using testing::RunProcess;
using testing::RunRawi;
using testing::TempDir;

const std::string kSamples = RAWI_SAMPLES_DIR;

const char* kConfig =
    "title = \"أخبار ليبيا المسموعة\"\n"
    "description = \"نشرة الأخبار الليبية <مقروءة> & مسموعة\"\n"
    "language = \"ar\"\nauthor = \"راوي\"\nemail = \"owner@example.com\"\n"
    "image = \"cover.jpg\"\ncategory = \"News\"\nexplicit = false\n"
    "base_url = \"https://example.com/podcast/\"\n";

size_t SampleCount() {
  size_t count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kSamples)) {
    count += entry.path().extension() == ".txt" ? 1 : 0;
  }
  return count;
}

bool HaveNodeClients() {
  return testing::HaveNodeClient("podcast-partytime") && testing::HaveNodeClient("webvtt-parser");
}

ProcessResult Python(const std::string& code, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"/usr/bin/python3", "-c", code};
  argv.insert(argv.end(), args.begin(), args.end());
  return RunProcess(argv);
}

// The feed as feedparser reads it: {bozo, items: [{id, title, url, length, duration}]}, and
// whether xmllint accepts it.
json ParseFeed(const std::filesystem::path& feed) {
  const auto lint = RunProcess({"/usr/bin/xmllint", "--noout", feed.string()});
  EXPECT_EQ(lint.exit_code, 0) << lint.err;
  EXPECT_EQ(lint.err, "");
  const auto r = Python(
      "import feedparser, json, sys\n"
      "d = feedparser.parse(sys.argv[1])\n"
      "print(json.dumps({'bozo': d.bozo, 'items': [{'id': e.id, 'title': e.title,\n"
      "  'url': e.enclosures[0].href, 'length': int(e.enclosures[0].length),\n"
      "  'duration': e.itunes_duration} for e in d.entries]}))\n",
      {feed.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.exit_code == 0 ? json::parse(r.out) : json();
}

// Feed XML without the line that changes on every build.
std::string StableFeed(const std::filesystem::path& file) {
  std::string xml = ReadFile(file);
  const size_t begin = xml.find("<lastBuildDate>");
  const size_t end = xml.find("</lastBuildDate>");
  if (begin != std::string::npos && end != std::string::npos) xml.erase(begin, end - begin);
  return xml;
}

class PublishedSamples : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    dir_->Write("cover.jpg", "\xFF\xD8\xFF\xE0 not really a jpeg");
    dir_->Write("podcast.toml", kConfig);
    result_ = new ProcessResult(RunRawi({"publish", kSamples, "-o", (*dir_ / "site").string(),
                                         "--feed", (*dir_ / "podcast.toml").string(), "-j", "2"}));
  }
  static void TearDownTestSuite() {
    delete result_;
    delete dir_;
  }
  static std::filesystem::path Site() { return *dir_ / "site"; }
  static std::vector<json> Manifests() {
    std::vector<json> all;
    for (const auto& entry : std::filesystem::directory_iterator(Site() / ".rawi")) {
      if (entry.path().extension() == ".json") all.push_back(json::parse(ReadFile(entry.path())));
    }
    return all;
  }
  static TempDir* dir_;
  static ProcessResult* result_;
};
TempDir* PublishedSamples::dir_ = nullptr;
ProcessResult* PublishedSamples::result_ = nullptr;

TEST_F(PublishedSamples, EveryArticleIsAnEpisodeWithItsFiles) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  EXPECT_NE(result_->err.find(std::to_string(SampleCount()) + " rendered, 0 unchanged, 0 failed"),
            std::string::npos)
      << result_->err;
  for (const char* slug :
       {"libya-truce-meeting", "benghazi-desalination-plant", "misrata-port-reopens-en"}) {
    for (const char* ext : {".mp3", ".vtt", ".srt", ".chapters.json"}) {
      EXPECT_TRUE(std::filesystem::is_regular_file(Site() / (std::string(slug) + ext)))
          << slug << ext;
    }
  }
  EXPECT_EQ(ReadFile(Site() / "cover.jpg"), ReadFile(*dir_ / "cover.jpg"));
}

TEST_F(PublishedSamples, XmllintAcceptsTheFeed) {
  const auto r = RunProcess({"/usr/bin/xmllint", "--noout", (Site() / "feed.xml").string()});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
}

TEST_F(PublishedSamples, FeedparserReadsItWithoutBozoAndLengthsMatchTheFiles) {
  const auto r = Python(
      "import feedparser, json, sys\n"
      "d = feedparser.parse(sys.argv[1])\n"
      "print(json.dumps({'bozo': d.bozo, 'title': d.feed.title, 'language': d.feed.language,\n"
      "  'items': [{'title': e.title, 'id': e.id, 'length': int(e.enclosures[0].length),\n"
      "             'url': e.enclosures[0].href, 'published': e.published} for e in "
      "d.entries]}))\n",
      {(Site() / "feed.xml").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json feed = json::parse(r.out);
  EXPECT_EQ(feed["bozo"], false);
  EXPECT_EQ(feed["title"], "أخبار ليبيا المسموعة");
  EXPECT_EQ(feed["language"], "ar");
  ASSERT_EQ(feed["items"].size(), SampleCount());
  for (const auto& item : feed["items"]) {
    const std::string url = item["url"];
    const std::string file = url.substr(url.rfind('/') + 1);
    EXPECT_EQ(item["length"].get<uint64_t>(), std::filesystem::file_size(Site() / file)) << file;
    EXPECT_NE(item["published"].get<std::string>().find(" +0000"), std::string::npos);
  }
  std::set<std::string> titles;
  for (const auto& item : feed["items"]) titles.insert(item["title"]);
  EXPECT_TRUE(titles.count("افتتاح محطة جديدة لتحلية مياه البحر قرب بنغازي"));
  EXPECT_TRUE(titles.count("Misrata Port Reopens Container Terminal After Months of Repairs"));
}

TEST_F(PublishedSamples, PodcastIndexParserKeepsItemsChaptersAndTranscripts) {
  if (!HaveNodeClients()) GTEST_SKIP() << "npm test clients not installed (scripts/setup)";
  const auto r = testing::RunNodeClient("check-feed.js", {(Site() / "feed.xml").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json feed = json::parse(r.out);
  EXPECT_EQ(feed["guid"], "6c967fe4-ab76-51b1-aec1-bde9677f87cb");
  EXPECT_EQ(feed["locked"], true);
  ASSERT_EQ(feed["items"].size(), SampleCount());
  for (const auto& item : feed["items"]) {
    EXPECT_EQ(item["chapters"]["type"], "application/json+chapters");
    ASSERT_EQ(item["transcripts"].size(), 2u);
    EXPECT_EQ(item["transcripts"][0]["type"], "text/vtt");
    EXPECT_EQ(item["transcripts"][0]["rel"], "captions");
    EXPECT_GT(item["duration"].get<double>(), 60);
  }
}

TEST_F(PublishedSamples, MutagenReadsDurationAndArabicChapters) {
  for (const json& m : Manifests()) {
    const auto r = Python(
        "import json, sys\nfrom mutagen.mp3 import MP3\nfrom mutagen.id3 import ID3\n"
        "f = MP3(sys.argv[1]); t = ID3(sys.argv[1])\n"
        "chaps = sorted(t.getall('CHAP'), key=lambda c: c.start_time)\n"
        "print(json.dumps({'length': f.info.length, 'rate': f.info.sample_rate,\n"
        "  'bitrate': f.info.bitrate, 'version': t.version[1], 'toc': len(t.getall('CTOC')),\n"
        "  'chapters': [[c.start_time, c.sub_frames['TIT2'].text[0]] for c in chaps]}))\n",
        {(Site() / m["audio"].get<std::string>()).string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json mp3 = json::parse(r.out);
    const double duration = m["duration"];
    EXPECT_NEAR(mp3["length"].get<double>(), duration, duration * 0.01) << m["audio"];
    EXPECT_EQ(mp3["rate"], 44100);
    EXPECT_EQ(mp3["bitrate"], 96000);
    EXPECT_EQ(mp3["version"], 3);
    EXPECT_EQ(mp3["toc"], 1);
    if (m["slug"] == "libya-truce-meeting") {
      ASSERT_EQ(mp3["chapters"].size(), 3u);
      EXPECT_EQ(mp3["chapters"][0][0], 0);
      EXPECT_EQ(mp3["chapters"][1][1], "اجتماع لدعم الهدنة في ليبيا");
      EXPECT_EQ(mp3["chapters"][2][1], "لقاء لتعزيز الاستقرار الأمني");
    }
  }
}

TEST_F(PublishedSamples, LoudnessIsMinus16WithinTheTruePeakCeiling) {
  for (const json& m : Manifests()) {
    const Loudness loudness = MeasureLoudness(Site() / m["audio"].get<std::string>());
    EXPECT_NEAR(loudness.integrated, -16.0, 1.0) << m["audio"];
    EXPECT_LE(loudness.true_peak, -1.0) << m["audio"];
  }
}

TEST_F(PublishedSamples, CaptionsPassAWebVttParserInsideTheAudio) {
  if (!HaveNodeClients()) GTEST_SKIP() << "npm test clients not installed (scripts/setup)";
  for (const json& m : Manifests()) {
    const auto r =
        testing::RunNodeClient("check-vtt.js", {(Site() / m["vtt"].get<std::string>()).string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json vtt = json::parse(r.out)[0];
    EXPECT_TRUE(vtt["errors"].empty()) << vtt["errors"].dump();
    ASSERT_GT(vtt["cues"].size(), 5u);
    double previous = -1;
    for (const auto& cue : vtt["cues"]) {
      EXPECT_GE(cue["start"].get<double>(), previous);
      EXPECT_GT(cue["end"].get<double>(), cue["start"].get<double>());
      EXPECT_LE(cue["end"].get<double>(), m["duration"].get<double>() + 0.05);
      previous = cue["start"];
    }
  }
}

TEST_F(PublishedSamples, ChaptersJsonAscends) {
  const json chapters = json::parse(ReadFile(Site() / "libya-truce-meeting.chapters.json"));
  EXPECT_EQ(chapters["version"], "1.2.0");
  ASSERT_EQ(chapters["chapters"].size(), 3u);
  EXPECT_LT(chapters["chapters"][0]["startTime"].get<double>(),
            chapters["chapters"][1]["startTime"].get<double>());
  EXPECT_LT(chapters["chapters"][1]["startTime"].get<double>(),
            chapters["chapters"][2]["startTime"].get<double>());
}

// --- incremental, sharded, failing ---

struct Articles {
  TempDir dir;
  Articles() {
    std::filesystem::create_directory(dir / "articles");
    for (const char* name : {"libya-truce-meeting.txt", "misrata-port-reopens-en.txt"}) {
      std::filesystem::copy_file(kSamples + "/" + name, dir / "articles" / name);
    }
    dir.Write("podcast.toml",
              std::string(kConfig).replace(std::string(kConfig).find("image"), 20, ""));
  }
  ProcessResult Publish(const std::string& site, std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {
        "publish", (dir / "articles").string(),     "-o", (dir / site).string(),
        "--feed",  (dir / "podcast.toml").string(), "-j", "2"};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunRawi(args);
  }
};

TEST(PublishCliTest, UnchangedArticlesAreNotRenderedAgain) {
  Articles a;
  ASSERT_EQ(a.Publish("site").exit_code, 0);
  const auto mtime = std::filesystem::last_write_time(a.dir / "site" / "libya-truce-meeting.mp3");
  auto r = a.Publish("site");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("0 rendered, 2 unchanged, 0 failed"), std::string::npos) << r.err;
  std::ofstream(a.dir / "articles" / "misrata-port-reopens-en.txt", std::ios::app)
      << "One more line.\n";
  r = a.Publish("site");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 rendered, 1 unchanged, 0 failed"), std::string::npos) << r.err;
  EXPECT_EQ(std::filesystem::last_write_time(a.dir / "site" / "libya-truce-meeting.mp3"), mtime);
}

// --- [accessibility]: the read-along ebook and page beside each episode ---

TEST(PublishCliTest, AccessibilityAddsAValidEbookAndAPageThatPlaysTheEpisode) {
  Articles a;
  std::ofstream(a.dir / "podcast.toml", std::ios::app) << "[accessibility]\n";
  auto r = a.Publish("site");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::filesystem::path site = a.dir / "site";
  for (const char* slug : {"libya-truce-meeting", "misrata-port-reopens-en"}) {
    SCOPED_TRACE(slug);
    const std::string stem = slug;
    const json manifest = json::parse(ReadFile(site / ".rawi" / (stem + ".json")));
    EXPECT_EQ(manifest["epub"], stem + ".epub");
    EXPECT_EQ(manifest["page"], stem + ".html");

    const auto report = a.dir / (stem + ".epubcheck.json");
    const auto check =
        RunProcess({"/usr/bin/java", "-jar", "/usr/share/java/epubcheck.jar",
                    (site / (stem + ".epub")).string(), "--json", report.string(), "--quiet"});
    ASSERT_TRUE(std::filesystem::exists(report)) << check.out << check.err;
    const json checked = json::parse(ReadFile(report));
    EXPECT_EQ(checked["checker"]["nError"], 0) << checked["messages"].dump();
    EXPECT_EQ(checked["checker"]["nWarning"], 0) << checked["messages"].dump();
    EXPECT_EQ(checked["publication"]["hasAudio"], true);

    // The ebook's audio is the episode's MP3 itself, byte for byte.
    const auto audio = Python(
        "import sys, zipfile\n"
        "sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read('EPUB/article.mp3'))",
        {(site / (stem + ".epub")).string()});
    ASSERT_EQ(audio.exit_code, 0) << audio.err;
    EXPECT_TRUE(audio.out == ReadFile(site / (stem + ".mp3")));

    const std::string page = ReadFile(site / (stem + ".html"));
    EXPECT_NE(page.find("src=\"" + stem + ".mp3\""), std::string::npos);
    EXPECT_EQ(page.find("http://"), std::string::npos);
    EXPECT_EQ(page.find("https://"), std::string::npos);
    // One highlighted span per sentence that `rawi segment` finds in the article.
    const auto segmented =
        RunRawi({"segment", (a.dir / "articles" / (stem + ".txt")).string(), "--json"});
    ASSERT_EQ(segmented.exit_code, 0) << segmented.err;
    const json outline = json::parse(segmented.out);
    size_t sentences = 0;
    for (const auto& section : outline["sections"]) {
      for (const auto& paragraph : section["paragraphs"])
        sentences += paragraph["sentences"].size();
    }
    size_t spans = 0;
    for (size_t at = page.find("<span id=\"s-"); at != std::string::npos;
         at = page.find("<span id=\"s-", at + 1)) {
      ++spans;
    }
    EXPECT_GT(spans, 3u);
    EXPECT_EQ(spans, sentences);
  }

  // feedparser sees the page as each item's link.
  const auto links = Python(
      "import feedparser, sys\n"
      "for e in feedparser.parse(sys.argv[1]).entries: print(e.link)",
      {(site / "feed.xml").string()});
  ASSERT_EQ(links.exit_code, 0) << links.err;
  EXPECT_NE(links.out.find("https://example.com/podcast/libya-truce-meeting.html\n"),
            std::string::npos)
      << links.out;
  EXPECT_NE(links.out.find("https://example.com/podcast/misrata-port-reopens-en.html\n"),
            std::string::npos)
      << links.out;

  r = a.Publish("site");
  EXPECT_NE(r.err.find("0 rendered, 2 unchanged, 0 failed"), std::string::npos) << r.err;
  // A page that went missing is made again; so is every episode when the outputs change.
  std::filesystem::remove(site / "libya-truce-meeting.html");
  r = a.Publish("site");
  EXPECT_NE(r.err.find("1 rendered, 1 unchanged, 0 failed"), std::string::npos) << r.err;
  EXPECT_TRUE(std::filesystem::exists(site / "libya-truce-meeting.html"));
  std::ofstream(a.dir / "podcast.toml", std::ios::app) << "page = false\n";
  r = a.Publish("site");
  EXPECT_NE(r.err.find("2 rendered, 0 unchanged, 0 failed"), std::string::npos) << r.err;
  EXPECT_EQ(json::parse(ReadFile(site / ".rawi/libya-truce-meeting.json")).count("page"), 0u);
  EXPECT_EQ(ReadFile(site / "feed.xml").find(".html</link>"), std::string::npos);
}

TEST(PublishCliTest, AccessibilityEbookOfAnOpusEpisodeHoldsAnMp3) {
  Articles a;
  std::ofstream(a.dir / "podcast.toml", std::ios::app) << "accessibility = true\n";
  const auto r = a.Publish("site", {"--format", "opus"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto types = Python(
      "import sys, zipfile\n"
      "z = zipfile.ZipFile(sys.argv[1])\n"
      "mp3 = z.read('EPUB/article.mp3')\n"
      "print(mp3[:3] == b'ID3' or mp3[0] == 0xFF)",
      {(a.dir / "site/libya-truce-meeting.epub").string()});
  EXPECT_EQ(types.out, "True\n") << types.err;
  EXPECT_NE(
      ReadFile(a.dir / "site/libya-truce-meeting.html").find("src=\"libya-truce-meeting.opus\""),
      std::string::npos);
}

// Audio made with an older lexicon is never kept: an edit renders the episodes again, and the
// new audio says what the lexicon now says.
TEST(PublishCliTest, EditingALexiconRendersTheEpisodesAgain) {
  Articles a;
  const auto lexicon = a.dir.Write("mine.tsv", "الهدنة\tالهُدْنَة\n");
  auto r = a.Publish("site", {"--lexicon", lexicon.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const uint64_t before = std::filesystem::file_size(a.dir / "site/libya-truce-meeting.mp3");
  r = a.Publish("site", {"--lexicon", lexicon.string()});
  EXPECT_NE(r.err.find("0 rendered, 2 unchanged, 0 failed"), std::string::npos) << r.err;
  // «الهدنة» is said as a long phrase now: the Arabic episode is longer.
  a.dir.Write("mine.tsv", "الهدنة\tاتفاق وقف إطلاق النار المؤقت بين الطرفين\n");
  r = a.Publish("site", {"--lexicon", lexicon.string()});
  EXPECT_NE(r.err.find("2 rendered, 0 unchanged, 0 failed"), std::string::npos) << r.err;
  EXPECT_GT(std::filesystem::file_size(a.dir / "site/libya-truce-meeting.mp3"), before);
  // So does a data file of rawi's own (RAWI_DATA_DIR: a copy of voices/ with one line more).
  const std::filesystem::path voices = a.dir / "voices";
  std::filesystem::copy(RAWI_VOICES_DIR, voices);
  r = RunProcess({"/usr/bin/env", "RAWI_DATA_DIR=" + voices.string(), RAWI_BINARY, "publish",
                  (a.dir / "articles").string(), "-o", (a.dir / "site").string(), "--feed",
                  (a.dir / "podcast.toml").string(), "--lexicon", lexicon.string()});
  EXPECT_NE(r.err.find("0 rendered, 2 unchanged, 0 failed"), std::string::npos) << r.err;
  std::ofstream(voices / "ar-lexicon.tsv", std::ios::app) << "طرابلس\tطَرَابُلُس الغرب\n";
  r = RunProcess({"/usr/bin/env", "RAWI_DATA_DIR=" + voices.string(), RAWI_BINARY, "publish",
                  (a.dir / "articles").string(), "-o", (a.dir / "site").string(), "--feed",
                  (a.dir / "podcast.toml").string(), "--lexicon", lexicon.string()});
  EXPECT_NE(r.err.find("2 rendered, 0 unchanged, 0 failed"), std::string::npos) << r.err;
}

// The vocalized lexicon too (--vocalization): an edit to it renders the episodes again.
TEST(PublishCliTest, EditingTheVocalizedLexiconRendersTheEpisodesAgain) {
  Articles a;
  const auto vocalized = a.dir.Write("vocalized.tsv", "الهدنة\tالهُدْنَة\n");
  auto r = a.Publish("site", {"--vocalization", vocalized.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = a.Publish("site", {"--vocalization", vocalized.string()});
  EXPECT_NE(r.err.find("0 rendered, 2 unchanged, 0 failed"), std::string::npos) << r.err;
  a.dir.Write("vocalized.tsv", "الهدنة\tالهِدْنَة\n");
  r = a.Publish("site", {"--vocalization", vocalized.string()});
  EXPECT_NE(r.err.find("2 rendered, 0 unchanged, 0 failed"), std::string::npos) << r.err;
}

// A parent that ignores SIGCHLD passes that on: the kernel would reap the workers before publish
// could learn how they ended.
TEST(PublishCliTest, WorkersAreCountedWhenSigchldIsIgnored) {
  Articles a;
  const auto r = Python(
      "import os, signal, sys\n"
      "signal.signal(signal.SIGCHLD, signal.SIG_IGN)\n"
      "os.execv(sys.argv[1], sys.argv[1:])",
      {RAWI_BINARY, "publish", (a.dir / "articles").string(), "-o", (a.dir / "site").string(),
       "--feed", (a.dir / "podcast.toml").string(), "-j", "2"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("2 rendered, 0 unchanged, 0 failed"), std::string::npos) << r.err;
}

TEST(PublishCliTest, TwoShardsAndFeedEqualOneRun) {
  Articles a;
  ASSERT_EQ(a.Publish("whole").exit_code, 0);
  auto r = a.Publish("sharded", {"--shard", "1/2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("shard 1/2 done"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(a.dir / "sharded" / "feed.xml"));
  ASSERT_EQ(a.Publish("sharded", {"--shard", "2/2"}).exit_code, 0);
  r = RunRawi({"feed", (a.dir / "sharded").string(), "--feed", (a.dir / "podcast.toml").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(StableFeed(a.dir / "sharded" / "feed.xml"), StableFeed(a.dir / "whole" / "feed.xml"));
}

// a/news.txt and b/news.txt used to be two items with one guid, and a.txt and a.md one slug:
// the second overwrote the first's audio. Shards numbered them each on their own.
TEST(PublishCliTest, SameFileNamesGetDistinctSlugsAndGuidsInEveryShard) {
  TempDir dir;
  std::filesystem::create_directories(dir / "in/a");
  std::filesystem::create_directories(dir / "in/b");
  dir.Write("in/a/news.txt", "The port of Misrata reopened on Monday.\n");
  dir.Write("in/b/news.txt", "A desalination plant opened near Benghazi.\n");
  dir.Write("in/a/x.txt", "Talks on the truce resume in Tripoli.\n");
  dir.Write("in/a/x.md", "Rain is expected in the east on Friday.\n");
  dir.Write("podcast.toml",
            std::string(kConfig).replace(std::string(kConfig).find("image"), 20, ""));
  auto publish = [&](const std::string& site, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"publish",
                                     (dir / "in/a").string(),
                                     (dir / "in/b").string(),
                                     "-o",
                                     (dir / site).string(),
                                     "--feed",
                                     (dir / "podcast.toml").string(),
                                     "-j",
                                     "2"};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunRawi(args);
  };
  auto r = publish("whole");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("4 rendered, 0 unchanged, 0 failed"), std::string::npos) << r.err;
  const json feed = ParseFeed(dir / "whole" / "feed.xml");
  EXPECT_EQ(feed["bozo"], false);
  ASSERT_EQ(feed["items"].size(), 4u);
  const std::string ns = PodcastGuid("https://example.com/podcast/feed.xml");
  std::map<std::string, std::string> guids;  // audio file -> guid
  for (const auto& item : feed["items"]) {
    const std::string url = item["url"];
    const std::string file = url.substr(url.rfind('/') + 1);
    guids[file] = item["id"];
    EXPECT_EQ(item["length"].get<uint64_t>(), std::filesystem::file_size(dir / "whole" / file));
  }
  EXPECT_EQ(guids, (std::map<std::string, std::string>{{"news.mp3", UuidV5(ns, "news.txt")},
                                                       {"news-2.mp3", UuidV5(ns, "news.txt/2")},
                                                       {"x.mp3", UuidV5(ns, "x.md")},
                                                       {"x-2.mp3", UuidV5(ns, "x.txt")}}));
  // The same guids again, and the same from two shards.
  r = publish("whole");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("0 rendered, 4 unchanged, 0 failed"), std::string::npos) << r.err;
  ASSERT_EQ(publish("sharded", {"--shard", "1/2"}).exit_code, 0);
  ASSERT_EQ(publish("sharded", {"--shard", "2/2"}).exit_code, 0);
  r = RunRawi({"feed", (dir / "sharded").string(), "--feed", (dir / "podcast.toml").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(StableFeed(dir / "sharded" / "feed.xml"), StableFeed(dir / "whole" / "feed.xml"));
}

// A run killed after it replaced SLUG.mp3 but before it rewrote the manifest left a feed whose
// enclosure length was the old file's: the feed is now made from the files on disk.
TEST(PublishCliTest, FeedLengthsAreTheFilesOnDisk) {
  Articles a;
  ASSERT_EQ(a.Publish("site").exit_code, 0);
  const auto site = a.dir / "site";
  std::filesystem::copy_file(site / "misrata-port-reopens-en.mp3", site / "libya-truce-meeting.mp3",
                             std::filesystem::copy_options::overwrite_existing);
  auto lengths_match = [&] {
    const json feed = ParseFeed(site / "feed.xml");
    EXPECT_EQ(feed["bozo"], false);
    for (const auto& item : feed["items"]) {
      const std::string url = item["url"];
      const std::string file = url.substr(url.rfind('/') + 1);
      EXPECT_EQ(item["length"].get<uint64_t>(), std::filesystem::file_size(site / file)) << file;
    }
    return feed["items"].size();
  };
  const std::vector<std::string> feed_command = {"feed", site.string(), "--feed",
                                                 (a.dir / "podcast.toml").string()};
  auto r = RunRawi(feed_command);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lengths_match(), 2u);
  std::ofstream(site / "misrata-port-reopens-en.mp3", std::ios::app) << "more bytes";
  r = a.Publish("site");  // nothing to render, the feed is written again all the same
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("0 rendered, 2 unchanged, 0 failed"), std::string::npos) << r.err;
  EXPECT_EQ(lengths_match(), 2u);
  std::filesystem::remove(site / "misrata-port-reopens-en.mp3");
  r = RunRawi(feed_command);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "rawi: " + (site / "misrata-port-reopens-en.mp3").string() +
                       ": audio file missing, its episode is left out of the feed\nrawi: " +
                       (site / "feed.xml").string() + " has 1 items\n");
  EXPECT_EQ(lengths_match(), 1u);
}

// Two runs into one site used to fail at random (fixed work-file names, one run's feed over the
// other's files). The lock is held here by the test itself, as another run would hold it.
TEST(PublishCliTest, ASecondRunIntoTheSiteFailsAtOnce) {
  Articles a;
  const auto site = a.dir / "site";
  std::filesystem::create_directories(site / ".rawi");
  const int fd = open((site / ".rawi/lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_GE(fd, 0);
  const std::string busy =
      "rawi: " + site.string() + ": another rawi publish or feed is running (lock .rawi/lock)\n";
  const std::vector<std::string> feed = {"feed", site.string(), "--feed",
                                         (a.dir / "podcast.toml").string()};
  ASSERT_EQ(flock(fd, LOCK_EX), 0);  // a whole run: nothing else may start
  for (const auto& r : {a.Publish("site"), a.Publish("site", {"--shard", "1/2"}), RunRawi(feed)}) {
    EXPECT_EQ(r.exit_code, 4);
    EXPECT_EQ(r.err, busy);
  }
  EXPECT_EQ(ListDir(site), std::vector<std::string>{".rawi"});
  ASSERT_EQ(flock(fd, LOCK_SH), 0);  // a shard: other shards may run, a whole run may not
  for (const auto& r : {a.Publish("site"), RunRawi(feed)}) {
    EXPECT_EQ(r.exit_code, 4);
    EXPECT_EQ(r.err, busy);
  }
  auto r = a.Publish("site", {"--shard", "2/2", "-q"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ListDir(site),
            (std::vector<std::string>{".rawi", "misrata-port-reopens-en.chapters.json",
                                      "misrata-port-reopens-en.mp3", "misrata-port-reopens-en.srt",
                                      "misrata-port-reopens-en.vtt"}));
  close(fd);
  r = a.Publish("site");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 rendered, 1 unchanged, 0 failed"), std::string::npos) << r.err;
}

// Two real runs at once: each one either publishes or fails at once, and the site stays whole.
TEST(PublishCliTest, TwoRunsAtOnce) {
  Articles a;
  ProcessResult first, second;
  std::thread other([&] { second = a.Publish("site"); });
  first = a.Publish("site");
  other.join();
  const std::string busy = "rawi: " + (a.dir / "site").string() +
                           ": another rawi publish or feed is running (lock .rawi/lock)\n";
  for (const ProcessResult* r : {&first, &second}) {
    EXPECT_TRUE(r->exit_code == 0 || (r->exit_code == 4 && r->err == busy))
        << r->exit_code << " " << r->err;
  }
  EXPECT_TRUE(first.exit_code == 0 || second.exit_code == 0);
  const json feed = ParseFeed(a.dir / "site" / "feed.xml");
  EXPECT_EQ(feed["items"].size(), 2u);
  EXPECT_EQ(ListDir(a.dir / "site" / ".rawi"),
            (std::vector<std::string>{"libya-truce-meeting.json", "lock",
                                      "misrata-port-reopens-en.json"}));
}

// Temporary files a SIGKILLed run left (nothing can remove them then) used to stay in the public
// site for good; the next whole run removes them, and only them.
TEST(PublishCliTest, TemporaryFilesOfAKilledRunAreRemoved) {
  Articles a;
  ASSERT_EQ(a.Publish("site").exit_code, 0);
  const auto site = a.dir / "site";
  const std::vector<std::string> stale = {
      ".libya-truce-meeting.mp3.tmp-AbCdEf123456.mp3", ".feed.xml.tmp-000000000000.xml",
      ".rawi/.libya-truce-meeting.json.tmp-abcdefghijkl.json",
      ".rawi/..libya-truce-meeting.render.wav.tmp-abcdefghijkl.wav.tmp-mnopqrstuvwx.wav"};
  const std::vector<std::string> kept = {".htaccess", ".feed.xml.tmp-00000000000.xml",
                                         "notes.tmp-abcdefghijkl", ".x.mp3.tmp-abcdefghijkl.wav"};
  auto plant = [&] {
    for (const auto& name : stale) a.dir.Write("site/" + name, "partial");
  };
  for (const auto& name : kept) a.dir.Write("site/" + name, "mine");
  plant();
  auto r = a.Publish("site", {"--shard", "1/2"});  // other shards may be writing: left alone
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& name : stale) EXPECT_TRUE(std::filesystem::exists(site / name)) << name;
  r = a.Publish("site");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("rawi: " + site.string() +
                       ": removed 4 temporary files an interrupted run left\n"),
            std::string::npos)
      << r.err;
  for (const auto& name : stale) EXPECT_FALSE(std::filesystem::exists(site / name)) << name;
  for (const auto& name : kept) EXPECT_EQ(ReadFile(site / name), "mine") << name;
  plant();
  r = RunRawi({"feed", site.string(), "--feed", (a.dir / "podcast.toml").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "rawi: " + site.string() +
                       ": removed 4 temporary files an interrupted run left\nrawi: " +
                       (site / "feed.xml").string() + " has 2 items\n");
  for (const auto& name : stale) EXPECT_FALSE(std::filesystem::exists(site / name)) << name;
  for (const auto& name : kept) EXPECT_EQ(ReadFile(site / name), "mine") << name;
}

TEST(PublishCliTest, ABadArticleIsSkippedAndReported) {
  Articles a;
  a.dir.Write("articles/broken.txt", "نص \xff");
  const auto r = a.Publish("site");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("rawi: " + (a.dir / "articles" / "broken.txt").string() +
                       ": invalid UTF-8 at byte 5\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("2 rendered, 0 unchanged, 1 failed"), std::string::npos) << r.err;
  const std::string feed = ReadFile(a.dir / "site" / "feed.xml");
  EXPECT_EQ(std::count(feed.begin(), feed.end(), '\n') > 0, true);
  EXPECT_NE(feed.find("misrata-port-reopens-en.mp3"), std::string::npos);
  EXPECT_EQ(feed.find("broken"), std::string::npos);
}

// One control character in an article or its front matter used to give a feed that xmllint
// rejects ("PCDATA invalid Char value 1"): every episode gone from every app. (podcast.toml is
// checked instead: a control character there is an error, see BadConfigValuesAreOneLineErrors.)
TEST(PublishCliTest, ControlCharactersNeverReachTheFeed) {
  TempDir dir;
  std::filesystem::create_directory(dir / "articles");
  dir.Write("articles/bad-chars.md",
            "---\ntitle: \"Port\x01 news\"\nauthor: \"Salem\x01 Warfalli\"\n---\n\n"
            "The port of Misrata\x01 reopened on Monday.\x0bShips are back.\n\n"
            "## Details\x0b here\n\nThe terminal handles containers\x0c again.\n");
  dir.Write("podcast.toml",
            "title = \"News in brief\"\ndescription = \"Daily news\"\n"
            "language = \"en\"\nauthor = \"rawi\"\nemail = \"owner@example.com\"\n"
            "category = \"News\"\nexplicit = false\nbase_url = \"https://example.com/podcast/\"\n");
  const auto r = RunRawi({"publish", (dir / "articles").string(), "-o", (dir / "site").string(),
                          "--feed", (dir / "podcast.toml").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto feed = (dir / "site" / "feed.xml").string();
  const auto lint = RunProcess({"/usr/bin/xmllint", "--noout", feed});
  EXPECT_EQ(lint.exit_code, 0) << lint.err;
  EXPECT_EQ(lint.err, "");
  const auto parsed = Python(
      "import feedparser, json, sys\n"
      "d = feedparser.parse(sys.argv[1])\n"
      "print(json.dumps({'bozo': d.bozo, 'title': d.feed.title, 'items': [{'title': e.title, "
      "'author': e.author, 'summary': e.summary} for e in d.entries]}))\n",
      {feed});
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  const json got = json::parse(parsed.out);
  EXPECT_EQ(got["bozo"], false);
  EXPECT_EQ(got["title"], "News in brief");
  ASSERT_EQ(got["items"].size(), 1u);
  EXPECT_EQ(got["items"][0]["title"], "Port news");
  EXPECT_EQ(got["items"][0]["author"], "Salem Warfalli");
  const std::string summary = got["items"][0]["summary"];
  EXPECT_EQ(summary.rfind("The port of Misrata reopened on Monday. Ships are back.", 0), 0u)
      << summary;
  for (const char* ext : {".vtt", ".srt", ".chapters.json"}) {
    const std::string text = ReadFile(dir / "site" / (std::string("bad-chars") + ext));
    EXPECT_EQ(text.find_first_of("\x01\x0b\x0c"), std::string::npos) << ext;
    EXPECT_EQ(text.find("\\u000"), std::string::npos) << ext;
  }
}

// Values that used to pass: nan aborted LAME in every worker (signal 6), 4294967392 wrapped to 96,
// "http://" gave a feed of host-less URLs and /etc/shadow was copied into the public site.
TEST(PublishCliTest, BadConfigValuesAreOneLineErrors) {
  Articles a;
  const std::string base = ReadFile(a.dir / "podcast.toml");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"loudness_lufs = nan\n", "'loudness_lufs' must be a number from -40 to -5 (LUFS), not nan"},
      {"true_peak_dbtp = inf\n", "'true_peak_dbtp' must be a number from -20 to 0 (dBTP), not inf"},
      {"bitrate_kbps = 4294967392\n",
       "'bitrate_kbps' must be one of 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, "
       "320 "
       "(MP3 CBR kbps), not 4294967392"},
      {"image = \"/etc/shadow\"\n", "'image' /etc/shadow must be a .jpg, .jpeg or .png file"},
  };
  for (const auto& [line, problem] : cases) {
    const auto config = a.dir.Write("bad.toml", base + line);
    const auto r = RunRawi({"publish", (a.dir / "articles").string(), "-o",
                            (a.dir / "site").string(), "--feed", config.string()});
    EXPECT_EQ(r.exit_code, 1) << line;
    EXPECT_EQ(r.err, "rawi: " + config.string() + ": " + problem + "\n");
    EXPECT_FALSE(std::filesystem::exists(a.dir / "site")) << line;
  }
  std::string no_host = base;
  no_host.replace(no_host.find("https://example.com/podcast/"), 28, "http://");
  const auto config = a.dir.Write("bad.toml", no_host);
  const auto r = RunRawi({"feed", (a.dir / "site").string(), "--feed", config.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + config.string() +
                       ": 'base_url' must be an absolute http:// or https:// URL with a host\n");
}

TEST(PublishCliTest, BadConfigIsAOneLineError) {
  Articles a;
  const auto config = a.dir.Write("bad.toml", "title = \"x\"\n");
  const auto r = RunRawi({"publish", (a.dir / "articles").string(), "-o", (a.dir / "site").string(),
                          "--feed", config.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "rawi: " + config.string() + ": 'description' is missing (a non-empty string)\n");
  EXPECT_FALSE(std::filesystem::exists(a.dir / "site"));
}

}  // namespace
}  // namespace rawi
