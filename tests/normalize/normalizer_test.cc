#include "normalize/normalizer.h"

#include <gtest/gtest.h>

#include "support/document_sentences.h"
#include "support/temp_dir.h"
#include "text/diacritics.h"
#include "util/error.h"

namespace rawi {
namespace {

const Normalizer& Project() {
  static const Normalizer normalizer(NormalizerConfig{RAWI_VOICES_DIR, std::nullopt, {}});
  return normalizer;
}

struct Case {
  const char* language;
  const char* input;
  const char* spoken;
};

class NormalizeTest : public ::testing::TestWithParam<Case> {};

TEST_P(NormalizeTest, SpokenForm) {
  EXPECT_EQ(Project().Normalize(GetParam().input, GetParam().language), GetParam().spoken);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NormalizeTest,
    ::testing::Values(
        Case{"en", "  a   b\t\tc  ", "a b c"}, Case{"ar", "سطر\u00A0واحد", "سطر واحد"},
        Case{"en", "e\u0301", "\u00E9"},  // composed
        Case{"en", "bell\a and\x01 controls", "bell and controls"}, Case{"ar", "", ""},
        // English: eSpeak reads numbers itself; abbreviations from the data file.
        Case{"en", "Dr. Smith paid $5 on 3/4.", "Doctor Smith paid $5 on 3/4."},
        Case{"en", "Prices rose 3½ percent.", "Prices rose 3½ percent."},
        // Arabic: numbers, the lexicon, abbreviations.
        Case{"ar", "قال د. محمد إن 3 سيارات وصلت.", "قال الدكتور محمد إن ثَلَاث سيارات وصلت."},
        Case{"ar", "مئة شخص في طرابلس", "مِئَة شخص في طَرَابُلُس"}, Case{"ar", "الأخـــبار", "الأخبار"}));

TEST(NormalizerTest, FillsSpokenFormsAndKeepsTheWrittenText) {
  Document doc;
  doc.language = "ar";
  doc.title.written = " العنوان  3 ";
  Section section;
  section.heading = Heading("  قسم   2024 ");
  Paragraph arabic;
  arabic.sentences = Sentences({"نص   الفقرة 5.", "جملة 2."});
  Paragraph english;
  english.language = "en";
  english.sentences = Sentences({"Dr. Who, 3 times."});
  section.paragraphs = {arabic, english};
  doc.sections.push_back(section);
  Project().Apply(doc);
  EXPECT_EQ(doc.title.written, " العنوان  3 ");
  EXPECT_EQ(doc.title.spoken, "العنوان ثَلَاثَة");
  EXPECT_EQ(doc.sections[0].heading->spoken, "قسم أَلْفَيْن وَأَرْبَعَة وَعِشْرِين");
  EXPECT_EQ(doc.sections[0].paragraphs[0].sentences[0].written, "نص   الفقرة 5.");
  EXPECT_EQ(Spoken(doc.sections[0].paragraphs[0]),
            (std::vector<std::string>{"نص الفقرة خَمْسَة.", "جملة اِثْنَيْن."}));
  EXPECT_EQ(Spoken(doc.sections[0].paragraphs[1]),
            std::vector<std::string>{"Doctor Who, 3 times."});
}

TEST(NormalizerTest, UserLexiconOverridesTheProject) {
  testing::TempDir dir;
  const auto lexicon = dir.Write("mine.tsv", "# mine\nطرابلس\tطَرَابْلُس\nUNSMIL\tأونسميل\n");
  const Normalizer normalizer(NormalizerConfig{RAWI_VOICES_DIR, lexicon, {}});
  EXPECT_EQ(normalizer.Normalize("طرابلس وUNSMIL و UNSMIL", "ar"), "طَرَابْلُس وU N S M I L و أونسميل");
}

TEST(NormalizerTest, SyriacMonthNames) {
  const Normalizer normalizer(NormalizerConfig{RAWI_VOICES_DIR, std::nullopt, MonthNames::kSyriac});
  EXPECT_EQ(StripDiacritics(normalizer.Normalize("17/5/2024", "ar")),
            "السابع عشر من أيار ألفين وأربعة وعشرين");
  EXPECT_EQ(StripDiacritics(normalizer.Normalize("1/10/2020", "ar")),
            "الأول من تشرين الأول ألفين وعشرين");
}

TEST(NormalizerTest, MissingDataFileNamesIt) {
  testing::TempDir dir;
  try {
    Normalizer normalizer(NormalizerConfig{dir.path(), std::nullopt, {}});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              (dir / "abbreviations.tsv").string() + ": cannot read lexicon");
  }
}

TEST(NormalizerTest, LongLineInLinearTime) {
  // 10 MB in one line: a quadratic pass would take minutes; this must stay well under the
  // test timeout.
  std::string line;
  while (line.size() < 10 * 1024 * 1024) line += "ارتفع 3.5% في 17/5/2024 عند 10:30، ";
  const std::string spoken = Project().Normalize(line, "ar");
  EXPECT_GT(spoken.size(), line.size());
}

}  // namespace
}  // namespace rawi
