#include "normalize/number_run.h"

#include <gtest/gtest.h>

#include "normalize/repair.h"
#include "text/utf8.h"

namespace rawi {
namespace {

NumberRun RunOf(const std::u32string& text) { return ReadRun(Cursor(text), 0); }

TEST(NumberRunTest, ReadsGroupsAndSeparators) {
  const NumberRun run = RunOf(U"١٬٢٥٠٫٥ دينار");
  EXPECT_EQ(run.groups, (std::vector<std::string>{"1", "250", "5"}));
  EXPECT_EQ(run.seps, (std::vector<char32_t>{U'٬', U'٫'}));
  EXPECT_EQ(run.end, 7u);
  EXPECT_EQ(RunOf(U"10 - 15").seps, std::vector<char32_t>{U'-'});  // a spaced dash
  EXPECT_EQ(RunOf(U"10 – 15").end, 7u);
  EXPECT_EQ(RunOf(U"3. ").end, 1u);  // a separator no digit follows ends the run
  EXPECT_TRUE(RunOf(U"17/5/2024").TwoSeps(U'/'));
  EXPECT_TRUE(RunOf(U"1⁄4").OneSep(U'/', U'⁄'));
}

struct ValueCase {
  const char32_t* text;
  bool quantity_after;
  std::optional<uint64_t> integer;  // nullopt: no value
  std::optional<std::string> fraction;
};

class NumberEvaluateTest : public ::testing::TestWithParam<ValueCase> {};

TEST_P(NumberEvaluateTest, Separators) {
  const auto v = Evaluate(RunOf(GetParam().text), GetParam().quantity_after);
  ASSERT_EQ(v.has_value(), GetParam().integer.has_value()) << ToUtf8(GetParam().text);
  if (!v) return;
  EXPECT_EQ(v->integer, *GetParam().integer) << ToUtf8(GetParam().text);
  EXPECT_EQ(v->fraction, GetParam().fraction) << ToUtf8(GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(
    Table, NumberEvaluateTest,
    ::testing::Values(ValueCase{U"1,250", false, 1250, std::nullopt},
                      ValueCase{U"3,5", false, 3, "5"}, ValueCase{U"1.250.000", false, 1250000, {}},
                      ValueCase{U"100.000", false, 100, "000"},
                      ValueCase{U"100.000", true, 100000, std::nullopt},
                      ValueCase{U"1,250.5", false, 1250, "5"}, ValueCase{U"٣٫٠٥", false, 3, "05"},
                      ValueCase{U"١٬٢٥٠", false, 1250, {}}, ValueCase{U"007", false, 7, {}},
                      ValueCase{U"1,25,5", false, {}, {}}, ValueCase{U"10-15", false, {}, {}},
                      ValueCase{U"10:30", false, {}, {}},
                      ValueCase{U"1234567890123456", false, {}, {}}));

TEST(NumberRunTest, Words) {
  EXPECT_EQ(ToInteger("000123"), 123u);
  EXPECT_EQ(ToInteger("1234567890123456"), std::nullopt);
  EXPECT_EQ(Digits("207"), "اِثْنَان صِفْر سَبْعَة");
  EXPECT_EQ(DigitGroups({"21", "8"}), "اِثْنَان وَاحِد، ثَمَانِيَة");
  EXPECT_EQ(SplitForReading("0912345678"), (std::vector<std::string>{"091", "234", "5678"}));
  EXPECT_EQ(SplitForReading("1234"), std::vector<std::string>{"1234"});
  EXPECT_EQ(GroupWords("12"), "اِثْنَيْ عَشَر");
  EXPECT_EQ(GroupWords("1234567890123456").substr(0, 12), "وَاحِد");
  EXPECT_EQ(DecimalWords(Value{3, "05"}), "ثَلَاثَة فَاصِلَة صِفْر خَمْسَة");
  EXPECT_EQ(DecimalWords(Value{3, std::nullopt}), "ثَلَاثَة");
  EXPECT_TRUE(IsProtectedFraction(kProtectedHalf));
  EXPECT_FALSE(IsProtectedFraction(U'½'));
  EXPECT_EQ(FractionWord(kProtectedThreeQuarters), "ثَلَاثَة أَرْبَاع");
}

}  // namespace
}  // namespace rawi
