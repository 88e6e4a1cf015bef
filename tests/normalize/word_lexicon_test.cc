#include "normalize/word_lexicon.h"

#include <gtest/gtest.h>

#include "text/utf8.h"
#include "util/error.h"

namespace rawi {
namespace {

size_t MatchAt(const WordLexicon& lexicon, const std::u32string& text, size_t pos,
               std::string* spoken) {
  const std::u32string* result = nullptr;
  const size_t length = lexicon.Match(text, pos, &result);
  if (length > 0) *spoken = ToUtf8(*result);
  return length;
}

TEST(WordLexiconTest, WholeWordsLongestFirstAndLanguageFilter) {
  WordLexicon lexicon;
  lexicon.LoadText("# c\nد.\tالدكتور\tar\nأ.د.\tالأستاذ الدكتور\tar\nDr.\tDoctor\ten\nمئة\tمِئَة\n",
                   "x.tsv", "ar");
  EXPECT_EQ(lexicon.size(), 3u);
  std::string spoken;
  EXPECT_EQ(MatchAt(lexicon, U"قال د. علي", 4, &spoken), 2u);
  EXPECT_EQ(spoken, "الدكتور");
  EXPECT_EQ(MatchAt(lexicon, U"أ.د. علي", 0, &spoken), 4u);
  EXPECT_EQ(spoken, "الأستاذ الدكتور");
  EXPECT_EQ(MatchAt(lexicon, U"مئة", 0, &spoken), 3u);
  EXPECT_EQ(MatchAt(lexicon, U"مئتان", 0, &spoken), 0u);   // not a whole word
  EXPECT_EQ(MatchAt(lexicon, U"بالمئة", 3, &spoken), 0u);  // inside a word
  EXPECT_EQ(MatchAt(lexicon, U"Dr. X", 0, &spoken), 0u);   // English entry filtered out
}

TEST(WordLexiconTest, LaterEntriesWin) {
  WordLexicon lexicon;
  lexicon.LoadText("طرابلس\tطَرَابُلُس\n", "project", "ar");
  lexicon.LoadText("طرابلس\tطَرَابْلُس\n", "user", "ar");
  std::string spoken;
  EXPECT_EQ(MatchAt(lexicon, U"طرابلس", 0, &spoken), 6u);
  EXPECT_EQ(spoken, "طَرَابْلُس");
}

TEST(WordLexiconTest, MalformedLineNamesFileAndLine) {
  WordLexicon lexicon;
  try {
    lexicon.LoadText("# ok\nonly-one-column\n", "mine.tsv", "ar");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "mine.tsv: line 2: expected WRITTEN<TAB>SPOKEN[<TAB>LANGUAGE]");
  }
}

}  // namespace
}  // namespace rawi
