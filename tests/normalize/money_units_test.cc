#include "normalize/money_units.h"

#include <gtest/gtest.h>

#include "support/recognizer_run.h"

namespace rawi {
namespace {

using testing::NotRead;
using testing::ProjectTables;
using testing::Read;
using testing::Recognize;
using testing::RecognizerCase;
using testing::RecognizeRun;

TEST(NormalizerMoneyUnitsTest, CountedWords) {
  const CountedNoun& dollar = *ProjectTables().Unit(U"دولار");
  const std::pair<uint64_t, const char*> cases[] = {{1, "دُولَار وَاحِد"},   {2, "دُولَارَيْن"},
                                                    {5, "خَمْسَة دُولَارَات"}, {11, "أَحَدَ عَشَر دُولَارًا"},
                                                    {200, "مِئَتَيْ دُولَار"}, {50000, "خَمْسِين أَلْف دُولَار"},
                                                    {0, "صِفْر دُولَار"}};
  for (const auto& [n, words] : cases) EXPECT_EQ(CountedWords(n, dollar), words) << n;
  const CountedNoun& lira = *ProjectTables().Unit(U"ليرة");
  EXPECT_EQ(CountedWords(1, lira), "لِيرَة وَاحِدَة");
  EXPECT_EQ(CountedWords(3, lira), "ثَلَاث لِيرَات");
  EXPECT_EQ(MoneyWords(Value{3, "5"}, dollar), "ثَلَاثَة فَاصِلَة خَمْسَة دُولَار");
}

class NormalizerMoneySignFirstTest : public ::testing::TestWithParam<RecognizerCase> {};

TEST_P(NormalizerMoneySignFirstTest, Reads) {
  EXPECT_EQ(Recognize(GetParam().text, ReadMoneySignFirst), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizerMoneySignFirstTest,
    ::testing::Values(RecognizerCase{"$100", Read("مِئَة دُولَار", "")},
                      RecognizerCase{"€ 3 فقط", Read("ثَلَاثَة يُورُو", " فقط")},
                      RecognizerCase{"£11", Read("أَحَدَ عَشَر جُنَيْهًا إِسْتِرْلِينِيًّا", "")},
                      RecognizerCase{"$5 مليون", Read("خَمْسَة مَلَايِنْ دُولَار", "")},
                      RecognizerCase{"$2.5", Read("اِثْنَيْن فَاصِلَة خَمْسَة دُولَار", "")},
                      RecognizerCase{"د.ل 20", NotRead("د.ل 20")},  // signs of one character only
                      RecognizerCase{"$ x", NotRead("$ x")},
                      RecognizerCase{"دينار 5", NotRead("دينار 5")}));

class NormalizerMoneyAfterNumberTest : public ::testing::TestWithParam<RecognizerCase> {};

// SaySignAfter, then SayScaleOrUnitAfter, on what follows the integer at the start.
TEST_P(NormalizerMoneyAfterNumberTest, Reads) {
  const auto after = [](Scan& s, const NumberRun& run) {
    const Value v{*ToInteger(run.groups[0]), std::nullopt};
    auto words = SaySignAfter(s, v, s.cursor.SkipSpaces(s.cursor.pos()));
    if (!words) words = SayScaleOrUnitAfter(s, v, s.cursor.PeekWord());
    if (words) s.Emit(*words);
    return words.has_value();
  };
  EXPECT_EQ(RecognizeRun(GetParam().text, after), GetParam().expected) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizerMoneyAfterNumberTest,
    ::testing::Values(RecognizerCase{"20 د.ل.", Read("عِشْرِين دِينَارًا لِيبِيًّا", ".")},
                      RecognizerCase{"2 د.ل", Read("دِينَارَيْن لِيبِيَّيْن", "")},
                      RecognizerCase{"40°C", Read("أَرْبَعِين دَرَجَة مِئَوِيَّة", "")},
                      RecognizerCase{"18 كم", Read("ثَمَانِيَةَ عَشَر كِيلُومِتْرًا", "")},
                      RecognizerCase{"5 دنانير ليبية.", Read("خَمْسَة دَنَانِير لِيبِيَّة", ".")},
                      RecognizerCase{"5 دنانير أخرى", Read("خَمْسَة دَنَانِير", " أخرى")},
                      RecognizerCase{"10 م", Read("عَشَرَة أَمْتَار", "")},
                      RecognizerCase{"5 مليون دينار ليبي", Read("خَمْسَة مَلَايِنْ دِينَار لِيبِيّ", "")},
                      RecognizerCase{"5 مليون $", Read("خَمْسَة مَلَايِنْ دُولَار", "")},
                      RecognizerCase{"50 ألفا في", Read("خَمْسِين أَلْفًا", " في")},
                      RecognizerCase{"1500 ألف", Read("أَلْف وَخَمْسِمِئَة أَلْف", "")},
                      RecognizerCase{"5 سيارات", NotRead(" سيارات")},
                      RecognizerCase{"5 د.لبنان", NotRead(" د.لبنان")}));

TEST(NormalizerMoneyUnitsTest, WhatComesNext) {
  const auto next = [](bool (*f)(const Scan&, size_t)) { return [f](Scan& s) { return f(s, 0); }; };
  for (const char* text : {" دولار", " مليون", " %", " ٪", " د.ل", " $"}) {
    EXPECT_TRUE(Recognize(text, next(NextIsQuantityWord)).read) << text;
  }
  EXPECT_FALSE(Recognize(" سيارة", next(NextIsQuantityWord)).read);
  for (const char* text : {" سيارة", " £", " دولار"}) {
    EXPECT_TRUE(Recognize(text, next(NextIsCountedNoun)).read) << text;
  }
  for (const char* text : {" في", " km", " .", ""}) {
    EXPECT_FALSE(Recognize(text, next(NextIsCountedNoun)).read) << text;
  }
}

}  // namespace
}  // namespace rawi
