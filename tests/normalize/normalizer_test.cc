#include "normalize/normalizer.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

class NormalizeTest : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(NormalizeTest, Text) {
  EXPECT_EQ(Normalizer().Normalize(GetParam().first), GetParam().second);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NormalizeTest,
    ::testing::Values(std::make_pair("  a   b\t\tc  ", "a b c"),
                      std::make_pair("سطر\u00A0واحد", "سطر واحد"),
                      std::make_pair("e\u0301", "\u00E9"),       // NFC composes
                      std::make_pair("\u0627\u0653", "\u0622"),  // alef + madda above -> آ
                      std::make_pair("bell\a and\x01 controls", "bell and controls"),
                      std::make_pair("", "")));

TEST(NormalizerTest, AppliesToTitleHeadingsAndParagraphs) {
  Document doc;
  doc.title = " العنوان  ";
  doc.sections.push_back(Section{"  قسم   أول ", {Paragraph{"نص   الفقرة.", {}}}});
  Normalizer().Apply(doc);
  EXPECT_EQ(doc.title, "العنوان");
  EXPECT_EQ(doc.sections[0].heading, "قسم أول");
  EXPECT_EQ(doc.sections[0].paragraphs[0].text, "نص الفقرة.");
}

}  // namespace
}  // namespace rawi
