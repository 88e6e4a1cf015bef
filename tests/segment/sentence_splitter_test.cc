#include "segment/sentence_splitter.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "support/document_sentences.h"

namespace rawi {
namespace {

using Lines = std::vector<std::string>;

TEST(SentenceSplitterTest, ArabicFullStopsAndQuestionMarks) {
  SentenceSplitter splitter("ar");
  EXPECT_EQ(splitter.Split("عقد اجتماع هام. ناقش المجتمعون التحديات؟ نعم!"),
            (Lines{"عقد اجتماع هام.", "ناقش المجتمعون التحديات؟", "نعم!"}));
}

TEST(SentenceSplitterTest, ArabicCommaDoesNotSplit) {
  SentenceSplitter splitter("ar");
  EXPECT_EQ(splitter.Split("في ظل الظروف الراهنة، يستمر العمل."),
            (Lines{"في ظل الظروف الراهنة، يستمر العمل."}));
}

TEST(SentenceSplitterTest, EnglishSentencesAndDecimals) {
  SentenceSplitter splitter("en");
  EXPECT_EQ(splitter.Split("Prices rose 3.5 percent. Traders were calm."),
            (Lines{"Prices rose 3.5 percent.", "Traders were calm."}));
}

TEST(SentenceSplitterTest, NoEmptySentences) {
  SentenceSplitter splitter("en");
  EXPECT_EQ(splitter.Split("   "), Lines{});
  EXPECT_EQ(splitter.Split("One.   "), Lines{"One."});
}

Paragraph Para(std::string text, std::string language = "") {
  Paragraph paragraph;
  paragraph.text = std::move(text);
  paragraph.language = std::move(language);
  return paragraph;
}

Section Sect(std::optional<std::string> heading, std::vector<Paragraph> paragraphs) {
  Section section;
  section.heading = Heading(std::move(heading));
  section.paragraphs = std::move(paragraphs);
  return section;
}

const Abbreviations& ProjectAbbreviations() {
  static const Abbreviations abbreviations =
      Abbreviations::FromFile(std::filesystem::path(RAWI_VOICES_DIR) / "abbreviations.tsv");
  return abbreviations;
}

struct AbbreviationCase {
  std::string language;
  std::string paragraph;
  Lines expected;
};

class AbbreviationTest : public ::testing::TestWithParam<AbbreviationCase> {};

TEST_P(AbbreviationTest, NoBreakAfterAWholeAbbreviation) {
  SentenceSplitter splitter(GetParam().language, ProjectAbbreviations().For(GetParam().language));
  EXPECT_EQ(splitter.Split(GetParam().paragraph), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Paragraphs, AbbreviationTest,
    ::testing::Values(
        AbbreviationCase{"ar", "التقى د. محمد الحداد بالوفد.", {"التقى د. محمد الحداد بالوفد."}},
        AbbreviationCase{"en", "Dr. Smith met U.S. officials.", {"Dr. Smith met U.S. officials."}},
        AbbreviationCase{"ar",
                         "وصل الوفد. ثم غادر البلد. وقال أ.د. سالم إن العمل مستمر.",
                         {"وصل الوفد.", "ثم غادر البلد.", "وقال أ.د. سالم إن العمل مستمر."}},
        AbbreviationCase{"ar",
                         "حضر م. خالد الاجتماع. وقال العالم. انتهى",
                         {"حضر م. خالد الاجتماع.", "وقال العالم.", "انتهى"}},
        AbbreviationCase{"en",
                         "Mr. and Mrs. Ali arrived. Prof. Omar spoke, e.g. about St. Paul.",
                         {"Mr. and Mrs. Ali arrived.", "Prof. Omar spoke, e.g. about St. Paul."}},
        AbbreviationCase{
            "en", "He spoke to the BDr. Then he left.", {"He spoke to the BDr.", "Then he left."}},
        AbbreviationCase{"en",
                         "Prices rose 3.5 percent. Traders were calm.",
                         {"Prices rose 3.5 percent.", "Traders were calm."}},
        // Lone letters with a full stop: agency credits, dotted acronyms, initials.
        AbbreviationCase{"ar",
                         "طوابير السيارات أمام المعبر (أ.ف.ب) وصلت. ثم عادت.",
                         {"طوابير السيارات أمام المعبر (أ.ف.ب) وصلت.", "ثم عادت."}},
        AbbreviationCase{
            "ar", "قالت و. م. ع. إن الوفد وصل. وغادر.", {"قالت و. م. ع. إن الوفد وصل.", "وغادر."}},
        AbbreviationCase{"ar", "وصل (د.ب.أ)", {"وصل (د.ب.أ)"}},
        AbbreviationCase{"en",
                         "J. K. Rowling wrote it. Then she left.",
                         {"J. K. Rowling wrote it.", "Then she left."}}));

TEST(SentenceSplitterTest, WithoutAbbreviationsIcuSplitsAfterThem) {
  SentenceSplitter splitter("en");
  EXPECT_EQ(splitter.Split("Prof. Omar spoke."), (Lines{"Prof.", "Omar spoke."}));
}

TEST(SegmentDocumentTest, FillsEveryParagraph) {
  Document doc;
  doc.language = "ar";
  doc.sections.push_back(Sect(std::nullopt, {Para("جملة أولى. جملة ثانية.")}));
  doc.sections.push_back(Sect("قسم", {Para("جملة."), Para("أخرى؟")}));
  SegmentDocument(doc);
  EXPECT_EQ(Written(doc.sections[0].paragraphs[0]), (Lines{"جملة أولى.", "جملة ثانية."}));
  EXPECT_EQ(Written(doc.sections[1].paragraphs[0]), Lines{"جملة."});
  EXPECT_EQ(Written(doc.sections[1].paragraphs[1]), Lines{"أخرى؟"});
}

TEST(SegmentDocumentTest, EachParagraphInItsOwnLanguageWithItsAbbreviations) {
  Document doc;
  doc.language = "ar";
  doc.sections.push_back(Sect(std::nullopt, {Para("التقى د. محمد الحداد بالوفد. ثم غادر."),
                                             Para("Dr. Smith met U.S. officials. Then left.", "en"),
                                             Para("بلا لغة. جملة.", "")}));
  SegmentDocument(doc, ProjectAbbreviations());
  const auto& p = doc.sections[0].paragraphs;
  EXPECT_EQ(Written(p[0]), (Lines{"التقى د. محمد الحداد بالوفد.", "ثم غادر."}));
  EXPECT_EQ(Written(p[1]), (Lines{"Dr. Smith met U.S. officials.", "Then left."}));
  EXPECT_EQ(Written(p[2]), (Lines{"بلا لغة.", "جملة."}));
}

}  // namespace
}  // namespace rawi
