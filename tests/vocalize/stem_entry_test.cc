#include "vocalize/stem_entry.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

TEST(StemEntryTest, ClassLettersRoundTrip) {
  for (WordClass c :
       {WordClass::kNoun, WordClass::kImperfect, WordClass::kPast, WordClass::kFixed}) {
    WordClass back = WordClass::kNoun;
    ASSERT_TRUE(ClassFromLetter(ClassLetter(c), &back));
    EXPECT_EQ(back, c);
  }
  EXPECT_EQ(ClassLetter(WordClass::kImperfect), 'v');
  WordClass unused;
  EXPECT_FALSE(ClassFromLetter('q', &unused));
}

TEST(StemEntryTest, MasksAreDistinctBits) {
  EXPECT_EQ(MaskOf(WordClass::kNoun) | MaskOf(WordClass::kImperfect) | MaskOf(WordClass::kPast) |
                MaskOf(WordClass::kFixed),
            kAnyClass);
  EXPECT_EQ(MaskOf(WordClass::kNoun) & MaskOf(WordClass::kPast), 0u);
}

}  // namespace
}  // namespace rawi
