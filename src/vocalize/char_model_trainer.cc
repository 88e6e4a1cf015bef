#include "vocalize/char_model_trainer.h"

#include <algorithm>
#include <random>

#include "vocalize/char_features.h"
#include "vocalize/char_model.h"

namespace rawi {
namespace {

// Averaged perceptron weights with lazy averaging: the average of a weight over all updates is
// (total + value × (now − since)) / now.
class Weights {
 public:
  Weights(size_t rows, size_t labels)
      : labels_(labels), value_(rows * labels), total_(rows * labels), since_(rows * labels) {}

  void Score(const std::vector<uint64_t>& features, uint64_t mask, std::vector<float>& out) const {
    for (uint64_t f : features) {
      const float* row = &value_[(f & mask) * labels_];
      for (size_t k = 0; k < labels_; ++k) out[k] += row[k];
    }
  }

  void Update(const std::vector<uint64_t>& features, uint64_t mask, size_t label, float delta) {
    for (uint64_t f : features) {
      const size_t at = (f & mask) * labels_ + label;
      total_[at] += static_cast<double>(value_[at]) * static_cast<double>(now_ - since_[at]);
      since_[at] = now_;
      value_[at] += delta;
    }
  }

  void Tick() { ++now_; }

  std::vector<float> Averaged() const {
    std::vector<float> out(value_.size());
    for (size_t i = 0; i < out.size(); ++i) {
      const double total =
          total_[i] + static_cast<double>(value_[i]) * static_cast<double>(now_ - since_[i]);
      out[i] = now_ ? static_cast<float>(total / static_cast<double>(now_)) : value_[i];
    }
    return out;
  }

 private:
  size_t labels_;
  std::vector<float> value_;
  std::vector<double> total_;
  std::vector<uint64_t> since_;
  uint64_t now_ = 0;
};

}  // namespace

std::string TrainCharModel(const std::vector<CharExample>& examples,
                           const std::vector<std::u32string>& labels,
                           const CharTrainerConfig& config, std::ostream* log) {
  const size_t rows = size_t{1} << config.rows_log2;
  const uint64_t mask = rows - 1;
  const size_t count = labels.size();
  Weights weights(rows, count);
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
        weights.Score(features, mask, scores);
        uint32_t guess = 0;
        for (uint32_t k = 1; k < count; ++k) {
          if (scores[k] > scores[guess]) guess = k;
        }
        const uint32_t gold = example.labels[i];
        weights.Tick();
        if (guess != gold) {
          weights.Update(features, mask, gold, 1.0f);
          weights.Update(features, mask, guess, -1.0f);
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
