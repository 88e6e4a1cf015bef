// End-to-end: the text flags defined once (cli/article_flags.h) with the real rawi: the two
// lexicons' names, --pronunciation and --vocalization, in every command's help, their old name
// --lexicon still working, and render taking a vocalized lexicon.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/run_process.h"
#include "support/temp_dir.h"
#include "text/diacritics.h"

namespace rawi {
namespace {

using testing::ReadFile;
using testing::RunRawi;
using testing::TempDir;

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string Help(const std::string& command) {
  const auto r = RunRawi({command, "--help"});
  EXPECT_EQ(r.exit_code, 0) << command << ": " << r.err;
  return r.out;
}

TEST(ArticleFlagsCliTest, EveryCommandNamesTheLexiconsAndTheOldName) {
  for (const char* command : {"render", "speak", "publish", "normalize", "phonemes"}) {
    const std::string help = Help(command);
    EXPECT_TRUE(Has(help, "--pronunciation,--lexicon")) << command << "\n" << help;
    EXPECT_TRUE(Has(help, "--lexicon is its old name")) << command;
    EXPECT_TRUE(Has(help, "--months")) << command;
  }
  for (const char* command : {"render", "speak", "publish", "phonemes"}) {
    const std::string help = Help(command);
    EXPECT_TRUE(Has(help, "--vocalization TEXT")) << command << "\n" << help;
    EXPECT_TRUE(Has(help, "--no-vocalize")) << command;
  }
  const std::string vocalize = Help("vocalize");
  EXPECT_TRUE(Has(vocalize, "--vocalization,--lexicon")) << vocalize;
  EXPECT_TRUE(Has(vocalize, "--pronunciation TEXT")) << vocalize;
  EXPECT_TRUE(Has(vocalize, "--lexicon is its old name")) << vocalize;
  EXPECT_FALSE(Has(Help("normalize"), "--vocalization"));
  EXPECT_TRUE(Has(Help("segment"), "--boilerplate"));
}

TEST(ArticleFlagsCliTest, NormalizeTakesPronunciationAndItsOldName) {
  TempDir dir;
  const auto lexicon = dir.Write("mine.tsv", "طرابلس\tطَرَابْلُس الْغَرْب\n");
  const auto plain = RunRawi({"normalize", "-"}, "زار طرابلس\n");
  const auto named =
      RunRawi({"normalize", "-", "--pronunciation", lexicon.string()}, "زار طرابلس\n");
  const auto old = RunRawi({"normalize", "-", "--lexicon", lexicon.string()}, "زار طرابلس\n");
  ASSERT_EQ(named.exit_code, 0) << named.err;
  ASSERT_EQ(old.exit_code, 0) << old.err;
  EXPECT_TRUE(Has(named.out, "طَرَابْلُس الْغَرْب")) << named.out;
  EXPECT_EQ(named.out, old.out);
  EXPECT_NE(named.out, plain.out);
}

TEST(ArticleFlagsCliTest, VocalizeTakesVocalizationAndItsOldNameAndPronunciation) {
  TempDir dir;
  const auto mine = dir.Write("mine.tsv", "مُدِينَة\tn\n");
  const auto named = RunRawi({"vocalize", "-", "--vocalization", mine.string()}, "في المدينة\n");
  const auto old = RunRawi({"vocalize", "-", "--lexicon", mine.string()}, "في المدينة\n");
  ASSERT_EQ(named.exit_code, 0) << named.err;
  EXPECT_TRUE(Has(named.out, "الْمُدِينَة") || Has(named.out, "المُدِينَة")) << named.out;
  EXPECT_EQ(named.out, old.out);

  const auto lexicon = dir.Write("spoken.tsv", "طرابلس\tطرابلس الغرب\n");
  const auto spoken = RunRawi({"vocalize", "-", "--pronunciation", lexicon.string()}, "طرابلس\n");
  ASSERT_EQ(spoken.exit_code, 0) << spoken.err;
  EXPECT_EQ(StripDiacritics(spoken.out), "طرابلس الغرب\n");
}

TEST(ArticleFlagsCliTest, PhonemesTakeTheVocalizedLexicon) {
  TempDir dir;
  const auto mine = dir.Write("mine.tsv", "مُدِينَة\tn\n");
  const auto plain = RunRawi({"phonemes", "-"}, "مدينة\n");
  const auto named = RunRawi({"phonemes", "-", "--vocalization", mine.string()}, "مدينة\n");
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  ASSERT_EQ(named.exit_code, 0) << named.err;
  EXPECT_NE(named.out, plain.out);
}

TEST(ArticleFlagsCliTest, RenderTakesTheVocalizedLexicon) {
  TempDir dir;
  const auto article = dir.Write("a.txt", "افتتحت المدينة مستشفى جديدا\n");
  const auto mine = dir.Write("mine.tsv", "مُدِينَة\tn\n");
  auto r = RunRawi({"render", article.string(), "-o", (dir / "plain.wav").string(), "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunRawi({"render", article.string(), "-o", (dir / "mine.wav").string(), "-q",
               "--vocalization", mine.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(ReadFile(dir / "plain.wav"), ReadFile(dir / "mine.wav"));

  const auto broken = dir.Write("broken.tsv", "abc\n");
  r = RunRawi({"render", article.string(), "-o", (dir / "x.wav").string(), "-q", "--vocalization",
               broken.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + broken.string() + ": line 1: not one Arabic word\n");
}

TEST(ArticleFlagsCliTest, RenderTakesPronunciationAndItsOldNameAlike) {
  TempDir dir;
  const auto article = dir.Write("a.txt", "زار الوفد طرابلس\n");
  const auto lexicon = dir.Write("mine.tsv", "طرابلس\tطَرَابْلُس الْغَرْب\n");
  auto r = RunRawi({"render", article.string(), "-o", (dir / "named.wav").string(), "-q",
                    "--pronunciation", lexicon.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunRawi({"render", article.string(), "-o", (dir / "old.wav").string(), "-q", "--lexicon",
               lexicon.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunRawi({"render", article.string(), "-o", (dir / "plain.wav").string(), "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir / "named.wav"), ReadFile(dir / "old.wav"));
  EXPECT_NE(ReadFile(dir / "named.wav"), ReadFile(dir / "plain.wav"));
}

}  // namespace
}  // namespace rawi
