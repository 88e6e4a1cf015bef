#include "text/phoneme_clusters.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

TEST(LongestConsonantRunTest, FromEspeakIpa) {
  EXPECT_EQ(LongestConsonantRun("bnsbt"), 5);          // بنسبة spelled as consonants
  EXPECT_EQ(LongestConsonantRun("ʔˈalmtħdt"), 6);      // المتحدة
  EXPECT_EQ(LongestConsonantRun("θalˈaːθat"), 1);      // ثَلَاثَة
  EXPECT_EQ(LongestConsonantRun("mˈiljuːn"), 2);       // مِلْيُون
  EXPECT_EQ(LongestConsonantRun("ʔaθθθaːlˈiθat"), 1);  // geminate counts once
  EXPECT_EQ(LongestConsonantRun("sˈitːt"), 1);         // t, long t, t: one geminate
  EXPECT_EQ(LongestConsonantRun("darˈadʒat"), 1);      // affricate counts once
  EXPECT_EQ(LongestConsonantRun("kiːlˌuːɣraːmˈan"), 2);
  EXPECT_EQ(LongestConsonantRun("s̪ˈi.fr"), 2);          // combining mark and syllable dot
  EXPECT_EQ(LongestConsonantRun("(en)juːˈɛn(ar)"), 1);  // language switch marks
  EXPECT_EQ(LongestConsonantRun("dˤˈarb"), 2);          // emphatic ض is one consonant
  EXPECT_EQ(LongestConsonantRun("ʔˈalmdˤtˤa"), 4);      // real consonants still count
  EXPECT_EQ(LongestConsonantRun(""), 0);
}

TEST(HasVowellessWordTest, AnyWordOfALine) {
  EXPECT_TRUE(HasVowellessWord("fiː bnsbt θalˈaːθiːn"));
  EXPECT_FALSE(HasVowellessWord("fiː binisbat θalˈaːθiːn"));
  EXPECT_FALSE(HasVowellessWord(""));
}

}  // namespace
}  // namespace rawi
