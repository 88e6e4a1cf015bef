// The compiled vocalizer data, voices/ar-vocalizer.bin (compiled_sections.h), memory-mapped: the
// corpus word table with its context tables (word_table.h), dictionary lemmas (lemma_table.h),
// the character model (char_model.h) and a text note naming the sources it was derived from.
// scripts/train-vocalizer makes it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>

#include "util/mapped_file.h"
#include "vocalize/char_model.h"
#include "vocalize/lemma_table.h"
#include "vocalize/word_table.h"

namespace rawi {

enum class VocalizerSection : uint32_t {
  kWords = 1,       // form -> readings
  kAfterWord = 2,   // "PREVIOUS\tFORM" -> reading index counts
  kBeforeWord = 3,  // "FORM\tNEXT" -> reading index counts
  kCharModel = 4,
  kNote = 5,    // UTF-8 text: version, sources, figures
  kLemmas = 6,  // bare stem -> vocalized stems (lemma_table.h)
};

class VocalizerData {
 public:
  // Throws a FileError naming `file` when it cannot be read or is not a well-formed data file.
  explicit VocalizerData(const std::filesystem::path& file);

  const WordTable& words() const { return words_; }
  const CharModel& model() const { return model_; }
  const LemmaTable& lemmas() const { return lemmas_; }
  std::string_view note() const { return note_; }

 private:
  MappedFile file_;
  WordTable words_;
  CharModel model_;
  LemmaTable lemmas_;
  std::string_view note_;
};

}  // namespace rawi
