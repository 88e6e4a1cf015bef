// Training the character model (char_model.h): an averaged perceptron over char_features.h,
// taught left to right with its own choices as history (as it will run), examples shuffled by
// a fixed seed, so that the same examples always give the same weights, byte for byte.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace rawi {

struct CharExample {
  std::u32string letters;        // bare
  std::vector<uint16_t> labels;  // one per letter, an index into the label list
};

struct CharTrainerConfig {
  uint32_t rows_log2 = 19;  // 2^19 weight rows
  int epochs = 10;
  uint64_t seed = 20261201;
  // One word in this many is held out of a first training to calibrate the confidence (0: none,
  // the temperature stays 1); the model itself then learns from every word.
  size_t calibration_share = 20;
};

// The model section (CharModel::Serialize) trained on `examples`; `log` (may be null) gets one
// line per epoch with the training accuracy per letter.
std::string TrainCharModel(const std::vector<CharExample>& examples,
                           const std::vector<std::u32string>& labels,
                           const CharTrainerConfig& config, std::ostream* log);

}  // namespace rawi
