// End-to-end: `rawi vocalize` on the samples with the real eSpeak NG, and its scores against the
// hand-vocalized gold texts in tests/vocalize/gold/.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "support/run_process.h"
#include "support/temp_dir.h"
#include "text/diacritics.h"
#include "text/phoneme_clusters.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

using testing::RunRawi;
using testing::TempDir;

const std::filesystem::path kSamples = RAWI_SAMPLES_DIR;
const std::filesystem::path kGold = std::filesystem::path(RAWI_TESTS_DIR) / "vocalize" / "gold";
constexpr const char* kArabicSamples[] = {"libya-truce-meeting", "benghazi-desalination-plant",
                                          "sabha-hospital-solar-power"};

// The number after `label` in --score output ("vowel-less: 4 (0.94%)" -> 0.94).
double Percent(const std::string& out, const std::string& label) {
  const size_t at = out.find(label);
  if (at == std::string::npos) return 100.0;
  const size_t open = out.find('(', at);
  return std::stod(out.substr(open + 1));
}

TEST(VocalizeCliTest, OneOutputLinePerInputLine) {
  const auto r = RunRawi({"vocalize", "-"}, "بنسبة 30% في المدينة\n\nوقال مدير المشروع\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "بِنِسْبَة ثَلَاثِين بِٱلْمِئَة فِي الْمَدِينَة\n\nوَقَال مُدِير الْمَشْرُوع\n");
}

TEST(VocalizeCliTest, ExplainNamesTheLayerOfEveryWord) {
  TempDir dir;
  const auto mine = dir.Write("mine.tsv", "الدَّبَيْبَة\tx\n");
  const auto r =
      RunRawi({"vocalize", "-", "--explain", "--lexicon", mine.string(), "--thesaurus", "none"},
              "قال الدبيبة 3 تحسينات هام\nكمبلخت\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "قال\tقَال\ttable\t1.00\n"
            "الدبيبة\tالدَّبَيْبَة\tuser\n"
            "ثَلَاث\tثَلَاث\twritten\n"
            "تحسينات\tتَحْسِينَات\tlemma\n"
            "هام\tهَامّ\ttable\t0.88\n"
            "\n"
            "كمبلخت\tكَمْبَلَخَت\tmodel\t0.13\n"
            "\n");
}

TEST(VocalizeCliTest, EnglishIsLeftAlone) {
  const auto r = RunRawi({"vocalize", "-"}, "Peace talks in Tripoli.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Peace talks in Tripoli.\n");
}

TEST(VocalizeCliTest, UsageAndFileErrors) {
  TempDir dir;
  auto r = RunRawi({"vocalize", "-", "--skip", "grammar"}, "x\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "rawi: unknown vocalizer layer 'grammar': use user, table, lemma, lexicon, thesaurus, "
            "model or espeak\n");
  r = RunRawi({"vocalize", "-", "--gold", "g.txt"}, "x\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "rawi: --gold needs --score\n");
  const auto broken = dir.Write("broken.tsv", "abc\n");
  r = RunRawi({"vocalize", "-", "--lexicon", broken.string()}, "x\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + broken.string() + ": line 1: not one Arabic word\n");
  r = RunRawi({"vocalize", (dir / "missing.txt").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + (dir / "missing.txt").string() + ": no such file\n");
}

TEST(VocalizeCliTest, InvalidUtf8IsAOneLineError) {
  TempDir dir;
  const auto bad = dir.Write("bad.txt", "نص \xff");
  auto r = RunRawi({"vocalize", bad.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "rawi: " + bad.string() + ": invalid UTF-8 at byte 5\n");
  r = RunRawi({"vocalize", "-", "--explain"},
              "مدينة\na\xc0\xaf"
              "b");
  EXPECT_EQ(r.exit_code, 1);
  // Lines are streamed: the good line before the bad one is already out.
  EXPECT_EQ(r.out, "مدينة\tمَدِينَة\ttable\t1.00\n\n");
  EXPECT_EQ(r.err, "rawi: stdin: invalid UTF-8 at byte 12\n");
}

TEST(VocalizeCliTest, EmptyInputGivesNothing) {
  TempDir dir;
  const auto empty = dir.Write("empty.txt", "");
  auto r = RunRawi({"vocalize", empty.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "");
  r = RunRawi({"vocalize", empty.string(), "--explain"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  r = RunRawi({"vocalize", empty.string(), "--score"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "words: 0\nvowel-less: 0 (0.00%)\nvowel-less words:\n");
  r = RunRawi({"vocalize", "-"}, "\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "\n");
}

TEST(VocalizeCliTest, ATenMegabyteLineIsOneOutputLine) {
  // 10 MB of news words on one line, without a newline: read in linear time.
  const std::string sentence = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة ";
  std::string line;
  while (line.size() < 10 * 1024 * 1024) line += sentence;
  line.pop_back();
  TempDir dir;
  const auto input = dir.Write("long.txt", line);
  const auto r = RunRawi({"vocalize", input.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
  const std::string vocalized = "أَعْلَنَت وِزَارَة الصِّحَّة الْيَوْم عَن افْتِتَاح مُسْتَشْفَى جَدِيد فِي الْمَدِينَة ";
  std::string expected;
  for (size_t copies = line.size() / sentence.size() + 1; copies > 0; --copies) {
    expected += vocalized;
  }
  expected.back() = '\n';
  // Compared without printing 16 MB on a failure.
  const auto differs =
      std::mismatch(r.out.begin(), r.out.end(), expected.begin(), expected.end()).first;
  EXPECT_EQ(r.out.size(), expected.size());
  EXPECT_TRUE(r.out == expected) << "first difference at byte " << (differs - r.out.begin()) << ": "
                                 << r.out.substr(differs - r.out.begin(), 200);
}

// The seed's 30 most frequent content words (function words left out), as written.
constexpr const char* kSeedWords[] = {
    "تعزيز",    "ليبيا",     "السلام",  "الأمنية", "اجتماع",  "الأركان", "الهدنة", "الاجتماع",
    "التركيز",  "الجهات",    "الأطراف", "لتعزيز",  "بناء",    "ظل",      "يستمر",  "العمل",
    "مشتركة",   "القوى",     "رئيس",    "العامة",  "الغربية", "محمد",    "الحداد", "التحديات",
    "التطورات", "التداعيات", "التأكيد", "أهمية",   "تهدف",    "المعنية"};

TEST(VocalizeCliTest, TheSeedsFrequentWordsAreReadWithVowels) {
  const auto explained =
      RunRawi({"vocalize", (kSamples / "libya-truce-meeting.txt").string(), "--explain"});
  ASSERT_EQ(explained.exit_code, 0) << explained.err;
  std::map<std::string, std::string> vocalized;
  for (std::string_view line : SplitLines(explained.out)) {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    const size_t tab2 = line.find('\t', tab + 1);
    // By the word as the article writes it (the normalizer's lexicon already vocalizes ليبيا).
    vocalized[StripDiacritics(line.substr(0, tab))] =
        std::string(line.substr(tab + 1, tab2 - tab - 1));
  }
  std::string words;
  for (const char* word : kSeedWords) {
    ASSERT_TRUE(vocalized.contains(word)) << word;
    words += vocalized[word] + "\n";
  }
  const auto ipa = RunRawi({"phonemes", "-", "--ipa"}, words);
  ASSERT_EQ(ipa.exit_code, 0) << ipa.err;
  const auto lines = SplitLines(ipa.out);
  ASSERT_GE(lines.size(), std::size(kSeedWords));
  for (size_t i = 0; i < std::size(kSeedWords); ++i) {
    EXPECT_LT(LongestConsonantRun(lines[i]), 3)
        << kSeedWords[i] << " -> " << vocalized[kSeedWords[i]] << " -> " << lines[i];
  }
}

TEST(VocalizeCliTest, EveryArabicSampleIsReadWithVowelsAndMatchesItsGold) {
  for (const char* name : kArabicSamples) {
    const std::string sample = (kSamples / (std::string(name) + ".txt")).string();
    const std::string gold = (kGold / (std::string(name) + ".txt")).string();
    const auto before = RunRawi({"vocalize", sample, "--score", "--skip",
                                 "user,table,lemma,lexicon,thesaurus,model,espeak"});
    const auto after = RunRawi({"vocalize", sample, "--score", "--gold", gold});
    ASSERT_EQ(before.exit_code, 0) << before.err;
    ASSERT_EQ(after.exit_code, 0) << after.err;
    EXPECT_GT(Percent(before.out, "vowel-less:"), 15.0) << name << "\n" << before.out;
    EXPECT_LE(Percent(after.out, "vowel-less:"), 8.0) << name << "\n" << after.out;
    EXPECT_LE(Percent(after.out, "word errors:"), 20.0) << name << "\n" << after.out;
  }
}

TEST(VocalizeCliTest, TheWholeSeedIsAtMostEightPercentVowelless) {
  const auto r = RunRawi({"vocalize", (kSamples / "libya-truce-meeting.txt").string(), "--score"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("words: 427\nvowel-less: ", 0), 0u) << r.out;
  EXPECT_LE(Percent(r.out, "vowel-less:"), 8.0) << r.out;
}

TEST(VocalizeCliTest, GoldTextsAreTheSamplesVocalized) {
  // A gold text has exactly the words of `rawi normalize` on its sample, marks aside.
  for (const char* name : kArabicSamples) {
    const auto normalized =
        RunRawi({"normalize", (kSamples / (std::string(name) + ".txt")).string()});
    ASSERT_EQ(normalized.exit_code, 0) << normalized.err;
    std::ifstream in(kGold / (std::string(name) + ".txt"));
    std::stringstream gold;
    gold << in.rdbuf();
    EXPECT_EQ(StripDiacritics(gold.str()), StripDiacritics(normalized.out)) << name;
  }
}

TEST(RenderVocalizeCliTest, NoVocalizeIsAFlag) {
  const auto r = RunRawi({"render", "--help"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("--no-vocalize"), std::string::npos);
  TempDir dir;
  const auto input = dir.Write("a.txt", "السلام في ليبيا\n");
  const auto rendered = RunRawi({"render", input.string(), "--no-vocalize", "-q"});
  ASSERT_EQ(rendered.exit_code, 0) << rendered.err;
  EXPECT_TRUE(std::filesystem::exists(dir / "a.wav"));
}

}  // namespace
}  // namespace rawi
