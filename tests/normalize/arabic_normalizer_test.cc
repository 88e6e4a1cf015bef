// The Arabic normalizer on whole snippets. Two tables:
//  - below, exact diacritized output (what eSpeak NG is given);
//  - tests/normalize/cases/*.tsv, written independently from the policy as a second check of
//    the grammar, compared without diacritics (INPUT<TAB>EXPECTED per line).
#include "normalize/arabic_normalizer.h"

#include <gtest/gtest.h>

#include <fstream>

#include "normalize/normalizer.h"
#include "support/temp_dir.h"
#include "text/diacritics.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

const Normalizer& Project() {
  static const Normalizer normalizer(NormalizerConfig{RAWI_VOICES_DIR, std::nullopt, {}});
  return normalizer;
}

std::string Say(const std::string& text) { return Project().Normalize(text, "ar"); }
std::string ToUtf8Line(const std::u32string& text) { return ToUtf8(text); }

class ExactTest : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

// Expectations are typed in the usual mark order; eSpeak gets shadda before the vowel.
std::string EspeakOrder(const std::string& text) {
  std::u32string s = ToUtf32(text);
  PutShaddaFirst(s);
  return ToUtf8(s);
}

TEST_P(ExactTest, Diacritized) { EXPECT_EQ(Say(GetParam().first), EspeakOrder(GetParam().second)); }

INSTANTIATE_TEST_SUITE_P(
    Table, ExactTest,
    ::testing::Values(
        std::make_pair("بنسبة 30%.", "بنسبة ثَلَاثِين بِٱلْمِئَة."),
        std::make_pair("بنسبة ٪٤٥", "بنسبة خَمْسَة وَأَرْبَعِين بِٱلْمِئَة"),
        std::make_pair("عام 2024", "عام أَلْفَيْن وَأَرْبَعَة وَعِشْرِين"),
        std::make_pair("٣ سيارات", "ثَلَاث سيارات"), std::make_pair("۳ رجال", "ثَلَاثَة رجال"),
        std::make_pair("3.5", "ثَلَاثَة فَاصِلَة خَمْسَة"), std::make_pair("٣٫٠٥", "ثَلَاثَة فَاصِلَة صِفْر خَمْسَة"),
        std::make_pair("١٬٢٥٠٬٠٠٠", "مِلْيُون وَمِئَتَيْن وَخَمْسِين أَلْفًا"),
        std::make_pair("1.250.000 دينار", "مِلْيُون وَمِئَتَيْن وَخَمْسِين أَلْف دِينَار"),
        std::make_pair("100.000 دينار", "مِئَة أَلْف دِينَار"), std::make_pair("$100", "مِئَة دُولَار"),
        std::make_pair("20 د.ل", "عِشْرِين دِينَارًا لِيبِيًّا"), std::make_pair("5 دولار", "خَمْسَة دُولَارَات"),
        std::make_pair("1 دولار", "دُولَار وَاحِد"), std::make_pair("وصلت 1 سيارة", "وصلت سيارة وَاحِدَة"),
        std::make_pair("1 في المئة", "وَاحِد في الْمِئَة"), std::make_pair("2 دينار", "دِينَارَيْن"),
        std::make_pair("€3", "ثَلَاثَة يُورُو"), std::make_pair("£11", "أَحَدَ عَشَر جُنَيْهًا إِسْتِرْلِينِيًّا"),
        std::make_pair("5 مليون دولار", "خَمْسَة مَلَايِنْ دُولَار"),
        std::make_pair("50 ألف متر", "خَمْسِين أَلْف متر"),
        std::make_pair("50 ألفا في العام", "خَمْسِين أَلْفًا في العام"),
        std::make_pair("200 دولار", "مِئَتَيْ دُولَار"), std::make_pair("2000 زائر", "أَلْفَيْ زائر"),
        std::make_pair("رقم 20240517", "رقم اِثْنَان صِفْر اِثْنَان، أَرْبَعَة صِفْر خَمْسَة، وَاحِد سَبْعَة"),
        std::make_pair("10-15", "مِنْ عَشَرَة إِلَى خَمْسَةَ عَشَر"),
        std::make_pair("بين 3 - 5 سيارات", "بين ثَلَاث وَخَمْس سيارات"),
        std::make_pair("القرن 21", "القرن الْحَادِي وَالْعِشْرِين"),
        std::make_pair("الدورة ٣", "الدورة الثَّالِثَة"), std::make_pair("½", "نِصْف"),
        std::make_pair("3½", "ثَلَاثَة وَنِصْف"), std::make_pair("1/4", "رُبْع"),
        std::make_pair("3/4", "ثَلَاثَة أَرْبَاع"),
        std::make_pair("17/5/2024", "السَّابِع عَشَر مِنْ مَايُو أَلْفَيْن وَأَرْبَعَة وَعِشْرِين"),
        std::make_pair("2024-05-01", "الأول مِنْ مَايُو أَلْفَيْن وَأَرْبَعَة وَعِشْرِين"),
        std::make_pair("3 يناير 1990", "الثَّالِث مِنْ يَنَايِر أَلْف وَتِسْعِمِئَة وَتِسْعِين"),
        std::make_pair("2024م", "أَلْفَيْن وَأَرْبَعَة وَعِشْرِين مِيلَادِيّ"),
        std::make_pair("1446هـ", "أَلْف وَأَرْبَعِمِئَة وَسِتَّة وَأَرْبَعِين هِجْرِيّ"),
        std::make_pair("10:30", "الْعَاشِرَة وَالنِّصْف"), std::make_pair("14:45", "الثَّالِثَة إِلَّا رُبْعًا مَسَاءً"),
        std::make_pair("9:05 صباحا", "التَّاسِعَة وَخَمْس دَقَائِق صباحا"),
        std::make_pair("13:20", "الْوَاحِدَة وَعِشْرِين دَقِيقَة مَسَاءً"),
        std::make_pair("40°C", "أَرْبَعِين دَرَجَة مِئَوِيَّة"), std::make_pair("18 كم", "ثَمَانِيَةَ عَشَر كِيلُومِتْرًا"),
        std::make_pair("-5", "سَالِب خَمْسَة"),
        std::make_pair("+218 91 234 5678",
                       "زَائِد اِثْنَان وَاحِد ثَمَانِيَة، تِسْعَة وَاحِد، اِثْنَان ثَلَاثَة أَرْبَعَة، "
                       "خَمْسَة سِتَّة سَبْعَة ثَمَانِيَة"),
        std::make_pair("0912345678", "صِفْر تِسْعَة وَاحِد، اِثْنَان ثَلَاثَة أَرْبَعَة، خَمْسَة سِتَّة سَبْعَة ثَمَانِيَة"),
        std::make_pair("UNSMIL", "U N S M I L"),
        std::make_pair("www.example.com/news", "example dot com"),
        std::make_pair("info@libya.ly", "info at libya dot ly"), std::make_pair("أ — ب", "أ ، ب"),
        std::make_pair("«نعم»", "نعم"), std::make_pair("د. محمد", "الدكتور محمد")));

// A number after a label (رقم, المادة, الفقرة …) names an item: read in place as a bare number,
// neither moved after the next word nor agreeing with it. After an ordinal trigger it is an
// ordinal up to 99, also behind proclitics.
INSTANTIATE_TEST_SUITE_P(
    Labels, ExactTest,
    ::testing::Values(
        std::make_pair("القانون رقم 1 لسنة 2023", "القانون رقم وَاحِد لسنة أَلْفَيْن وَثَلَاثَة وَعِشْرِين"),
        std::make_pair("القانون رقم 5 لسنة 2023 الخاصة بالضرائب",
                       "القانون رقم خَمْسَة لسنة أَلْفَيْن وَثَلَاثَة وَعِشْرِين الخاصة بالضرائب"),
        std::make_pair("جاء رقم 1 عالميا", "جاء رقم وَاحِد عالميا"),
        std::make_pair("المادة 5 من الدستور", "المادة خَمْسَة من الدستور"),
        std::make_pair("نصت المادة 1 فقرة 2 من القانون", "نصت المادة وَاحِد فقرة اِثْنَيْن من القانون"),
        std::make_pair("الفقرة 2", "الفقرة اِثْنَيْن"),
        std::make_pair("عملا بالمادة 1 منه", "عملا بالمادة وَاحِد منه"),
        std::make_pair("وفقا للفقرة 3 سالفة الذكر", "وفقا للفقرة ثَلَاثَة سالفة الذكر"),
        std::make_pair("والبند 1 بالاتفاقية", "والبند وَاحِد بالاتفاقية"),
        std::make_pair("الجدول 1 أدناه", "الجدول وَاحِد أدناه"),
        std::make_pair("الملحق 1 المرفق", "الملحق وَاحِد المرفق"),
        std::make_pair("في الصفحة 23 بجريدة الصباح", "في الصفحة ثَلَاثَة وَعِشْرِين بجريدة الصباح"),
        std::make_pair("المادة (1 مكرر)", "المادة (وَاحِد مكرر)"),
        std::make_pair("بالفصل 1 يتناول", "بالفصل الأول يتناول"),
        std::make_pair("للدورة 1 للجمعية", "للدورة الْأُولَى للجمعية"),
        std::make_pair("الحلقة 103 الجديدة", "الحلقة مِئَة وَثَلَاثَة الجديدة"),
        // Not labels: a count, a quantity word or a date after the number, or a sentence between.
        std::make_pair("اشترى 1 منزل", "اشترى منزل وَاحِد"),
        std::make_pair("بلغ الرقم 5 مليون دولار", "بلغ الرقم خَمْسَة مَلَايِنْ دُولَار"),
        std::make_pair("صدر الجدول 3 مارس", "صدر الجدول الثَّالِث مِنْ مَارِس"),
        std::make_pair("في الجدول. 1 سيارة", "في الجدول. سيارة وَاحِدَة")));

TEST(ArabicNormalizerTest, MonthNameSets) {
  EXPECT_EQ(StripDiacritics(MonthNameWords(MonthNames::kGregorian)[0]), "يناير");
  EXPECT_EQ(StripDiacritics(MonthNameWords(MonthNames::kSyriac)[0]), "كانون الثاني");
}

TEST(ArabicNormalizerTest, NoDataFilesStillReadsNumbers) {
  ArabicNormalizerData none;
  EXPECT_EQ(ToUtf8Line(NormalizeArabicLine(U"3 سيارات", none)), "ثَلَاث سيارات");
}

struct TsvCase {
  std::string file;
  int line = 0;
  std::string input;
  std::string expected;
};

std::vector<TsvCase> LoadTsvCases() {
  std::vector<TsvCase> cases;
  const auto dir = std::filesystem::path(RAWI_TESTS_DIR) / "normalize" / "cases";
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    const std::string text = testing::ReadFile(file);
    int number = 0;
    for (std::string_view line : SplitLines(text)) {
      ++number;
      if (line.empty() || line.front() == '#') continue;
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      cases.push_back({file.stem().string(), number, std::string(line.substr(0, tab)),
                       std::string(line.substr(tab + 1))});
    }
  }
  return cases;
}

class TsvCaseTest : public ::testing::TestWithParam<TsvCase> {};

// rawi spells ملايين as مَلَايِنْ, the one spelling eSpeak NG 1.51 reads as malāyīn (with the
// regular spelling it says "malāyī-īna"); the table has the regular spelling.
std::string SpokenSpelling(std::string text) {
  const std::string regular = "ملايين", spoken = "ملاين";
  for (size_t at = text.find(regular); at != std::string::npos; at = text.find(regular, at)) {
    text.replace(at, regular.size(), spoken);
  }
  return text;
}

TEST_P(TsvCaseTest, PlainSpelling) {
  EXPECT_EQ(StripDiacritics(Say(GetParam().input)), SpokenSpelling(GetParam().expected))
      << GetParam().file << ".tsv line " << GetParam().line << ": " << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(Cases, TsvCaseTest, ::testing::ValuesIn(LoadTsvCases()),
                         [](const auto& info) {
                           return info.param.file + "_line" + std::to_string(info.param.line);
                         });

}  // namespace
}  // namespace rawi
