#include "vocalize/vocalizer.h"

#include <gtest/gtest.h>

#include "support/document_sentences.h"
#include "support/temp_dir.h"
#include "util/error.h"
#include "vocalize/tiny_vocalizer_data.h"

namespace rawi {
namespace {

using testing::TempDir;

// A voices/ folder with tiny data files (tiny_vocalizer_data.h), and a thesaurus beside it.
struct Data {
  TempDir dir;
  VocalizerConfig config;
  Data() {
    dir.Write("ar-vocalized-lexicon.tsv",
              "فِي\tx\nعَلَى\tx\nسَلَام\nتَعْزِيز\nأَنَّ\tx\nيُسْهِمُ\tv\nوَفَّرَ\tp\nلِيبْيَا\tx\n"
              "يَعْتَبِرُ\tv\n");
    dir.Write("ar-vocalizer.bin", testing::TinyVocalizerData());
    config.voices_dir = dir.path();
    config.thesaurus = dir.Write("th.dat", "UTF-8\nهدوء|1\n(مصدر)|هُدُوء|سَكِينَة\n");
  }
};

// Reads a word "with vowels" when it is in `known`, else as bare consonants.
Phonemizer FakeEspeak(std::set<std::string> known) {
  return [known](std::string_view word) {
    return known.contains(std::string(word)) ? std::string("ħaːm") : std::string("bnsbt");
  };
}

std::vector<std::string> Layers(const Vocalizer& v, std::string_view line) {
  std::vector<VocalizedWord> words;
  v.Vocalize(line, &words);
  std::vector<std::string> out;
  for (const auto& w : words)
    out.push_back(w.written + ">" + w.vocalized + ">" + LayerName(w.layer));
  return out;
}

TEST(VocalizerTest, EachLayerInTurn) {
  Data data;
  data.config.user_lexicon = data.dir.Write("mine.tsv", "سَلَامَة\nتَعْزِيزَات\tx\n");
  const Vocalizer v(data.config, FakeEspeak({"هام"}));
  EXPECT_EQ(Layers(v, "تعزيزات والسلامة عقد وبالاجتماع ومشتركة وكتبوا وبالسلام هدوء مكتب"),
            (std::vector<std::string>{
                "تعزيزات>تَعْزِيزَات>user",
                "والسلامة>وَالسَّلَامَة>user",
                "عقد>عَقْد>table",
                "وبالاجتماع>وَبِالْاِجْتِمَاع>table",
                "ومشتركة>وَمُشْتَرَكَة>lemma",
                "وكتبوا>وَكَتَبُوا>lemma",
                "وبالسلام>وَبِالسَّلَام>lexicon",
                "هدوء>هُدُوء>thesaurus",
                "مكتب>مَكْتَب>model",
            }));
  data.config.disabled = {VocalizeLayer::kModel};
  const Vocalizer without_model(data.config, FakeEspeak({"هام"}));
  EXPECT_EQ(Layers(without_model, "هام بنسبة"),
            (std::vector<std::string>{"هام>هام>espeak", "بنسبة>بنسبة>none"}));
}

TEST(VocalizerTest, TheTableChoosesByTheNeighbours) {
  Data data;
  data.config.disabled = {VocalizeLayer::kModel};
  const Vocalizer v(data.config);
  EXPECT_EQ(v.Vocalize("عقد"), "عَقْد");
  EXPECT_EQ(v.Vocalize("وقد عقد الاجتماع"), "وقد عُقِد الْاِجْتِمَاع");
  EXPECT_EQ(v.Vocalize("عقد العمل"), "عَقْد العمل");
  std::vector<VocalizedWord> words;
  v.Vocalize("عقد", &words);
  EXPECT_NEAR(words[0].confidence, 5.0 / 8.0, 1e-9);
}

TEST(VocalizerTest, SpeakableIsSpelledForEspeak) {
  Data data;
  const Vocalizer v(data.config);
  EXPECT_EQ(v.Vocalize("بالاجتماع"), "بِالْاِجْتِمَاع");
  EXPECT_EQ(v.Speakable("بالاجتماع"), "بِٱلِٱجْتِمَاع");
}

TEST(VocalizerTest, LayersCanBeSwitchedOff) {
  Data data;
  data.config.disabled = {VocalizeLayer::kLexicon, VocalizeLayer::kModel};
  const Vocalizer v(data.config, FakeEspeak({}));
  EXPECT_EQ(v.Vocalize("السلام هدوء عقد"), "السلام هُدُوء عَقْد");
  data.config.disabled = {VocalizeLayer::kThesaurus, VocalizeLayer::kModel, VocalizeLayer::kTable};
  EXPECT_EQ(Vocalizer(data.config).Vocalize("هدوء عقد"), "هدوء عقد");
  EXPECT_EQ(LayerFromName("model"), VocalizeLayer::kModel);
  EXPECT_EQ(LayerFromName("lemma"), VocalizeLayer::kLemma);
  try {
    LayerFromName("written");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
    EXPECT_EQ(std::string(e.what()),
              "unknown vocalizer layer 'written': use user, table, lemma, lexicon, thesaurus, "
              "model or espeak");
  }
}

TEST(VocalizerTest, WithoutAPhonemizerTheEspeakLayerIsSilent) {
  Data data;
  data.config.disabled = {VocalizeLayer::kModel};
  const Vocalizer v(data.config);
  EXPECT_EQ(Layers(v, "هام"), std::vector<std::string>{"هام>هام>none"});
}

TEST(VocalizerTest, TheAuthorsMarksAreKeptOrFollowed) {
  Data data;
  const Vocalizer v(data.config);
  // Full: the normalizer's number words stay as they are (shadda first).
  EXPECT_EQ(v.Vocalize("عَشَرَة بِٱلْمِئَة"), "عَشَرَة بِٱلْمِئَة");
  // Partial: the first reading that agrees with the marks (the passive here).
  EXPECT_EQ(v.Vocalize("تُعتبر تعتبر"), "تُعْتَبَر تَعْتَبِر");
  // Partial and nothing agrees: as written.
  EXPECT_EQ(Layers(v, "سِلام"), std::vector<std::string>{"سِلام>سِلام>written"});
}

TEST(VocalizerTest, AnnaBeforeNounsAnBeforeVerbs) {
  Data data;
  const Vocalizer v(data.config);
  EXPECT_EQ(v.Vocalize("أن السلام"), "أَنّ السَّلَام");
  EXPECT_EQ(v.Vocalize("أن تسهم"), "أَنْ تُسْهِم");
  EXPECT_EQ(v.Vocalize("أن وفرت"), "أَنْ وَفَّرَت");
  // Unknown, but shaped like an imperfect: the model reads it.
  EXPECT_EQ(v.Vocalize("أن يلمس").rfind("أَنْ يَ", 0), 0u);
  std::vector<VocalizedWord> words;
  v.Vocalize("أن تسهم", &words);
  EXPECT_EQ(words[0].vocalized, "أَنْ");
}

TEST(VocalizerTest, OnlyArabicWordsChange) {
  Data data;
  const Vocalizer v(data.config);
  EXPECT_EQ(v.Vocalize("«السلام» في UNSMIL، 2024!"), "«السَّلَام» فِي UNSMIL، 2024!");
  EXPECT_EQ(v.Vocalize("ســلام"), "سَلَام");  // tatweel goes
  EXPECT_EQ(v.Vocalize("مكتب، كتاب"), "مَكْتَب، كِتَاب");
  EXPECT_EQ(v.Vocalize(""), "");
}

TEST(VocalizerTest, ApplyVocalizesTheArabicPartsOfADocument) {
  Data data;
  const Vocalizer v(data.config);
  Document doc;
  doc.language = "ar";
  doc.title.spoken = "السلام في ليبيا";
  Section section;
  section.heading = Sentence("تعزيز السلام", "تعزيز السلام");
  Paragraph arabic;
  arabic.sentences = {{"السلام.", "السلام."}, {"في ليبيا.", "في ليبيا."}};
  Paragraph english;
  english.language = "en";
  english.sentences = {{"Peace in Libya.", "Peace في Libya."}};
  section.paragraphs = {arabic, english};
  doc.sections = {section};
  v.Apply(doc);
  EXPECT_EQ(doc.title.spoken, "السَّلَام فِي لِيبْيَا");
  EXPECT_EQ(doc.sections[0].heading->spoken, "تَعْزِيز السَّلَام");
  EXPECT_EQ(Spoken(doc.sections[0].paragraphs[0]),
            (std::vector<std::string>{"السَّلَام.", "فِي لِيبْيَا."}));
  EXPECT_EQ(Spoken(doc.sections[0].paragraphs[1]), std::vector<std::string>{"Peace في Libya."});
}

TEST(VocalizerTest, MissingDataFilesAreNamed) {
  TempDir empty;
  VocalizerConfig config;
  config.voices_dir = empty.path();
  config.thesaurus = std::filesystem::path();
  try {
    Vocalizer v(config);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              (empty / "ar-vocalized-lexicon.tsv").string() + ": cannot read vocalized lexicon");
  }
  Data data;
  data.dir.Write("ar-vocalizer.bin", "RAWIDATA");
  try {
    Vocalizer v(data.config);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(std::string(e.what()),
              (data.dir / "ar-vocalizer.bin").string() +
                  ": not a usable vocalizer data file (not a rawi data file); rebuild it with "
                  "scripts/train-vocalizer");
  }
}

TEST(VocalizerTest, TheProjectDataReadsNews) {
  VocalizerConfig config;
  config.voices_dir = RAWI_VOICES_DIR;
  config.thesaurus = std::filesystem::path();  // the same with or without mythes-ar
  const Vocalizer v(config);
  EXPECT_EQ(v.Vocalize("ارتفعت الأسعار بنسبة ثَلَاثِين بِٱلْمِئَة في المدينة"),
            "ارْتَفَعَت الْأَسْعَار بِنِسْبَة ثَلَاثِين بِٱلْمِئَة فِي الْمَدِينَة");
  EXPECT_EQ(v.Vocalize("وأكدت الحكومة أن المشروع سيوفر فرص عمل للشباب"),
            "وَأَكَّدَت الْحُكُومَة أَنّ الْمَشْرُوع سَيُوَفِّر فُرَص عَمَل لِلشَّبَاب");
}

}  // namespace
}  // namespace rawi
