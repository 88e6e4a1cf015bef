#include "vocalize/clitics.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace rawi {
namespace {

// A split as "proclitics+[ال]+stem+suffix", e.g. "و+ال+سلام+".
std::string Show(const CliticSplit& s) {
  return ToUtf8(s.proclitics) + "+" + (s.article ? "ال+" : "") + ToUtf8(s.stem) + "+" +
         ToUtf8(s.suffix);
}

std::vector<std::string> Splits(std::u32string_view bare) {
  std::vector<std::string> out;
  for (const CliticSplit& s : SplitClitics(bare)) out.push_back(Show(s));
  return out;
}

bool HasSplit(std::u32string_view bare, const std::string& split) {
  const auto all = Splits(bare);
  return std::find(all.begin(), all.end(), split) != all.end();
}

TEST(CliticsTest, WholeWordFirstThenFewerClitics) {
  const auto splits = Splits(U"والسلام");
  ASSERT_GE(splits.size(), 3u);
  EXPECT_EQ(splits[0], "+والسلام+");
  EXPECT_EQ(splits[1], "و+السلام+");
  EXPECT_EQ(splits[2], "و+ال+سلام+");
}

TEST(CliticsTest, ProcliticChainsAndTheArticle) {
  const struct {
    std::u32string word;
    std::string split;
  } cases[] = {
      {U"وبالمنطقة", "وب+ال+منطقة+"},  {U"للسلام", "ل+ال+سلام+"},
      {U"لليبيا", "ل+ليبيا+"},         {U"فالأمر", "ف+ال+أمر+"},
      {U"كالعادة", "ك+ال+عادة+"},      {U"بالعمل", "ب+ال+عمل+"},
      {U"وستنشر", "وس+تنشر+"},         {U"فسيتم", "فس+يتم+"},
      {U"للاستقرار", "ل+ال+استقرار+"}, {U"معاونه", "+معاون+ه"},
      {U"سعتهما", "+سعت+هما"},         {U"وأسرتها", "و+أسرت+ها"},
      {U"مشاريعنا", "+مشاريع+نا"},     {U"بلادي", "+بلاد+ي"},
      {U"وحدهم", "+وحد+هم"},           {U"منكم", "+من+كم"},
  };
  for (const auto& c : cases)
    EXPECT_TRUE(HasSplit(c.word, c.split)) << ToUtf8(c.word) << " " << c.split;
}

TEST(CliticsTest, ImpossibleSplitsAreNotOffered) {
  EXPECT_FALSE(HasSplit(U"سالم", "س+الم+"));         // س only before an imperfect
  EXPECT_FALSE(HasSplit(U"البيتها", "+ال+بيت+ها"));  // no suffix after the article
  EXPECT_FALSE(HasSplit(U"به", "ب+ه+"));             // stems have two letters at least
  EXPECT_FALSE(HasSplit(U"سال", "س+ال+"));
}

TEST(CliticsTest, ClassesFollowFromTheClitics) {
  for (const CliticSplit& s : SplitClitics(U"بالمدينة")) {
    if (s.article) {
      EXPECT_EQ(s.classes, MaskOf(WordClass::kNoun));
    }
  }
  for (const CliticSplit& s : SplitClitics(U"سيتم")) {
    if (s.proclitics == U"س") {
      EXPECT_EQ(s.classes, MaskOf(WordClass::kImperfect));
    }
  }
}

TEST(CliticsTest, StemsBeforeASuffixAreAlsoTriedWithTheirBaseSpelling) {
  EXPECT_TRUE(HasSplit(U"كفاءتها", "+كفاءة+ها"));
  EXPECT_TRUE(HasSplit(U"كفاءتها", "+كفاءت+ها"));
  EXPECT_TRUE(HasSplit(U"مستواه", "+مستوى+ه"));
  EXPECT_TRUE(HasSplit(U"أدائها", "+أداء+ها"));
}

std::string Attach(std::u32string_view bare, const std::string& split, std::u32string stem,
                   WordClass word_class = WordClass::kNoun) {
  for (const CliticSplit& s : SplitClitics(bare)) {
    if (Show(s) == split) return ToUtf8(AttachClitics(s, {std::move(stem), word_class}));
  }
  return "no split " + split;
}

TEST(CliticsTest, AttachPutsTheVowelsBack) {
  const struct {
    std::u32string word;
    std::string split;
    std::u32string stem;
    WordClass word_class;
    std::u32string vocalized;
  } cases[] = {
      // Proclitics, and the article with sun and moon letters.
      {U"وسبل", "و+سبل+", U"سُبُل", WordClass::kNoun, U"وَسُبُل"},
      {U"فهل", "ف+هل+", U"هَل", WordClass::kFixed, U"فَهَل"},
      {U"كفرصة", "ك+فرصة+", U"فُرْصَة", WordClass::kNoun, U"كَفُرْصَة"},
      {U"بنسبة", "ب+نسبة+", U"نِسْبَة", WordClass::kNoun, U"بِنِسْبَة"},
      {U"لدعم", "ل+دعم+", U"دَعْم", WordClass::kNoun, U"لِدَعْم"},
      {U"ستوفر", "س+توفر+", U"تُوَفِّر", WordClass::kImperfect, U"سَتُوَفِّر"},
      {U"السلام", "+ال+سلام+", U"سَلَام", WordClass::kNoun, U"السَّلَام"},
      {U"الأمن", "+ال+أمن+", U"أَمْن", WordClass::kNoun, U"الْأَمْن"},
      {U"والمدن", "و+ال+مدن+", U"مُدُن", WordClass::kNoun, U"وَٱلْمُدُن"},
      {U"بالسلام", "ب+ال+سلام+", U"سَلَام", WordClass::kNoun, U"بِٱلسَّلَام"},
      {U"للسلام", "ل+ال+سلام+", U"سَلَام", WordClass::kNoun, U"لِلسَّلَام"},
      {U"للمواطنين", "ل+ال+مواطنين+", U"مُوَاطِنِين", WordClass::kNoun, U"لِلْمُوَاطِنِين"},
      {U"الليبي", "+ال+ليبي+", U"لِيبِيّ", WordClass::kNoun, U"اللِّيبِيّ"},
      {U"لليبيا", "ل+ليبيا+", U"لِيبْيَا", WordClass::kFixed, U"لِلِيبْيَا"},
      // لِ + الْ + a noun beginning with ل: two lams written, the article assimilated.
      {U"للجنة", "ل+لجنة+", U"لَجْنَة", WordClass::kNoun,
       U"\u0644\u0650\u0644\u0651\u064E\u062C\u0652\u0646\u064E\u0629"},  // لِلَّجْنَة
      {U"وللقاء", "ول+لقاء+", U"لِقَاء", WordClass::kNoun,
       U"\u0648\u064E\u0644\u0650\u0644\u0651\u0650\u0642\u064E\u0627\u0621"},  // وَلِلِّقَاء
      // Hamzat wasl: alef wasla after a proclitic, al-i… after the article.
      {U"الاستقرار", "+ال+استقرار+", U"اِسْتِقْرَار", WordClass::kNoun, U"الِٱسْتِقْرَار"},
      {U"للاستقرار", "ل+ال+استقرار+", U"اِسْتِقْرَار", WordClass::kNoun, U"لِلِٱسْتِقْرَار"},
      {U"واستمرت", "و+استمرت+", U"اِسْتَمَرَّت", WordClass::kPast, U"وَٱسْتَمَرَّت"},
      {U"باستخدام", "ب+استخدام+", U"اِسْتِخْدَام", WordClass::kNoun, U"بِٱسْتِخْدَام"},
      // Suffixes: the stem's vowel by class, ة as ت, ى as ا.
      {U"معاونه", "+معاون+ه", U"مُعَاوِن", WordClass::kNoun, U"مُعَاوِنِه"},
      {U"رؤساؤهم", "+رؤساء+هم", U"رُؤَسَاء", WordClass::kNoun, U"رُؤَسَاؤُهُم"},
      {U"كفاءتها", "+كفاءة+ها", U"كَفَاءَة", WordClass::kNoun, U"كَفَاءَتِهَا"},
      {U"مستواه", "+مستوى+ه", U"مُسْتَوَى", WordClass::kNoun, U"مُسْتَوَاه"},
      {U"يعكسها", "+يعكس+ها", U"يَعْكِس", WordClass::kImperfect, U"يَعْكِسُهَا"},
      {U"يعكسهم", "+يعكس+هم", U"يَعْكِس", WordClass::kImperfect, U"يَعْكِسُهُم"},
      {U"أكده", "+أكد+ه", U"أَكَّد", WordClass::kPast, U"أَكَّدَه"},
      {U"نفذته", "+نفذت+ه", U"نَفَّذَت", WordClass::kPast, U"نَفَّذَتْه"},
      {U"مشاريعنا", "+مشاريع+نا", U"مَشَارِيع", WordClass::kNoun, U"مَشَارِيعِنَا"},
      {U"بلادي", "+بلاد+ي", U"بِلَاد", WordClass::kNoun, U"بِلَادِي"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Attach(c.word, c.split, c.stem, c.word_class), ToUtf8(c.vocalized)) << ToUtf8(c.word);
  }
}

}  // namespace
}  // namespace rawi
