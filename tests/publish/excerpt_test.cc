#include "publish/excerpt.h"

#include <gtest/gtest.h>

#include "support/document_sentences.h"

namespace rawi {
namespace {

TEST(LeadingWordsTest, WholeWordsWithinTheLimit) {
  EXPECT_EQ(LeadingWords("one two three", 7), "one two");
  EXPECT_EQ(LeadingWords("one two three", 6), "one");
  EXPECT_EQ(LeadingWords("one two three", 13), "one two three");
  EXPECT_EQ(LeadingWords("قال الوزير أمس", 10), "قال الوزير");  // code points, not bytes
  EXPECT_EQ(LeadingWords("unbreakable", 5), "");
  EXPECT_EQ(LeadingWords("", 5), "");
}

TEST(DescriptionTest, FirstParagraphWithTextCutWithAnEllipsis) {
  Document doc;
  doc.title.written = "Title";
  EXPECT_EQ(Description(doc), "Title");
  doc.sections.emplace_back();
  doc.sections[0].paragraphs.emplace_back();  // no sentences: skipped
  Paragraph paragraph;
  paragraph.sentences = Sentences({"First.", "Second."});
  doc.sections[0].paragraphs.push_back(paragraph);
  EXPECT_EQ(Description(doc), "First. Second.");
  std::string longer;
  for (int i = 0; i < 100; ++i) longer += "word ";
  doc.sections[0].paragraphs[1].sentences = Sentences({longer});
  const std::string description = Description(doc);
  EXPECT_TRUE(description.ends_with("word…"));
  EXPECT_LE(description.size() - std::string("…").size() + 1, kDescriptionMax);
}

TEST(DescriptionTest, TheAnnouncedCreditsAreNoDescription) {
  Document doc;
  doc.sections.emplace_back();
  Paragraph credits;
  credits.credits = true;
  credits.sentences = Sentences({"By Jane Roe."});
  Paragraph text;
  text.sentences = Sentences({"The port reopened."});
  doc.sections[0].paragraphs = {credits, text};
  EXPECT_EQ(Description(doc), "The port reopened.");
}

}  // namespace
}  // namespace rawi
