// End-to-end: `rawi render --epub` on real sample articles (Arabic and English) with real eSpeak NG
// audio, checked by the tools a publisher checks an ebook with: EPUBCheck (no error, no warning),
// DAISY Ace driving Debian's chromium (no accessibility violation), Python's zipfile and mutagen.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <regex>

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
const std::string kArabic = "sabha-hospital-solar-power";
const std::string kEnglish = "misrata-port-reopens-en";
const std::string kEpubCheck = "/usr/share/java/epubcheck.jar";  // Debian's epubcheck
const std::string kAce =
    std::string(RAWI_TESTS_DIR) + "/clients/ace/node_modules/@daisy/ace-cli/bin/ace.js";
const std::string kChromium = "/usr/bin/chromium";  // Debian's, which Ace drives

// Each test renders one sample (`rawi render NAME.txt -o NAME.wav --timings NAME.timings.json
// --epub NAME.epub`) and unpacks its ebook with Python's zipfile into NAME/.
class SampleEbook : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    const std::string name = GetParam();
    const auto r = RunRawi(
        {"render", kSamples + "/" + name + ".txt", "-o", (dir_ / (name + ".wav")).string(),
         "--timings", (dir_ / (name + ".timings.json")).string(), "--epub", Book().string(), "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto unzip = RunProcess(
        {"/usr/bin/python3", "-c",
         "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n"
         "z.extractall(sys.argv[2])",
         Book().string(), Unpacked().string()});
    ASSERT_EQ(unzip.exit_code, 0) << unzip.err;
  }
  std::filesystem::path Book() const { return dir_ / (GetParam() + ".epub"); }
  std::filesystem::path Unpacked() const { return dir_ / GetParam(); }
  std::string Part(const std::string& name) const { return ReadFile(Unpacked() / "EPUB" / name); }
  json Timings() const { return json::parse(ReadFile(dir_ / (GetParam() + ".timings.json"))); }
  TempDir dir_;
};

INSTANTIATE_TEST_SUITE_P(Samples, SampleEbook, ::testing::Values(kArabic, kEnglish),
                         [](const auto& info) {
                           return info.param == kArabic ? "Arabic" : "English";
                         });

TEST_P(SampleEbook, EpubCheckFindsNoErrorOrWarning) {
  const auto report = dir_ / "epubcheck.json";
  const auto r = RunProcess(
      {"/usr/bin/java", "-jar", kEpubCheck, Book().string(), "--json", report.string(), "--quiet"});
  ASSERT_TRUE(std::filesystem::exists(report)) << r.out << r.err;
  const json checked = json::parse(ReadFile(report));
  std::string messages;
  for (const auto& m : checked["messages"]) messages += m.dump() + "\n";
  EXPECT_EQ(checked["checker"]["nFatal"], 0) << messages;
  EXPECT_EQ(checked["checker"]["nError"], 0) << messages;
  EXPECT_EQ(checked["checker"]["nWarning"], 0) << messages;
  EXPECT_EQ(checked["messages"].size(), 0u) << messages;
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(checked["publication"]["hasAudio"], true);
  EXPECT_EQ(checked["publication"]["ePubVersion"], "3.2");  // the rules it checked against
}

TEST_P(SampleEbook, AceFindsNoAccessibilityViolation) {
  if (!std::filesystem::exists(kAce)) {
    GTEST_SKIP() << "DAISY Ace not installed in tests/clients/ace (scripts/setup)";
  }
  const auto out = dir_ / "ace";
  const auto r = RunProcess({"/usr/bin/env", "PUPPETEER_EXECUTABLE_PATH=" + kChromium, "node", kAce,
                             "--force", "--outdir", out.string(), Book().string()});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  const json report = json::parse(ReadFile(out / "report.json"));
  std::string violations;
  for (const auto& document : report["assertions"]) {
    for (const auto& a : document["assertions"]) {
      violations += document["earl:testSubject"]["url"].get<std::string>() + ": " +
                    a["earl:test"]["dct:title"].get<std::string>() + " (" +
                    a["earl:test"]["earl:impact"].get<std::string>() + ")\n";
    }
  }
  EXPECT_EQ(violations, "");
  EXPECT_EQ(report["earl:result"]["earl:outcome"], "pass");
  EXPECT_EQ(report["a11y-metadata"]["empty"].size(), 0u);
  const auto& present = report["a11y-metadata"]["present"];
  for (const char* required :
       {"schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
        "schema:accessibilityHazard", "schema:accessibilitySummary", "dcterms:conformsTo"}) {
    EXPECT_NE(std::find(present.begin(), present.end(), required), present.end()) << required;
  }
}

// clipBegin="H:MM:SS.mmm" in seconds.
double Clock(const std::string& clock) {
  int h = 0, m = 0;
  double s = 0;
  EXPECT_EQ(std::sscanf(clock.c_str(), "%d:%d:%lf", &h, &m, &s), 3) << clock;
  return h * 3600 + m * 60 + s;
}

TEST_P(SampleEbook, EverySentenceIsPlayedFromWhereTheTimingsPutIt) {
  const json timings = Timings();
  const std::string smil = Part("article.smil");
  const std::string xhtml = Part("article.xhtml");
  // <text src="article.xhtml#s-N"/> and its clip, in document order.
  const std::regex par(
      R"re(<text src="article\.xhtml#s-(\d+)"/>\s*<audio src="article\.mp3" clipBegin="([^"]+)" clipEnd="([^"]+)"/>)re");
  std::vector<double> begins;
  for (auto it = std::sregex_iterator(smil.begin(), smil.end(), par); it != std::sregex_iterator();
       ++it) {
    EXPECT_EQ(std::stoul((*it)[1]), begins.size() + 1);
    begins.push_back(Clock((*it)[2]));
  }
  size_t n = 0;
  for (const auto& section : timings["sections"]) {
    for (const auto& paragraph : section["paragraphs"]) {
      for (const auto& sentence : paragraph["sentences"]) {
        ASSERT_LT(n, begins.size());
        EXPECT_NEAR(begins[n], sentence["start"].get<double>(), 0.0011) << "s-" << n + 1;
        const std::string span = "<span id=\"s-" + std::to_string(n + 1) + "\">";
        EXPECT_NE(xhtml.find(span + sentence["text"].get<std::string>() + "</span>"),
                  std::string::npos)
            << span;
        ++n;
      }
    }
  }
  EXPECT_EQ(n, begins.size());
  EXPECT_GT(n, 5u);
}

TEST_P(SampleEbook, TheMp3LastsAsLongAsTheOverlay) {
  std::smatch duration;
  const std::string opf = Part("package.opf");
  ASSERT_TRUE(std::regex_search(opf, duration,
                                std::regex(R"(<meta property="media:duration">([^<]+)</meta>)")));
  EXPECT_NEAR(Clock(duration[1]), Timings()["duration"].get<double>(), 0.0011);
  const auto r = RunProcess({"/usr/bin/python3", "-c",
                             "import sys\nfrom mutagen.mp3 import MP3\n"
                             "print(MP3(sys.argv[1]).info.length)",
                             (Unpacked() / "EPUB/article.mp3").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NEAR(std::stod(r.out), Clock(duration[1]), 0.05);
}

// Both samples in one run: --epub names a folder.
TEST(EpubCliTest, SeveralArticlesGoIntoTheEbookFolder) {
  TempDir dir;
  std::filesystem::create_directory(dir / "books");
  const auto r = RunRawi({"render", kSamples + "/" + kArabic + ".txt",
                          kSamples + "/" + kEnglish + ".txt", "-o", dir.path().string() + "/",
                          "--format", "ogg", "--epub", (dir / "books").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ListDir(dir / "books"),
            (std::vector<std::string>{kEnglish + ".epub", kArabic + ".epub"}));
  EXPECT_EQ(ListDir(dir.path()),
            (std::vector<std::string>{"books", kEnglish + ".ogg", kArabic + ".ogg"}));
  const std::string arabic_book = (dir / "books" / (kArabic + ".epub")).string();
  EXPECT_NE(r.err.find(" sections) and " + arabic_book + "\n"), std::string::npos) << r.err;

  const auto parts =
      RunProcess({"/usr/bin/python3", "-c",
                  "import json, sys, zipfile\n"
                  "print(json.dumps({n: zipfile.ZipFile(b).read(n).decode() for b, n in"
                  " [(sys.argv[1], 'EPUB/article.xhtml'), (sys.argv[1], 'EPUB/package.opf'),"
                  "  (sys.argv[2], 'EPUB/nav.xhtml')]}))",
                  arabic_book, (dir / "books" / (kEnglish + ".epub")).string()});
  ASSERT_EQ(parts.exit_code, 0) << parts.err;
  const json part = json::parse(parts.out);
  const std::string arabic = part["EPUB/article.xhtml"];
  EXPECT_NE(arabic.find("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" xml:lang=\"ar\" "
                        "dir=\"rtl\">"),
            std::string::npos);
  EXPECT_NE(arabic.find("<h1 id=\"title\">مستشفى سبها الطبي يعمل بالطاقة الشمسية</h1>"),
            std::string::npos);
  EXPECT_NE(arabic.find("<h2 id=\"h-1\">تمويل محلي ودعم دولي</h2>"), std::string::npos);
  EXPECT_NE(part["EPUB/package.opf"].get<std::string>().find(
                "<spine page-progression-direction=\"rtl\">"),
            std::string::npos);
  EXPECT_NE(part["EPUB/nav.xhtml"].get<std::string>().find(
                "<a href=\"article.xhtml#h-1\">Repairs Completed Ahead of Schedule</a>"),
            std::string::npos);
}

// The audio may go to a pipe: the ebook's MP3 comes from the speech itself. With
// SOURCE_DATE_EPOCH, the same article gives the same ebook, byte for byte.
TEST(EpubCliTest, StreamedAudioStillGetsItsEbookAndTheSameBytesTwice) {
  TempDir dir;
  std::vector<std::string> books;
  for (const char* name : {"a.epub", "b.epub"}) {
    const auto r = RunProcess({"/usr/bin/env", "SOURCE_DATE_EPOCH=1700000000", RAWI_BINARY,
                               "render", kSamples + "/" + kEnglish + ".txt", "-o", "-", "--epub",
                               (dir / name).string(), "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, 4), "RIFF");
    books.push_back(ReadFile(dir / name));
  }
  EXPECT_EQ(ListDir(dir.path()), (std::vector<std::string>{"a.epub", "b.epub"}));
  EXPECT_EQ(books[0].substr(30, 28), "mimetypeapplication/epub+zip");
  EXPECT_TRUE(books[0] == books[1]) << "two renders differ";
}

// ---- refusals, before anything is rendered ---------------------------------------------------

struct Refusal {
  std::vector<std::string> args;  // after "render"; {DIR} is the test's folder
  std::string message;            // after "rawi: "; {DIR} likewise
};

TEST(EpubRefusalTest, SameRulesAsTimings) {
  TempDir dir;
  const std::string d = dir.path().string();
  const auto article = dir.Write("a.txt", "Body text.\n").string();
  dir.Write("b.txt", "More text.\n");
  const Refusal cases[] = {
      {{article, "--epub", article}, "--epub " + article + ": is the article " + article},
      {{article, "-o", d + "/a.wav", "--epub", d + "/a.wav"},
       "--epub " + d + "/a.wav: is the audio output " + d + "/a.wav"},
      {{article, "--epub", d + "/a.wav"},
       "--epub " + d + "/a.wav: is the audio output " + d + "/a.wav"},
      {{article, "--timings", d + "/t.json", "--epub", d + "/t.json"},
       "--epub " + d + "/t.json: is the timings file " + d + "/t.json"},
      {{article, "--epub", "-"}, "--epub -: an ebook is written to a file, not standard output"},
      {{article, d + "/b.txt", "-o", d + "/", "--epub", d + "/book.epub"},
       "--epub " + d + "/book.epub: several articles need an ebook folder"},
  };
  for (const Refusal& c : cases) {
    std::vector<std::string> args = {"render"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const auto r = RunRawi(args);
    EXPECT_EQ(r.exit_code, 2) << c.message;
    EXPECT_EQ(r.err, "rawi: " + c.message + "\n");
    EXPECT_EQ(ListDir(dir.path()), (std::vector<std::string>{"a.txt", "b.txt"})) << c.message;
  }
}

TEST(EpubRefusalTest, HelpListsTheFlag) {
  const auto r = RunRawi({"render", "--help"});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--epub TEXT"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("read-along ebook (EPUB 3"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace rawi
