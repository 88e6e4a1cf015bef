#include "vocalize/vocalizer_training.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_process.h"
#include "support/temp_dir.h"
#include "text/utf8.h"
#include "util/error.h"
#include "vocalize/vocalizer_data.h"

namespace rawi {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::RunProcess;
using testing::TempDir;

// Fully vocalized news sentences, with their case endings as corpora write them. عقد is عَقْد
// twice (before العمل) and عُقِد twice (after وقد).
constexpr const char* kNews =
    "قَالَ الْوَزِيرُ إِنَّ الْمَشْرُوعَ سَيُوَفِّرُ فُرَصَ عَمَلٍ لِلْمُوَاطِنِينَ.\n"
    "وَقَدْ عُقِدَ الِاجْتِمَاعُ فِي مَدِينَةِ طَرَابُلُسَ.\n"
    "وَقَدْ عُقِدَ الِاجْتِمَاعُ الثَّانِي أَمْسِ.\n"
    "وَقَّعَ الطَّرَفَانِ عَقْدَ الْعَمَلِ.\n"
    "انْتَهَى عَقْدُ الْعَمَلِ فِي الشَّهْرِ الْمَاضِي.\n"
    "يَعْمَلُ الْمُهَنْدِسُونَ فِي الْمَشْرُوعِ الْجَدِيدِ.\n"
    "أَكَّدَتِ الْحُكُومَةُ أَنَّ الْعَمَلَ مُسْتَمِرٌّ.\n"
    "ذَهَبَ الطُّلَّابُ إِلَى الْمَدْرَسَةِ صَبَاحًا.\n"
    "كَتَبَ الصَّحَفِيُّ مَقَالًا عَنِ الِاقْتِصَادِ.\n"
    "وَصَلَ الْوَفْدُ إِلَى الْمَدِينَةِ بِالطَّائِرَةِ.\n";

constexpr const char* kClassical =
    "هَذَا عَقْدُ الْبَيْعِ.\n"
    "وَالْعِلْمُ نُورٌ.\n";

// A noun row of Arramooz (29 columns: vocalized in 1, plurals in 12).
std::string NounRow(const std::string& vocalized, const std::string& plurals) {
  std::vector<std::string> fields(29);
  fields[0] = "1";
  fields[1] = vocalized;
  fields[12] = plurals;
  std::string row;
  for (size_t i = 0; i < fields.size(); ++i) row += (i ? "\t" : "") + fields[i];
  return row + "\n";
}

// A corpus folder laid out as ../shared/corpora is.
struct Corpus {
  TempDir dir;
  Corpus() {
    fs::create_directories(dir / "tashkeela-msa");
    fs::create_directories(dir / "fadel-tashkeela");
    fs::create_directories(dir / "arramooz");
    fs::create_directories(dir / "catt-dev");
    dir.Write("tashkeela-msa/a.txt", kNews);
    dir.Write("tashkeela-msa/readme.txt", "كَلِمَةٌ لَا تُقْرَأُ\n");  // never read
    dir.Write("tashkeela-msa/notes.md", "كَلِمَةٌ لَا تُقْرَأُ\n");    // not .txt
    dir.Write("fadel-tashkeela/val.txt", kClassical);
    dir.Write("catt-dev/gold.txt", "كَلِمَةٌ لَا تُقْرَأُ\n");  // the development set
    dir.Write("arramooz/data_nouns_jamid.csv",
              "#رقم\tمشكول\n" + NounRow("كِتَابٌ", "كُتُبٌ;") + NounRow("مُسْتَوْدَعٌ", "+ات;"));
    dir.Write("arramooz/data_verbs_verbs.aya.dic", "# verbs\nكَتَبَ\tثلاثي\tكتب\tضمة\tمتعد\n");
  }
};

VocalizerTrainingConfig Config(const fs::path& corpus) {
  VocalizerTrainingConfig config;
  config.corpus_dir = corpus;
  config.model.rows_log2 = 12;
  config.model.epochs = 3;
  return config;
}

std::string Reading(const VocalizerData& data, const std::string& bare,
                    const std::string& previous = "") {
  const auto choice = data.words().Find(ToUtf32(bare), ToUtf32(previous), U"");
  return choice ? ToUtf8(choice->vocalized) : "";
}

TEST(BuildVocalizerDataTest, SameCorpusGivesTheSameBytes) {
  const Corpus corpus;
  const std::string first = BuildVocalizerData(Config(corpus.dir.path()), nullptr);
  const std::string second = BuildVocalizerData(Config(corpus.dir.path()), nullptr);
  EXPECT_EQ(first, second);
  EXPECT_EQ(first.substr(0, 8), "RAWIDATA");
}

TEST(BuildVocalizerDataTest, TheTableHasTheCorpusReadings) {
  const Corpus corpus;
  TempDir out;
  const VocalizerData data(
      out.Write("ar-vocalizer.bin", BuildVocalizerData(Config(corpus.dir.path()), nullptr)));
  // Pausal, tidied (الْاِ for the article before hamzat wasl, tanween before a final alef).
  EXPECT_EQ(Reading(data, "الوزير"), "الْوَزِير");
  EXPECT_EQ(Reading(data, "الاجتماع"), "الْاِجْتِمَاع");
  EXPECT_EQ(Reading(data, "صباحا"), "صَبَاحًا");
  EXPECT_EQ(Reading(data, "مستمر"), "مُسْتَمِرّ");
  EXPECT_EQ(Reading(data, "أكدت"), "أَكَّدَت");
  EXPECT_EQ(Reading(data, "بالطائرة"), "بِالطَّائِرَة");
  EXPECT_EQ(Reading(data, "للمواطنين"), "لِلْمُوَاطِنِين");
  EXPECT_EQ(Reading(data, "نور"), "نُور");  // from fadel
  EXPECT_EQ(Reading(data, "كلمة"), "");    // readme.txt, notes.md and catt-dev/ are not read
  EXPECT_EQ(Reading(data, "مدرسة"), "");
  // عَقْد: 2 × 4 (news) + 1 (fadel) against عُقِد 2 × 4; after وقد, عُقِد.
  const auto choice = data.words().Find(U"عقد", U"", U"");
  ASSERT_TRUE(choice.has_value());
  EXPECT_EQ(ToUtf8(choice->vocalized), "عَقْد");
  EXPECT_EQ(choice->count, 17u);
  EXPECT_EQ(Reading(data, "عقد", "وقد"), "عُقِد");
  std::vector<StemEntry> lemmas;
  data.lemmas().Find(U"يكتب", lemmas);
  ASSERT_EQ(lemmas.size(), 1u);
  EXPECT_EQ(ToUtf8(lemmas[0].vocalized), "يَكْتُب");
  EXPECT_EQ(data.lemmas().size(), 4u);  // كتاب, كتب (the past and the plural), مستودع, يكتب
  EXPECT_FALSE(data.model().empty());
}

TEST(BuildVocalizerDataTest, TheNoteNamesTheSources) {
  const Corpus corpus;
  TempDir out;
  const VocalizerData data(
      out.Write("a.bin", BuildVocalizerData(Config(corpus.dir.path()), nullptr)));
  EXPECT_EQ(data.note(),
            "rawi vocalizer data\n"
            "sources:\n"
            "tashkeela-msa/a.txt (weight 4)\n"
            "fadel-tashkeela/val.txt (weight 1)\n"
            "arramooz/ (5 lemmas)\n"
            "forms: 47\n"
            "readings: 48\n"
            "model rows: 2^12, epochs: 3\n");
}

// Was a bug: MarkStateOf excuses the article's unmarked lam only after an alef, so a fully
// vocalized لِلشَّبَابِ (لِ + the article, whose alef goes, before a sun letter) counts as partly
// vocalized and is never learnt: the real data has no للشباب, للدولة, للسلام, للتنمية… (the
// corpus has لِلدَّوْلَةِ six times).
TEST(BuildVocalizerDataTest, LiBeforeTheArticleAndASunLetterIsLearnt) {
  TempDir dir;
  fs::create_directories(dir / "tashkeela-msa");
  dir.Write("tashkeela-msa/a.txt", "فُرَصُ عَمَلٍ لِلشَّبَابِ وَلِلدَّوْلَةِ.\n");
  TempDir out;
  const VocalizerData data(out.Write("a.bin", BuildVocalizerData(Config(dir.path()), nullptr)));
  EXPECT_EQ(Reading(data, "للشباب"), "لِلشَّبَاب");
  EXPECT_EQ(Reading(data, "وللدولة"), "وَلِلدَّوْلَة");
}

TEST(BuildVocalizerDataTest, MaxLinesPerFileLimitsWhatIsRead) {
  const Corpus corpus;
  VocalizerTrainingConfig config = Config(corpus.dir.path());
  config.max_lines_per_file = 1;
  TempDir out;
  const VocalizerData data(out.Write("a.bin", BuildVocalizerData(config, nullptr)));
  EXPECT_EQ(Reading(data, "الوزير"), "الْوَزِير");  // line 1 of a.txt
  EXPECT_EQ(Reading(data, "عقد"), "عَقْد");        // line 1 of val.txt
  EXPECT_EQ(data.words().Find(U"عقد", U"", U"")->count, 1u);
  EXPECT_EQ(Reading(data, "الاجتماع"), "");  // line 2 of a.txt
  EXPECT_EQ(Reading(data, "نور"), "");       // line 2 of val.txt
  config.max_lines_per_file = 2;
  const VocalizerData two(out.Write("b.bin", BuildVocalizerData(config, nullptr)));
  EXPECT_EQ(Reading(two, "الاجتماع"), "الْاِجْتِمَاع");
  EXPECT_EQ(Reading(two, "الطائرة"), "");
}

TEST(BuildVocalizerDataTest, LogsTheFilesAndFigures) {
  const Corpus corpus;
  std::ostringstream log;
  BuildVocalizerData(Config(corpus.dir.path()), &log);
  const std::string text = log.str();
  EXPECT_EQ(text.rfind("read " + (corpus.dir / "tashkeela-msa" / "a.txt").string() + "\nread " +
                           (corpus.dir / "fadel-tashkeela" / "val.txt").string() + "\n",
                       0),
            0u)
      << text;
  EXPECT_NE(text.find("\nchar model: epoch 3: "), std::string::npos) << text;
}

TEST(BuildVocalizerDataTest, FolderWithoutACorpusIsAnError) {
  TempDir dir;
  fs::create_directories(dir / "arramooz");
  fs::create_directories(dir / "fadel-tashkeela");
  dir.Write("fadel-tashkeela/train.txt", kClassical);  // neither val.txt nor test.txt
  try {
    BuildVocalizerData(Config(dir.path()), nullptr);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(std::string(e.what()),
              dir.path().string() +
                  ": no corpus found (expected tashkeela-msa/*.txt or fadel-tashkeela/val.txt)");
  }
}

TEST(BuildVocalizerDataTest, FadelAloneIsACorpus) {
  TempDir dir;
  fs::create_directories(dir / "fadel-tashkeela");
  dir.Write("fadel-tashkeela/test.txt", kClassical);
  TempDir out;
  const VocalizerData data(out.Write("a.bin", BuildVocalizerData(Config(dir.path()), nullptr)));
  EXPECT_EQ(Reading(data, "نور"), "نُور");
  EXPECT_EQ(data.lemmas().size(), 0u);  // no arramooz/
}

TEST(TrainVocalizerBinaryTest, TwoRunsWriteTheSameFile) {
  const Corpus corpus;
  TempDir out;
  for (const char* name : {"first.bin", "second.bin"}) {
    const auto r = RunProcess({RAWI_TRAIN_BINARY, corpus.dir.path().string(), "-o",
                               (out / name).string(), "--rows-log2", "12", "--epochs", "3"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "");
  }
  const std::string first = ReadFile(out / "first.bin");
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(first, ReadFile(out / "second.bin"));
  // And the library gives the same bytes.
  EXPECT_EQ(first, BuildVocalizerData(Config(corpus.dir.path()), nullptr));
}

TEST(TrainVocalizerBinaryTest, MissingCorpusIsAOneLineError) {
  TempDir dir;
  const auto r =
      RunProcess({RAWI_TRAIN_BINARY, dir.path().string(), "-o", (dir / "a.bin").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi-train-vocalizer: " + dir.path().string() +
                       ": no corpus found (expected tashkeela-msa/*.txt or "
                       "fadel-tashkeela/val.txt)\n");
  EXPECT_FALSE(fs::exists(dir / "a.bin"));
}

}  // namespace
}  // namespace rawi
