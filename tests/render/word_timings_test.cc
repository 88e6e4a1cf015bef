#include "render/word_timings.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rawi {
namespace {

// "text start-end" per word, samples.
std::vector<std::string> Describe(const std::vector<WordTiming>& words) {
  std::vector<std::string> out;
  for (const WordTiming& w : words) {
    out.push_back(w.text + " " + std::to_string(w.start) + "-" + std::to_string(w.end));
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(AlignWordsTest, SameWordsTakeTheirMarks) {
  EXPECT_EQ(Describe(AlignWords("hello big world", "hello big world", {{0, 0}, {6, 300}, {10, 500}},
                                1000, 2000)),
            (Lines{"hello 1000-1300", "big 1300-1500", "world 1500-2000"}));
}

TEST(AlignWordsTest, HarakatTatweelAndHamzaFormsDoNotStopAMatch) {
  // Spoken: "ذَهَبَ الوَلَدُ إِلَى المَدْرَسَةِ" (offsets in code points: 0, 7, 16, 22).
  EXPECT_EQ(Describe(AlignWords("ذهب الولـد الى المدرسة.", "ذَهَبَ الوَلَدُ إِلَى المَدْرَسَةِ.",
                                {{0, 0}, {7, 100}, {16, 200}, {22, 300}}, 0, 400)),
            (Lines{"ذهب 0-100", "الولـد 100-200", "الى 200-300", "المدرسة. 300-400"}));
}

TEST(AlignWordsTest, ANumberTakesTheTimeOfItsWords) {
  // "في 25 مدينة" is spoken "في خمسة وعشرين مدينة".
  EXPECT_EQ(Describe(AlignWords("في 25 مدينة", "في خمسة وعشرين مدينة",
                                {{0, 0}, {3, 100}, {8, 250}, {15, 400}}, 0, 500)),
            (Lines{"في 0-100", "25 100-400", "مدينة 400-500"}));
}

TEST(AlignWordsTest, AnUnmatchedRunIsSharedByLength) {
  // Two written tokens against three spoken words: 10% and 3,5 (lengths 2 and 2).
  EXPECT_EQ(Describe(AlignWords("a 10% 3,5 b", "a ten percent three b",
                                {{0, 0}, {2, 100}, {6, 200}, {14, 300}, {20, 500}}, 0, 600)),
            (Lines{"a 0-100", "10% 100-300", "3,5 300-500", "b 500-600"}));
}

TEST(AlignWordsTest, PunctuationTokensAreNotWords) {
  EXPECT_EQ(
      Describe(AlignWords("قال - ثم « ذهب »", "قال ثم ذهب", {{0, 0}, {4, 50}, {7, 90}}, 10, 200)),
      (Lines{"قال 10-60", "ثم 60-100", "ذهب 100-200"}));
}

TEST(AlignWordsTest, AWordNotSpokenIsEmptyWhereItsNeighboursMeet) {
  EXPECT_EQ(Describe(AlignWords("one (AFP) two", "one two", {{0, 0}, {4, 70}}, 0, 100)),
            (Lines{"one 0-70", "(AFP) 70-70", "two 70-100"}));
}

TEST(AlignWordsTest, WithoutMarksEveryWordStartsAtTheEnd) {
  EXPECT_EQ(Describe(AlignWords("one two", "one two", {}, 0, 100)),
            (Lines{"one 100-100", "two 100-100"}));
}

TEST(AlignWordsTest, MarksOutOfOrderNeverMakeStartsDecrease) {
  EXPECT_EQ(Describe(AlignWords("a b c", "a b c", {{0, 0}, {2, 80}, {4, 40}}, 0, 100)),
            (Lines{"a 0-80", "b 80-80", "c 80-100"}));
}

TEST(AlignWordsTest, MarksBeyondTheUtteranceAreClamped) {
  EXPECT_EQ(Describe(AlignWords("a b", "a b", {{0, 0}, {2, 900}}, 0, 100)),
            (Lines{"a 0-100", "b 100-100"}));
}

TEST(AlignWordsTest, EmptyTextHasNoWords) {
  EXPECT_TRUE(AlignWords("", "", {}, 0, 0).empty());
  EXPECT_TRUE(AlignWords("« — »", "", {}, 0, 10).empty());
}

TEST(AlignWordsTest, ALongSentenceWithoutAlignmentIsStillTimedInOrder) {
  std::string written, spoken;
  std::vector<WordMark> marks;
  for (int i = 0; i < 1500; ++i) {
    written += "w" + std::to_string(i) + " ";
    marks.push_back({spoken.size(), static_cast<uint64_t>(i) * 10});
    spoken += "s" + std::to_string(i) + " ";
  }
  const auto words = AlignWords(written, spoken, marks, 0, 15000);
  ASSERT_EQ(words.size(), 1500u);
  for (size_t i = 1; i < words.size(); ++i) EXPECT_LE(words[i - 1].start, words[i].start);
  EXPECT_EQ(words.back().end, 15000u);
}

}  // namespace
}  // namespace rawi
