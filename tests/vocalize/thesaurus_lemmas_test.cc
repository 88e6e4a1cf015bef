#include "vocalize/thesaurus_lemmas.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"
#include "text/utf8.h"
#include "util/error.h"

namespace rawi {
namespace {

using Strings = std::vector<std::string>;

Strings Found(const VocalizedLexicon& lexicon, std::u32string_view bare) {
  std::vector<StemEntry> entries;
  lexicon.Find(bare, entries);
  Strings out;
  for (const StemEntry& e : entries) {
    out.push_back(ToUtf8(e.vocalized) + "/" + ClassLetter(e.word_class));
  }
  return out;
}

// The shape of mythes-ar's th_ar_*_v2.dat.
constexpr std::string_view kThesaurus =
    "UTF-8\n"
    "غضب|3\n"
    "(فعل)|اِحْتَدَّ|غَضِبَ\n"
    "(مصدر)|اِحْتِداد|اِشْتِداد\n"
    "(مصدر)|اِحْتِدَاد\n"
    "إفساد|2\n"
    "(مصدر)|إِبْطاَل|إِزاَلة\n"
    "(مصدر)|نَّمِيمَة|تَأجيل|إِطْنَابْ (في الكَلاَم )|مُمْتَلِئ-البَطْن-\n"
    "اتفاق|1\n"
    "(مصدر)|اِتِّفَاق|اِتِفَاق|اِتِّفَاق\n";

TEST(ThesaurusLemmasTest, VocalizedSynonymsBecomeEntries) {
  VocalizedLexicon lexicon(/*loose=*/false);
  LoadThesaurusText(kThesaurus, "th.dat", lexicon);
  EXPECT_EQ(Found(lexicon, U"احتد"), Strings{"اِحْتَدّ/p"});  // a verb, pausal
  EXPECT_EQ(Found(lexicon, U"غضب"), Strings{"غَضِب/p"});
  EXPECT_EQ(Found(lexicon, U"اشتداد"), Strings{"اِشْتِدَاد/n"});
  EXPECT_EQ(Found(lexicon, U"إبطال"), Strings{"إِبْطَال/n"});  // fatha typed after alef, fixed
  EXPECT_EQ(Found(lexicon, U"نميمة"), Strings{"نَمِيمَة/n"});  // shadda on the first letter, dropped
  EXPECT_EQ(Found(lexicon, U"تأجيل"), Strings{});           // half vocalized: skipped
  EXPECT_EQ(Found(lexicon, U"إطناب"), Strings{});           // phrases are not words
  EXPECT_EQ(Found(lexicon, U"ممتلئ"), Strings{});
  // Both spellings of احتداد agree once the fatha is placed; the most frequent reading first.
  EXPECT_EQ(Found(lexicon, U"احتداد"), Strings{"اِحْتِدَاد/n"});
  EXPECT_EQ(Found(lexicon, U"اتفاق"), (Strings{"اِتِّفَاق/n", "اِتِفَاق/n"}));
}

TEST(ThesaurusLemmasTest, EightBitEncodingsAreConverted) {
  const std::string cp1256 =
      "windows-1256\n\xd3\xde\xe3|1\n(\xdd\xda\xe1)|\xe3\xf3\xd1\xf6\xd6\xf3\n";
  VocalizedLexicon lexicon(false);
  LoadThesaurusText(cp1256, "th.dat", lexicon);
  EXPECT_EQ(Found(lexicon, U"مرض"), Strings{"مَرِض/p"});
  try {
    LoadThesaurusText("no-such-charset\nx|1\n", "th.dat", lexicon);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "th.dat: unknown encoding 'no-such-charset'");
  }
}

TEST(ThesaurusLemmasTest, ReadsFilesAndNamesAMissingOne) {
  testing::TempDir dir;
  VocalizedLexicon lexicon(false);
  LoadThesaurusLemmas(dir.Write("th_ar.dat", std::string(kThesaurus)), lexicon);
  EXPECT_GT(lexicon.size(), 5u);
  try {
    LoadThesaurusLemmas(dir / "none.dat", lexicon);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), (dir / "none.dat").string() + ": cannot read thesaurus");
  }
}

TEST(ThesaurusLemmasTest, DebiansThesaurusWhenInstalled) {
  const auto found = FindArabicThesaurus();
  if (!found) GTEST_SKIP() << "mythes-ar is not installed (scripts/setup installs it)";
  VocalizedLexicon lexicon(false);
  LoadThesaurusLemmas(*found, lexicon);
  EXPECT_GT(lexicon.size(), 3000u);
  EXPECT_EQ(Found(lexicon, U"استقرار"), Strings{"اِسْتِقْرَار/n"});
}

}  // namespace
}  // namespace rawi
