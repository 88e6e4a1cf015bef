#include "normalize/number_tables.h"

#include <gtest/gtest.h>

#include "support/recognizer_run.h"
#include "support/temp_dir.h"
#include "text/utf8.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::ProjectTables;

TEST(NumberTablesTest, SymbolsLongestFirstAndNotBeforeALetter) {
  struct Case {
    std::u32string text;
    size_t pos;
    const char* one;  // nullptr: no symbol
    size_t length;
  };
  const Case cases[] = {{U"$5", 0, "دُولَار", 1},           {U"5 € ", 2, "يُورُو", 1},
                        {U"20 د.ل.", 3, "دِينَار لِيبِيّ", 3}, {U"40°C", 2, "دَرَجَة مِئَوِيَّة", 2},
                        {U"40°م", 2, "دَرَجَة مِئَوِيَّة", 2},    {U"د.لبنان", 0, nullptr, 0},
                        {U"40°", 2, nullptr, 0},          {U"$", 1, nullptr, 0}};
  for (const auto& c : cases) {
    size_t length = 0;
    const CountedNoun* noun = ProjectTables().SymbolAt(c.text, c.pos, &length);
    if (c.one == nullptr) {
      EXPECT_EQ(noun, nullptr) << ToUtf8(c.text);
      continue;
    }
    ASSERT_NE(noun, nullptr) << ToUtf8(c.text);
    EXPECT_EQ(noun->one, c.one);
    EXPECT_EQ(length, c.length);
  }
}

TEST(NumberTablesTest, OneLookupForEveryWrittenForm) {
  const NumberTables& t = ProjectTables();
  ASSERT_NE(t.Unit(U"دولارات"), nullptr);
  EXPECT_EQ(t.Unit(U"دولارات"), t.Unit(U"دولار"));
  EXPECT_EQ(t.Unit(U"دولار")->two, "دُولَارَيْن");
  EXPECT_EQ(t.Unit(U"ليرة")->gender, Gender::kFeminine);
  ASSERT_NE(t.Unit(U"دنانير ليبية"), nullptr);
  EXPECT_EQ(t.Unit(U"دنانير ليبية")->plural, "دَنَانِير لِيبِيَّة");
  EXPECT_TRUE(t.StartsUnitPhrase(U"دينار"));
  EXPECT_FALSE(t.StartsUnitPhrase(U"دولار"));
  EXPECT_EQ(t.Unit(U"سيارة"), nullptr);
  EXPECT_EQ(t.Scale(U"مليون"), 2);
  EXPECT_EQ(t.Scale(U"آلاف"), 1);
  EXPECT_EQ(t.Scale(U"دولار"), 0);
  EXPECT_EQ(t.Month(U"ابريل"), 4);
  EXPECT_EQ(t.Month(U"أيلول"), 9);
  EXPECT_EQ(t.Month(U"كانون"), 0);
  EXPECT_EQ(StripDiacritics(t.MonthName(MonthNames::kSyriac, 10)), "تشرين الأول");
  EXPECT_EQ(StripDiacritics(t.MonthName(MonthNames::kGregorian, 12)), "ديسمبر");
  EXPECT_TRUE(t.Is(NumberWord::kOrdinalFeminine, U"الدورة"));
  EXPECT_TRUE(t.Is(NumberWord::kOrdinalMasculine, U"القرن"));
  EXPECT_TRUE(t.Is(NumberWord::kLabel, U"المادة"));
  EXPECT_FALSE(t.Is(NumberWord::kLabel, U"فصل"));
  EXPECT_TRUE(t.Is(NumberWord::kParticle, U"في"));
  EXPECT_TRUE(t.Is(NumberWord::kYear, U"منذ"));
  EXPECT_TRUE(t.Is(NumberWord::kCode, U"هاتف"));
  EXPECT_TRUE(t.Is(NumberWord::kPeriod, U"صباحا"));
}

TEST(NumberTablesTest, EmptyTablesKnowNothing) {
  const NumberTables none;
  size_t length = 0;
  EXPECT_EQ(none.SymbolAt(U"$5", 0, &length), nullptr);
  EXPECT_EQ(none.Unit(U"دولار"), nullptr);
  EXPECT_EQ(none.Scale(U"مليون"), 0);
  EXPECT_EQ(none.Month(U"يناير"), 0);
  EXPECT_EQ(none.MonthName(MonthNames::kGregorian, 1), "");
  EXPECT_FALSE(none.Is(NumberWord::kYear, U"عام"));
}

struct BadCase {
  const char* file;
  const char* text;
  const char* problem;
};

class NumberTablesBadTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(NumberTablesBadTest, NamesFileAndLine) {
  testing::TempDir dir;
  const auto file = dir.Write(GetParam().file, GetParam().text);
  NumberTables t;
  try {
    const std::string name = GetParam().file;
    if (name == "ar-units.tsv") t.LoadUnits(file);
    if (name == "ar-months.tsv") t.LoadMonths(file);
    if (name == "ar-number-words.tsv") t.LoadWords(file);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), file.string() + ": " + GetParam().problem);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, NumberTablesBadTest,
    ::testing::Values(
        BadCase{"ar-units.tsv", "# c\nx\t$\tx\ta\tb\tc\td\tn\n",
                "line 2: expected NAME<TAB>SYMBOLS<TAB>WRITTEN<TAB>ONE<TAB>TWO<TAB>PLURAL<TAB>"
                "ACCUSATIVE<TAB>m|f"},
        BadCase{"ar-months.tsv", "gregorian\t13\tx\tx\n",
                "line 1: expected gregorian|syriac<TAB>1..12<TAB>SPOKEN<TAB>WRITTEN"},
        BadCase{"ar-months.tsv", "julian\t1\tx\n",
                "line 1: expected gregorian|syriac<TAB>1..12<TAB>SPOKEN<TAB>WRITTEN"},
        BadCase{"ar-number-words.tsv", "scale\tألف\t5\n",
                "line 1: expected scale<TAB>WORD<TAB>1..4, ordinal<TAB>WORD<TAB>m|f, or "
                "label|particle|year|code|period<TAB>WORD"},
        BadCase{"ar-number-words.tsv", "label\n", "line 1: expected KIND<TAB>WORD"}));

TEST(NumberTablesTest, MissingFileNamesIt) {
  testing::TempDir dir;
  NumberTables t;
  try {
    t.LoadUnits(dir / "ar-units.tsv");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), (dir / "ar-units.tsv").string() + ": cannot read units");
  }
}

}  // namespace
}  // namespace rawi
