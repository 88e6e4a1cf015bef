// End-to-end: `rawi normalize` and `rawi phonemes` on files and stdin, with the real eSpeak NG.
#include <gtest/gtest.h>

#include "support/run_process.h"
#include "support/temp_dir.h"
#include "text/diacritics.h"
#include "text/phoneme_clusters.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

using testing::RunRawi;
using testing::TempDir;

TEST(NormalizeCliTest, OneOutputLinePerInputLineFromStdin) {
  const auto r = RunRawi({"normalize", "-"}, "وصل 3 رجال.\n\nبنسبة 30%\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const auto lines = SplitLines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(StripDiacritics(std::string(lines[0])), "وصل ثلاثة رجال.");
  EXPECT_EQ(lines[1], "");
  EXPECT_EQ(StripDiacritics(std::string(lines[2])), "بنسبة ثلاثين بالمئة");
}

TEST(NormalizeCliTest, FileWithLexiconAndMonths) {
  TempDir dir;
  const auto input = dir.Write("in.txt", "زار طرابلس في 17/5/2024.\n");
  const auto lexicon = dir.Write("mine.tsv", "طرابلس\tطَرَابْلُس الْغَرْب\n");
  const auto r =
      RunRawi({"normalize", input.string(), "--lexicon", lexicon.string(), "--months", "syriac"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(StripDiacritics(r.out),
            "زار طرابلس الغرب في السابع عشر من أيار ألفين وأربعة وعشرين.\n");
}

TEST(NormalizeCliTest, EnglishTextIsLeftToEspeakExceptAbbreviations) {
  const auto r = RunRawi({"normalize", "-"}, "Dr. Smith paid $5.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Doctor Smith paid $5.\n");
}

TEST(NormalizeCliTest, BadInputsAreOneLineErrors) {
  TempDir dir;
  const auto bad = dir.Write("bad.txt", "نص \xff");
  auto r = RunRawi({"normalize", bad.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + bad.string() + ": invalid UTF-8 at byte 5\n");
  r = RunRawi({"normalize", "-"},
              "a\xc0\xaf"
              "b");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: stdin: invalid UTF-8 at byte 1\n");
  r = RunRawi({"normalize", (dir / "missing.txt").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + (dir / "missing.txt").string() + ": no such file\n");
  r = RunRawi({"normalize", "-", "--months", "hijri"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "rawi: --months hijri: use gregorian or syriac\n");
  const auto broken = dir.Write("broken.tsv", "one-column\n");
  r = RunRawi({"normalize", "-", "--lexicon", broken.string()}, "x\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "rawi: " + broken.string() + ": line 1: expected WRITTEN<TAB>SPOKEN[<TAB>LANGUAGE]\n");
}

TEST(PhonemesCliTest, NumbersAreSpokenWithVowels) {
  // eSpeak alone drops "%" and reads 1.250.000 as a decimal; after normalization the number
  // words are there, with vowels. (Undiacritized article words such as بنسبة stay vowel-less
  // until the vocalizer exists.)
  const auto r =
      RunRawi({"phonemes", "-", "--ipa"}, "ارتفعت بنسبة 30% عام 2024 إلى 1.250.000 دينار\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(SplitLines(r.out).size(), 1u);
  for (const char* word : {"θˈalaːθˌiːn", "bilmˈiʔat", "ʔˈalfaˌin", "mˈiljuːn", "ʔˈalf"}) {
    EXPECT_NE(r.out.find(word), std::string::npos) << word << " not in " << r.out;
  }
}

TEST(PhonemesCliTest, ArabicIsVocalizedAsRenderSpeaksIt) {
  auto r = RunRawi({"phonemes", "-", "--ipa"}, "ارتفعت بنسبة 30%\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("binˈisbat"), std::string::npos) << r.out;
  EXPECT_FALSE(HasVowellessWord(r.out)) << r.out;
  r = RunRawi({"phonemes", "-", "--ipa", "--no-vocalize"}, "ارتفعت بنسبة 30%\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("bnsbt"), std::string::npos) << r.out;  // eSpeak's own reading
}

TEST(PhonemesCliTest, MnemonicsByDefaultAndLatinRunsSwitchToEnglish) {
  const auto r = RunRawi({"phonemes", "-"}, "قالت UNSMIL إن 3 سيارات وصلت\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("(en)"), std::string::npos) << r.out;     // eSpeak's English voice
  EXPECT_NE(r.out.find("T'ala:T"), std::string::npos) << r.out;  // ثَلَاث
}

}  // namespace
}  // namespace rawi
