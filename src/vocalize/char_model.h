// The character model: vocalizes any word, seen or not, letter by letter. For each letter it
// scores every mark label (no mark, fatha, shadda + kasra, …) with a linear model over
// char_features.h, and a beam search keeps the best label sequences; the last letter takes no vowel
// (pausal form, a shadda at most). Weights live in the compiled data file (16-bit, used from the
// memory map).
//
// Section layout: u32 log2 of the number of weight rows B, u32 label count K, f32 weight scale,
// f32 temperature (scores are divided by it before the softmax, so that confidences match how
// often the model is right on words it did not learn from), u32 label blob size,
// u32 label_offset[K + 1], the label blob (UTF-8 marks; label 0 is no mark),
// padding to 8 bytes, then B × K int16 weights (row = feature hash mod B).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rawi {

class CharModel {
 public:
  CharModel() = default;  // empty: vocalizes nothing
  // Throws std::runtime_error when `section` is not a well-formed model.
  // The model reads `section` in place: it must outlive the model.
  explicit CharModel(std::string_view section);
  explicit CharModel(std::string&&) = delete;

  // The section for weights already averaged and scaled (B × K floats).
  static std::string Serialize(uint32_t rows_log2, const std::vector<std::u32string>& labels,
                               const std::vector<float>& weights, float temperature = 1.0f);

  struct Result {
    std::u32string vocalized;  // letters with marks, shadda first, nothing on the last letter
    double confidence = 0;     // product over letters of the chosen label's softmax probability
  };
  // `bare` must be letters only (no marks). `beam` hypotheses are kept per letter. A word longer
  // than kMaxLetters (no Arabic word is) comes back as it is, with confidence 0, so that time
  // stays linear in the text.
  Result Vocalize(std::u32string_view bare, int beam = 4) const;
  static constexpr size_t kMaxLetters = 40;

  // How likely the model finds `vocalized` (a vocalization of `bare`): the sum over its letters of
  // the log probability of their marks given the marks before. nullopt when `vocalized` is not
  // `bare` with marks the model knows.
  std::optional<double> LogProb(std::u32string_view bare, std::u32string_view vocalized) const;

  bool empty() const { return weights_ == nullptr; }
  size_t label_count() const { return labels_.size(); }

 private:
  // Adds the weight rows of `features` to `scores` (K of them).
  void Score(const std::vector<uint64_t>& features, std::vector<int32_t>& scores) const;

  uint32_t rows_log2_ = 0;
  float scale_ = 0;
  float probability_scale_ = 0;  // scale_ / temperature
  std::vector<std::u32string> labels_;
  const int16_t* weights_ = nullptr;
};

}  // namespace rawi
