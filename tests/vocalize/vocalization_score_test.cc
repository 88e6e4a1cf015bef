#include "vocalize/vocalization_score.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace rawi {
namespace {

TEST(VocalizationScoreTest, ArabicWordsOnly) {
  EXPECT_EQ(ArabicWords("«السَّلَام» في UNSMIL، 2024 بنسبة!"),
            (std::vector<std::string>{"السَّلَام", "في", "بنسبة"}));
  EXPECT_EQ(ArabicWords(""), std::vector<std::string>{});
}

TEST(VocalizationScoreTest, VowellessWordsAsThePhonemizerReadsThem) {
  const Phonemizer fake = [](std::string_view word) {
    return word == "بنسبة" ? std::string("bnsbt") : std::string("binisbat");
  };
  const VowellessCount count = CountVowelless("بنسبة بِنِسْبَة بنسبة\nفي", fake);
  EXPECT_EQ(count.words, 4u);
  EXPECT_EQ(count.vowelless, 2u);
  EXPECT_EQ(count.examples, std::vector<std::string>{"بنسبة"});
}

TEST(VocalizationScoreTest, ComparableForms) {
  const struct {
    std::u32string word, form;
  } cases[] = {
      {U"السَّلَامُ", U"السَّلَام"},    // the case ending
      {U"مِنْ", U"مِن"},            // sukun
      {U"بِٱلْمِئَة", U"بِالمِئَة"},    // alef wasla, sukun
      {U"هٰذَا", U"هَذَا"},          // dagger alef
      {U"عَامٌّ", U"عَامّ"},          // shadda stays
      {U"اِمْتِدَادًا", U"اِمتِدَادًا"},  // a mark before a final alef is not final
  };
  for (const auto& c : cases) EXPECT_EQ(ToUtf8(ComparableForm(c.word)), ToUtf8(c.form));
}

TEST(VocalizationScoreTest, WordErrorsLineByLine) {
  EXPECT_EQ(CountWordErrors("فِي ظِلِّ الظُّرُوفِ", "فِي ظِلّ الظُّرُوف").errors, 0u);
  WordErrors e = CountWordErrors("فِي ظَلّ الظُّرُوف\nعُقِدَ", "فِي ظِلّ الظُّرُوف\nعُقِدَ اِجْتِمَاع");
  EXPECT_EQ(e.words, 5u);
  EXPECT_EQ(e.errors, 2u);  // one substitution, one deletion
  e = CountWordErrors("فِي فِي ظِلّ", "فِي ظِلّ");
  EXPECT_EQ(e.errors, 1u);  // one insertion
  e = CountWordErrors("", "فِي\nظِلّ");
  EXPECT_EQ(e.words, 2u);
  EXPECT_EQ(e.errors, 2u);
}

}  // namespace
}  // namespace rawi
