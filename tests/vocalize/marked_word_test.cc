#include "vocalize/marked_word.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/utf8.h"

namespace rawi {
namespace {

// A word split, shown as its letters and each letter's marks ("|" between letters).
std::string Shown(const MarkedWord& w) {
  std::string out = ToUtf8(w.letters) + " =";
  for (size_t i = 0; i < w.marks.size(); ++i) out += (i ? "|" : " ") + ToUtf8(w.marks[i]);
  return out;
}

struct SplitCase {
  const char* name;
  const char* word;
  const char* letters;  // SplitMarks(word).letters
  const char* joined;   // JoinMarks(SplitMarks(word))
};

class SplitMarksTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SplitMarksTest, LettersAndRoundTrip) {
  const SplitCase& c = GetParam();
  const MarkedWord w = SplitMarks(ToUtf32(c.word));
  EXPECT_EQ(ToUtf8(w.letters), c.letters);
  EXPECT_EQ(w.marks.size(), w.letters.size());
  EXPECT_EQ(ToUtf8(JoinMarks(w)), c.joined);
  // Joining is the inverse of splitting for what splitting gives.
  EXPECT_EQ(ToUtf8(JoinMarks(SplitMarks(JoinMarks(w)))), c.joined);
}

INSTANTIATE_TEST_SUITE_P(
    Words, SplitMarksTest,
    ::testing::Values(
        SplitCase{"Plain", "كتب", "كتب", "كتب"}, SplitCase{"FullyVocalized", "كَتَبَ", "كتب", "كَتَبَ"},
        SplitCase{"Sukun", "مَدْرَسَة", "مدرسة", "مَدْرَسَة"}, SplitCase{"Tanween", "كِتَابٌ", "كتاب", "كِتَابٌ"},
        SplitCase{"ShaddaAlreadyFirst", "شَدَّ", "شد", "شَدَّ"},
        // ش َ د َ ّ: the shadda typed after the vowel goes first.
        SplitCase{"ShaddaTypedAfterVowel", "\u0634\u064E\u062F\u064E\u0651", "شد", "شَدَّ"},
        SplitCase{"ShaddaAfterKasraTanween", "\u0645\u064D\u0651", "م", "مٍّ"},
        SplitCase{"RepeatedVowelDropped", "\u0643\u064E\u064E\u064E\u062A\u064E\u0628", "كتب",
                  "كَتَب"},
        SplitCase{"RepeatedShaddaDropped", "\u0634\u0651\u064E\u0651", "ش", "شَّ"},
        SplitCase{"TatweelBetweenLetters", "ســـلام", "سلام", "سلام"},
        SplitCase{"TatweelBeforeMark", "\u0643\u0640\u064E\u062A\u064E\u0628", "كتب", "كَتَب"},
        SplitCase{"MarksBeforeFirstLetterDropped", "\u064E\u0651\u0643\u062A\u0628", "كتب", "كتب"},
        SplitCase{"AlefWaslaIsPlainAlef", "بِٱلْعَمَل", "بالعمل", "بِالْعَمَل"},
        SplitCase{"AlefWaslaAtStart", "ٱسْتِخْدَام", "استخدام", "اسْتِخْدَام"},
        SplitCase{"SuperscriptAlefIsAMark", "هٰذَا", "هذا", "هٰذَا"},
        SplitCase{"HamzaLettersStay", "أَسْئِلَة", "أسئلة", "أَسْئِلَة"},
        SplitCase{"Latin", "abc", "abc", "abc"}, SplitCase{"Empty", "", "", ""}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(SplitMarksTest, MarksFollowTheirLetters) {
  EXPECT_EQ(Shown(SplitMarks(ToUtf32("مُدَرِّسٌ"))), "مدرس = ُ|َ|ِّ|ٌ");
  EXPECT_EQ(Shown(SplitMarks(ToUtf32("\u0634\u064E\u062F\u064E\u0651"))), "شد = َ|َّ");
  EXPECT_EQ(Shown(SplitMarks(ToUtf32("الْكِتَاب"))), "الكتاب = |ْ|ِ|َ||");
  EXPECT_EQ(Shown(SplitMarks(U"")), " =");
}

TEST(JoinMarksTest, WritesEachLetterWithItsMarks) {
  MarkedWord w;
  w.letters = U"علم";
  w.marks = {U"\u064E", U"\u0651\u064E", U""};
  EXPECT_EQ(ToUtf8(JoinMarks(w)), "عَلَّم");
  EXPECT_EQ(ToUtf8(JoinMarks(MarkedWord{})), "");
}

struct DropCase {
  const char* name;
  const char* word;
  const char* pausal;
};

class DropFinalMarksTest : public ::testing::TestWithParam<DropCase> {};

TEST_P(DropFinalMarksTest, PausalForm) {
  MarkedWord w = SplitMarks(ToUtf32(GetParam().word));
  const size_t letters = w.letters.size();
  DropFinalMarks(w);
  EXPECT_EQ(w.letters.size(), letters);
  EXPECT_EQ(ToUtf8(JoinMarks(w)), GetParam().pausal);
}

INSTANTIATE_TEST_SUITE_P(
    Words, DropFinalMarksTest,
    ::testing::Values(DropCase{"Fatha", "كَتَبَ", "كَتَب"}, DropCase{"Damma", "يَكْتُبُ", "يَكْتُب"},
                      DropCase{"Kasra", "الْبَيْتِ", "الْبَيْت"}, DropCase{"Sukun", "مِنْ", "مِن"},
                      DropCase{"Dammatan", "كِتَابٌ", "كِتَاب"}, DropCase{"Kasratan", "مَدِينَةٍ", "مَدِينَة"},
                      DropCase{"ShaddaFathaKeepsShadda", "أَنَّ", "أَنّ"},
                      DropCase{"ShaddaTanweenKeepsShadda", "عَامٌّ", "عَامّ"},
                      DropCase{"ShaddaAlone", "أَنّ", "أَنّ"},
                      DropCase{"NothingOnTheLastLetter", "كِتَاب", "كِتَاب"},
                      // Only the last letter: a tanween before a final alef stays.
                      DropCase{"TanweenBeforeFinalAlef", "ذَهَابًا", "ذَهَابًا"},
                      DropCase{"OneLetter", "وَ", "و"}, DropCase{"Empty", "", ""}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace rawi
