#include "segment/sentence_splitter.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

using Sentences = std::vector<std::string>;

TEST(SentenceSplitterTest, ArabicFullStopsAndQuestionMarks) {
  SentenceSplitter splitter("ar");
  EXPECT_EQ(splitter.Split("عقد اجتماع هام. ناقش المجتمعون التحديات؟ نعم!"),
            (Sentences{"عقد اجتماع هام.", "ناقش المجتمعون التحديات؟", "نعم!"}));
}

TEST(SentenceSplitterTest, ArabicCommaDoesNotSplit) {
  SentenceSplitter splitter("ar");
  EXPECT_EQ(splitter.Split("في ظل الظروف الراهنة، يستمر العمل."),
            (Sentences{"في ظل الظروف الراهنة، يستمر العمل."}));
}

TEST(SentenceSplitterTest, EnglishSentencesAndDecimals) {
  SentenceSplitter splitter("en");
  EXPECT_EQ(splitter.Split("Prices rose 3.5 percent. Traders were calm."),
            (Sentences{"Prices rose 3.5 percent.", "Traders were calm."}));
}

TEST(SentenceSplitterTest, NoEmptySentences) {
  SentenceSplitter splitter("en");
  EXPECT_EQ(splitter.Split("   "), Sentences{});
  EXPECT_EQ(splitter.Split("One.   "), Sentences{"One."});
}

TEST(SegmentDocumentTest, FillsEveryParagraph) {
  Document doc;
  doc.language = "ar";
  doc.sections.push_back(Section{std::nullopt, {Paragraph{"جملة أولى. جملة ثانية.", {}}}});
  doc.sections.push_back(Section{"قسم", {Paragraph{"جملة.", {}}, Paragraph{"أخرى؟", {}}}});
  SegmentDocument(doc);
  EXPECT_EQ(doc.sections[0].paragraphs[0].sentences, (Sentences{"جملة أولى.", "جملة ثانية."}));
  EXPECT_EQ(doc.sections[1].paragraphs[0].sentences, Sentences{"جملة."});
  EXPECT_EQ(doc.sections[1].paragraphs[1].sentences, Sentences{"أخرى؟"});
}

}  // namespace
}  // namespace rawi
