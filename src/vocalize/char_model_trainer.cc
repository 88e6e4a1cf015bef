#include "vocalize/char_model_trainer.h"

#include <algorithm>
#include <random>

#include "vocalize/averaged_perceptron.h"
#include "vocalize/char_features.h"
#include "vocalize/char_model.h"

namespace rawi {
namespace {

// The weights of label k for feature row f are at f * labels + k.
void Score(const AveragedWeights& weights, const std::vector<uint64_t>& features, uint64_t mask,
           size_t labels, std::vector<float>& out) {
  for (uint64_t f : features) {
    const size_t row = (f & mask) * labels;
    for (size_t k = 0; k < labels; ++k) out[k] += weights[row + k];
  }
}

void Update(AveragedWeights& weights, const std::vector<uint64_t>& features, uint64_t mask,
            size_t labels, size_t label, float delta) {
  for (uint64_t f : features) weights.Add((f & mask) * labels + label, delta);
}

}  // namespace

std::string TrainCharModel(const std::vector<CharExample>& examples,
                           const std::vector<std::u32string>& labels,
                           const CharTrainerConfig& config, std::ostream* log) {
  const size_t rows = size_t{1} << config.rows_log2;
  const uint64_t mask = rows - 1;
  const size_t count = labels.size();
  AveragedWeights weights(rows * count);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 random(config.seed);
  std::vector<uint64_t> letter_features, features;
  std::vector<float> scores(count);
  std::vector<uint32_t> chosen;
  for (int epoch = 1; epoch <= config.epochs; ++epoch) {
    // Fisher-Yates with our own draws: std::shuffle's algorithm is the library's choice.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random() % i]);
    size_t right = 0, total = 0;
    for (size_t e : order) {
      const CharExample& example = examples[e];
      chosen.clear();
      for (size_t i = 0; i < example.letters.size(); ++i) {
        features.clear();
        LetterFeatures(example.letters, i, features);
        HistoryFeatures(example.letters, i, i >= 2 ? chosen[i - 2] : kStartLabel,
                        i >= 1 ? chosen[i - 1] : kStartLabel, features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        Score(weights, features, mask, count, scores);
        uint32_t guess = 0;
        for (uint32_t k = 1; k < count; ++k) {
          if (scores[k] > scores[guess]) guess = k;
        }
        const uint32_t gold = example.labels[i];
        weights.Tick();
        if (guess != gold) {
          Update(weights, features, mask, count, gold, 1.0f);
          Update(weights, features, mask, count, guess, -1.0f);
        } else {
          ++right;
        }
        ++total;
        chosen.push_back(guess);
      }
    }
    if (log) {
      *log << "char model: epoch " << epoch << ": " << right << "/" << total
           << " letters right in training\n";
    }
  }
  return CharModel::Serialize(config.rows_log2, labels, weights.Averaged());
}

}  // namespace rawi
