#include "vocalize/tiny_vocalizer_data.h"

#include "text/utf8.h"
#include "vocalize/char_model_trainer.h"
#include "vocalize/compiled_sections.h"
#include "vocalize/marked_word.h"
#include "vocalize/vocalizer_data.h"

namespace rawi::testing {

std::string TinyVocalizerData() {
  StringTableBuilder words, after, before, lemmas;
  words.Add("عقد", "عَقْد", 5);
  words.Add("عقد", "عُقِد", 3);
  words.Add("الاجتماع", "الْاِجْتِمَاع", 7);
  after.AddIndex("وقد\tعقد", 1, 4);
  before.AddIndex("عقد\tالعمل", 0, 2);
  lemmas.Add("مشترك", "مُشْتَرَك", 'n');
  lemmas.Add("كتب", "كَتَب", 'p');
  lemmas.Add("يكتب", "يَكْتُب", 'v');
  const std::vector<std::u32string> labels = {U"", U"\u064E", U"\u064F", U"\u0650", U"\u0652"};
  std::vector<CharExample> examples;
  for (const char* word : {"كِتَاب", "مَكْتَب", "كُتُب", "مَدْرَسَة", "دَرْس"}) {
    const MarkedWord marked = SplitMarks(ToUtf32(word));
    CharExample example{marked.letters, {}};
    for (const std::u32string& m : marked.marks) {
      for (uint16_t k = 0; k < labels.size(); ++k) {
        if (labels[k] == m) example.labels.push_back(k);
      }
    }
    examples.push_back(example);
  }
  CharTrainerConfig config;
  config.rows_log2 = 10;
  config.epochs = 10;
  SectionWriter writer;
  writer.Add(static_cast<uint32_t>(VocalizerSection::kWords), words.Serialize());
  writer.Add(static_cast<uint32_t>(VocalizerSection::kAfterWord), after.Serialize());
  writer.Add(static_cast<uint32_t>(VocalizerSection::kBeforeWord), before.Serialize());
  writer.Add(static_cast<uint32_t>(VocalizerSection::kCharModel),
             TrainCharModel(examples, labels, config, nullptr));
  writer.Add(static_cast<uint32_t>(VocalizerSection::kLemmas), lemmas.Serialize());
  writer.Add(static_cast<uint32_t>(VocalizerSection::kNote), "tiny test data\n");
  return writer.Serialize();
}

}  // namespace rawi::testing
