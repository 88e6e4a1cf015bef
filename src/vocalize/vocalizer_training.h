// Deriving voices/ar-vocalizer.bin from a folder of vocalized corpora (the layout of
// ../shared/corpora: tashkeela-msa/*.txt, fadel-tashkeela/{val,test}.txt, and the Arramooz
// dictionary in arramooz/ when present). catt-dev/, the development set, is never read.
// Deterministic: the same corpus folder and settings give the same bytes.
//
// Words count as vocalized when every letter that needs a mark has one (MarkStateOf); partly
// vowelled words still serve as neighbours. Readings are pausal (no mark on the last letter).
// A reading seen less than 1/50 as often as its form's commonest is dropped as noise. Context
// counts are kept for forms with two readings or more. The character model learns from every
// (form, reading) pair once, so rare words weigh as much as common ones, as in unseen text.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>

#include "vocalize/char_model_trainer.h"

namespace rawi {

struct VocalizerTrainingConfig {
  std::filesystem::path corpus_dir;
  CharTrainerConfig model;
  size_t max_lines_per_file = 0;  // 0: every line (a smaller number for quick runs and tests)
  // How much a word counts, by source: news (tashkeela-msa/aljazeera-learning.txt, the one news
  // source, whose readings differ most from the books': قَرَّرَتْ, not قَرَّرْتُ), the other modern
  // books and texts of tashkeela-msa, and fadel-tashkeela (mostly classical) at 1.
  int news_weight = 40;
  int msa_weight = 4;
  bool lemmas_teach_model = true;  // the model also learns the dictionary's lemmas
};

// The data file's bytes; throws a FileError naming the corpus folder or file at fault. `log`
// (may be null) gets progress and the table sizes.
std::string BuildVocalizerData(const VocalizerTrainingConfig& config, std::ostream* log);

}  // namespace rawi
