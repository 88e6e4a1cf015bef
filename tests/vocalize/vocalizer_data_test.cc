#include "vocalize/vocalizer_data.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <tuple>
#include <vector>

#include "support/temp_dir.h"
#include "text/utf8.h"
#include "util/error.h"
#include "vocalize/compiled_sections.h"
#include "vocalize/tiny_vocalizer_data.h"
#include "vocalize/vocalizer.h"

namespace rawi {
namespace {

using testing::TempDir;

// The message of the Error that loading `file` throws ("" when it loads).
std::string LoadError(const std::filesystem::path& file) {
  try {
    VocalizerData data(file);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    return e.what();
  }
  return "";
}

// What a data file that is not one says, for `problem`.
std::string Unusable(const std::filesystem::path& file, const std::string& problem) {
  return file.string() + ": not a usable vocalizer data file (" + problem +
         "); rebuild it with scripts/train-vocalizer";
}

// The tiny data's sections, to write variants of it.
std::string TinyWith(uint32_t drop, uint32_t replace = 0, const std::string& bytes = "") {
  const std::string tiny = testing::TinyVocalizerData();
  const SectionReader reader(tiny);
  SectionWriter writer;
  for (uint32_t id = 1; id <= 6; ++id) {
    if (id == drop) continue;
    writer.Add(id, id == replace ? bytes : std::string(*reader.Find(id)));
  }
  return writer.Serialize();
}

TEST(VocalizerDataTest, LoadsTheTinyData) {
  TempDir dir;
  const VocalizerData data(dir.Write("ar-vocalizer.bin", testing::TinyVocalizerData()));
  EXPECT_EQ(data.note(), "tiny test data\n");
  EXPECT_EQ(data.words().size(), 2u);
  EXPECT_EQ(data.lemmas().size(), 3u);
  EXPECT_EQ(data.model().label_count(), 5u);
  EXPECT_FALSE(data.model().empty());
  auto choice = data.words().Find(U"عقد", U"", U"");
  ASSERT_TRUE(choice.has_value());
  EXPECT_EQ(ToUtf8(choice->vocalized), "عَقْد");
  EXPECT_EQ(choice->count, 8u);
  choice = data.words().Find(U"عقد", U"وقد", U"");
  ASSERT_TRUE(choice.has_value());
  EXPECT_EQ(ToUtf8(choice->vocalized), "عُقِد");
  std::vector<StemEntry> entries;
  data.lemmas().Find(U"يكتب", entries);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(ToUtf8(entries[0].vocalized), "يَكْتُب");
  EXPECT_EQ(entries[0].word_class, WordClass::kImperfect);
  EXPECT_EQ(ToUtf8(data.model().Vocalize(U"كتاب").vocalized), "كِتَاب");
}

TEST(VocalizerDataTest, LemmasAndNoteAreOptional) {
  TempDir dir;
  const VocalizerData data(dir.Write("a.bin", TinyWith(6)));
  EXPECT_EQ(data.lemmas().size(), 0u);
  EXPECT_EQ(data.note(), "tiny test data\n");
  const VocalizerData without_note(dir.Write("b.bin", TinyWith(5)));
  EXPECT_EQ(without_note.note(), "");
  EXPECT_EQ(without_note.lemmas().size(), 3u);
}

TEST(VocalizerDataTest, MissingOrUnreadableFiles) {
  TempDir dir;
  EXPECT_EQ(LoadError(dir / "ar-vocalizer.bin"),
            (dir / "ar-vocalizer.bin").string() + ": No such file or directory");
  EXPECT_EQ(LoadError(dir.path()), dir.path().string() + ": not a regular file");
}

TEST(VocalizerDataTest, FilesThatAreNotDataFiles) {
  TempDir dir;
  struct Case {
    const char* name;
    std::string bytes;
    const char* problem;
  };
  std::string future = testing::TinyVocalizerData();
  const uint32_t version = 3;
  std::memcpy(future.data() + 8, &version, 4);
  const std::string tiny = testing::TinyVocalizerData();
  for (const Case& c : std::vector<Case>{
           {"empty.bin", "", "not a rawi data file"},
           {"text.bin", "عقد\tعَقْد\n", "not a rawi data file"},
           {"magic.bin", "RAWIDATA", "not a rawi data file"},
           {"future.bin", future, "format version 3, this rawi reads 2"},
           {"cut.bin", tiny.substr(0, tiny.size() / 2), "section 4 out of bounds"},
           {"no-words.bin", TinyWith(1), "section 1 missing"},
           {"no-after.bin", TinyWith(2), "section 2 missing"},
           {"no-before.bin", TinyWith(3), "section 3 missing"},
           {"no-model.bin", TinyWith(4), "section 4 missing"},
           {"bad-words.bin", TinyWith(0, 1, "xy"), "truncated"},
           {"short-words.bin", TinyWith(0, 1, std::string(20, '\x01')), "string table truncated"},
       }) {
    EXPECT_EQ(LoadError(dir.Write(c.name, c.bytes)), Unusable(dir / c.name, c.problem)) << c.name;
  }
}

TEST(VocalizerDataTest, TruncatedModel) {
  TempDir dir;
  const std::string tiny = testing::TinyVocalizerData();
  const std::string model(*SectionReader(tiny).Find(4));
  for (const auto& [name, bytes, problem] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"model-cut.bin", model.substr(0, model.size() - 2), "model weights truncated"},
           {"model-header.bin", model.substr(0, 10), "model truncated"},
           {"model-empty.bin", "", "model truncated"},
       }) {
    EXPECT_EQ(LoadError(dir.Write(name, TinyWith(0, 4, bytes))), Unusable(dir / name, problem))
        << name;
  }
}

TEST(VocalizerDataTest, TheCommittedDataLoads) {
  const VocalizerData data(RAWI_VOICES_DIR "/ar-vocalizer.bin");
  EXPECT_EQ(data.note().rfind("rawi vocalizer data\nsources:\n", 0), 0u) << data.note();
  EXPECT_GT(data.words().size(), 50000u);
  EXPECT_GT(data.lemmas().size(), 10000u);
  EXPECT_FALSE(data.model().empty());
  const auto choice = data.words().Find(U"المدينة", U"", U"");
  ASSERT_TRUE(choice.has_value());
  EXPECT_EQ(ToUtf8(choice->vocalized), "الْمَدِينَة");
}

// A paragraph of news, every word hand-checked as a newsreader reads it (pausal, no case
// endings), with the committed data alone (no thesaurus, no normalizer).
TEST(VocalizerDataTest, TheCommittedDataReadsAParagraphOfNews) {
  VocalizerConfig config;
  config.voices_dir = RAWI_VOICES_DIR;
  config.thesaurus = std::filesystem::path();
  const Vocalizer v(config);
  EXPECT_EQ(v.Vocalize("أعلنت وزارة الصحة الليبية اليوم عن افتتاح مستشفى جديد في مدينة طرابلس، "
                       "وقال الوزير إن المشروع سيخدم آلاف المواطنين في المنطقة الغربية ويوفر فرص "
                       "عمل للشباب."),
            "أَعْلَنَت وِزَارَة الصِّحَّة اللِّيبِيَّة الْيَوْم عَن افْتِتَاح مُسْتَشْفَى جَدِيد فِي "
            "مَدِينَة طَرَابُلُس، وَقَال الْوَزِير إِنّ الْمَشْرُوع سَيَخْدِم آلَاف الْمُوَاطِنِين "
            "فِي الْمَنْطِقَة الْغَرْبِيَّة وَيُوَفِّر فُرَص عَمَل لِلشَّبَاب.");
}

}  // namespace
}  // namespace rawi
