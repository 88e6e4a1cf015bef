#include "vocalize/word_table.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <optional>
#include <string>

#include "text/utf8.h"
#include "vocalize/compiled_sections.h"

namespace rawi {
namespace {

// The three sections a WordTable reads, kept alive beside it (the table reads them in place).
struct Tables {
  std::string words, after, before;
  WordTable table;

  Tables(const StringTableBuilder& w, const StringTableBuilder& a, const StringTableBuilder& b)
      : words(w.Serialize()),
        after(a.Serialize()),
        before(b.Serialize()),
        table(StringTableView(words), StringTableView(after), StringTableView(before)) {}
  Tables(const Tables&) = delete;  // the views would point into the copied-from strings
};

// عقد: عَقْد ×5, عُقِد ×3; after وقد the passive ×4, before العمل the noun ×2, before
// الاجتماع the passive ×3. ملك: مَلِك ×1000, مُلْك ×10, after في the second once and after
// حقوق 20 times.
Tables Sample() {
  StringTableBuilder words, after, before;
  words.Add("كتاب", "كِتَاب", 12);
  words.Add("عقد", "عَقْد", 5);
  words.Add("عقد", "عُقِد", 3);
  words.Add("ملك", "مَلِك", 1000);
  words.Add("ملك", "مُلْك", 10);
  words.Add("بريطانيا", "بِرِيطَانْيَا", 3);
  words.Add("الموظفين", "الْمُوَظَّفِين", 5);
  words.Add("المدينة", "الْمَدِينَة", 8);
  words.Add("الشمس", "الشَّمْس", 2);
  words.Add("استخدام", "اِسْتِخْدَام", 9);  // with the kasra some corpora write
  words.Add("اتفاق", "اتِّفَاق", 6);
  words.Add("انتخابات", "انْتِخَابَات", 4);
  words.Add("اسم", "اِسْم", 4);
  words.Add("يتم", "يَتِمّ", 4);
  words.Add("تعمل", "تَعْمَل", 2);
  words.Add("نعمل", "نَعْمَل", 2);
  words.Add("أعمل", "أَعْمَل", 2);
  words.Add("بحر", "بَحْر", 7);
  words.Add("حر", "حُرّ", 1);
  after.AddIndex("وقد\tعقد", 1, 4);
  after.AddIndex("في\tملك", 1, 1);
  after.AddIndex("حقوق\tملك", 1, 20);
  before.AddIndex("عقد\tالعمل", 0, 2);
  before.AddIndex("عقد\tالاجتماع", 1, 3);
  return Tables(words, after, before);
}

// A choice as "READING share=S count=N [context]", or "none".
std::string Shown(const std::optional<WordTable::Choice>& c) {
  if (!c) return "none";
  char share[16];
  std::snprintf(share, sizeof share, "%.6f", c->share);
  return ToUtf8(c->vocalized) + " share=" + share + " count=" + std::to_string(c->count) +
         (c->by_context ? " context" : "");
}

struct FindCase {
  const char* name;
  const char* bare;
  const char* previous;
  const char* next;
  const char* choice;
};

class WordTableFindTest : public ::testing::TestWithParam<FindCase> {};

TEST_P(WordTableFindTest, Chooses) {
  const Tables t = Sample();
  const FindCase& c = GetParam();
  EXPECT_EQ(Shown(t.table.Find(ToUtf32(c.bare), ToUtf32(c.previous), ToUtf32(c.next))), c.choice);
}

// The shares, worked out: a neighbour's counts c_i of n, smoothed with the form's shares s_i
// (weight 2), give p_i = (c_i + 2 s_i) / (n + 2), and the reading's score is
// log s_i + Σ (log p_i − log s_i) over the neighbours.
INSTANTIATE_TEST_SUITE_P(
    Cases, WordTableFindTest,
    ::testing::Values(
        FindCase{"SingleReading", "كتاب", "", "", "كِتَاب share=1.000000 count=12"},
        FindCase{"SingleReadingIgnoresNeighbours", "كتاب", "وقد", "العمل",
                 "كِتَاب share=1.000000 count=12"},
        FindCase{"CommonestWithoutContext", "عقد", "", "", "عَقْد share=0.625000 count=8"},
        FindCase{"UnknownNeighbours", "عقد", "ثم", "جديد", "عَقْد share=0.625000 count=8"},
        // p = (0 + 1.25) / 6, (4 + 0.75) / 6
        FindCase{"LeftNeighbourChanges", "عقد", "وقد", "", "عُقِد share=0.791667 count=8 context"},
        // p = (0 + 1.25) / 5, (3 + 0.75) / 5
        FindCase{"RightNeighbourChanges", "عقد", "", "الاجتماع",
                 "عُقِد share=0.750000 count=8 context"},
        // p = (2 + 1.25) / 4
        FindCase{"RightNeighbourConfirms", "عقد", "", "العمل", "عَقْد share=0.812500 count=8"},
        // 3.25/12 against 4.75/12 once divided by the shares
        FindCase{"BothNeighbours", "عقد", "وقد", "العمل", "عُقِد share=0.593750 count=8 context"},
        FindCase{"NeighbourOfAnotherFormDoesNotCount", "كتاب", "في", "",
                 "كِتَاب share=1.000000 count=12"},
        // p = (0 + 2000/1010) / 3, (1 + 20/1010) / 3: a neighbour seen once does not overturn
        FindCase{"WeakNeighbourKeepsTheStrongReading", "ملك", "في", "",
                 "مَلِك share=0.660066 count=1010"},
        FindCase{"StrongNeighbourOverturns", "ملك", "حقوق", "",
                 "مُلْك share=0.909991 count=1010 context"},
        FindCase{"Absent", "مدرسة", "", "", "none"},
        FindCase{"AbsentWithNeighbours", "مدرسة", "وقد", "العمل", "none"},
        FindCase{"Empty", "", "", "", "none"},
        FindCase{"ContextKeyIsNotAForm", "وقد\tعقد", "", "", "none"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(WordTableTest, Size) {
  EXPECT_EQ(Sample().table.size(), 17u);
  EXPECT_EQ(WordTable().size(), 0u);
  EXPECT_EQ(WordTable().Find(U"كتاب", U"", U""), std::nullopt);
}

struct ProcliticCase {
  const char* name;
  const char* bare;
  const char* vocalized;  // "" for none
};

class FindAfterProcliticsTest : public ::testing::TestWithParam<ProcliticCase> {};

TEST_P(FindAfterProcliticsTest, Reads) {
  const Tables t = Sample();
  const ProcliticCase& c = GetParam();
  const auto choice = t.table.FindAfterProclitics(ToUtf32(c.bare), U"", U"");
  EXPECT_EQ(choice ? ToUtf8(choice->vocalized) : "", c.vocalized);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FindAfterProcliticsTest,
    ::testing::Values(
        ProcliticCase{"Wa", "وكتاب", "وَكِتَاب"}, ProcliticCase{"Fa", "فكتاب", "فَكِتَاب"},
        ProcliticCase{"Bi", "بكتاب", "بِكِتَاب"}, ProcliticCase{"Li", "لكتاب", "لِكِتَاب"},
        ProcliticCase{"Ka", "ككتاب", "كَكِتَاب"},
        ProcliticCase{"WaBeforeBa", "وبريطانيا", "وَبِرِيطَانْيَا"},
        ProcliticCase{"WaBi", "وبكتاب", "وَبِكِتَاب"}, ProcliticCase{"FaLi", "فلكتاب", "فَلِكِتَاب"},
        ProcliticCase{"WaKa", "وككتاب", "وَكَكِتَاب"}, ProcliticCase{"FaBi", "فبكتاب", "فَبِكِتَاب"},
        ProcliticCase{"BiArticle", "بالمدينة", "بِالْمَدِينَة"},
        ProcliticCase{"WaBiArticle", "وبالمدينة", "وَبِالْمَدِينَة"},
        ProcliticCase{"WaArticleSunLetter", "والشمس", "وَالشَّمْس"},
        ProcliticCase{"BiArticleSunLetter", "بالشمس", "بِالشَّمْس"},
        // لِ + الْمُوَظَّفِين is written للموظفين: the article's alef goes.
        ProcliticCase{"LiArticleElided", "للموظفين", "لِلْمُوَظَّفِين"},
        ProcliticCase{"WaLiArticleElided", "وللموظفين", "وَلِلْمُوَظَّفِين"},
        ProcliticCase{"FaLiArticleElided", "فللمدينة", "فَلِلْمَدِينَة"},
        ProcliticCase{"LiArticleSunLetter", "للشمس", "لِلشَّمْس"},
        // The stem's hamzat wasl loses its vowel after a proclitic.
        ProcliticCase{"WaslBeforeSukun", "باستخدام", "بِاسْتِخْدَام"},
        ProcliticCase{"WaslWithoutMark", "وانتخابات", "وَانْتِخَابَات"},
        ProcliticCase{"WaslBeforeShadda", "واتفاق", "وَاتِّفَاق"},
        ProcliticCase{"WaslShortStem", "باسم", "بِاسْم"},
        ProcliticCase{"SaBeforeImperfect", "سيتم", "سَيَتِمّ"}, ProcliticCase{"WaSa", "وسيتم", "وَسَيَتِمّ"},
        ProcliticCase{"FaSa", "فسيتم", "فَسَيَتِمّ"}, ProcliticCase{"SaBeforeTa", "ستعمل", "سَتَعْمَل"},
        ProcliticCase{"SaBeforeNun", "سنعمل", "سَنَعْمَل"},
        ProcliticCase{"SaBeforeHamza", "سأعمل", "سَأَعْمَل"},
        ProcliticCase{"NoSaBeforeOtherLetters", "سكتاب", ""},
        ProcliticCase{"NoSaBeforeTheArticle", "سالمدينة", ""},
        // و + بَحْر, not وب + حُرّ
        ProcliticCase{"LongestStemFirst", "وبحر", "وَبَحْر"},
        ProcliticCase{"AbsentStem", "ومدرسة", ""}, ProcliticCase{"NoProclitic", "مكتاب", ""},
        ProcliticCase{"FormItselfIsNotAStem", "كتاب", ""}, ProcliticCase{"StemTooShort", "وب", ""},
        ProcliticCase{"Empty", "", ""}),
    [](const auto& info) { return std::string(info.param.name); });

// Was a bug: لِ + اللَّجْنَة is written للجنة too (the article's alef and one lam go), but only
// ا + stem (الجنة) is looked up, never ال + stem (اللجنة); with the real data للجنة reads
// لِلْجَنَّة ("for paradise") and للجان لِلْجَانّ ("for the jinn").
TEST(FindAfterProcliticsTest, LiBeforeTheArticleOfALamWord) {
  StringTableBuilder words, none;
  words.Add("اللجنة", "اللَّجْنَة", 24);
  words.Add("اللجان", "اللِّجَان", 4);
  const Tables t(words, none, none);
  auto c = t.table.FindAfterProclitics(U"للجنة", U"", U"");
  EXPECT_EQ(c ? ToUtf8(c->vocalized) : "", "لِلَّجْنَة");
  c = t.table.FindAfterProclitics(U"وللجان", U"", U"");
  EXPECT_EQ(c ? ToUtf8(c->vocalized) : "", "وَلِلِّجَان");
}

TEST(FindAfterProcliticsTest, KeepsTheStemsShareAndContextButNoCount) {
  const Tables t = Sample();
  auto c = t.table.FindAfterProclitics(U"وعقد", U"وقد", U"");
  EXPECT_EQ(Shown(c), "وَعُقِد share=0.791667 count=0 context");
  c = t.table.FindAfterProclitics(U"وعقد", U"", U"");
  EXPECT_EQ(Shown(c), "وَعَقْد share=0.625000 count=0");
  c = t.table.FindAfterProclitics(U"بكتاب", U"", U"");
  EXPECT_EQ(Shown(c), "بِكِتَاب share=1.000000 count=0");
}

}  // namespace
}  // namespace rawi
