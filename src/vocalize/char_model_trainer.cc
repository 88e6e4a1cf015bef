#include "vocalize/char_model_trainer.h"

#include <algorithm>
#include <cmath>
#include <cstring>
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

namespace {

std::vector<float> TrainWeights(const std::vector<const CharExample*>& examples,
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
      const CharExample& example = *examples[e];
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
  return weights.Averaged();
}

// The temperature that makes the model's word confidences fit how often it is right on
// `held_out`: the one of a few with the least log loss.
float Calibrate(const std::string& section, const std::vector<const CharExample*>& held_out,
                const std::vector<std::u32string>& labels) {
  const CharModel model(section);
  std::vector<std::pair<std::u32string, bool>> guesses;  // letters, right
  std::vector<double> base_log_probs;
  for (const CharExample* example : held_out) {
    std::u32string gold;
    for (size_t i = 0; i < example->letters.size(); ++i) {
      gold.push_back(example->letters[i]);
      gold += labels[example->labels[i]];
    }
    guesses.push_back({example->letters, model.Vocalize(example->letters).vocalized == gold});
  }
  float best = 1.0f;
  double best_loss = 0;
  for (float temperature : {1.0f, 1.5f, 2.0f, 3.0f, 4.0f, 6.0f, 8.0f, 12.0f, 16.0f, 24.0f}) {
    std::string tempered = section;
    std::memcpy(tempered.data() + 12, &temperature, sizeof temperature);
    const CharModel candidate(tempered);
    double loss = 0;
    for (const auto& [letters, right] : guesses) {
      const double p = std::clamp(candidate.Vocalize(letters).confidence, 1e-6, 1 - 1e-6);
      loss -= right ? std::log(p) : std::log(1 - p);
    }
    if (temperature == 1.0f || loss < best_loss) {
      best = temperature;
      best_loss = loss;
    }
  }
  return best;
}

}  // namespace

std::string TrainCharModel(const std::vector<CharExample>& examples,
                           const std::vector<std::u32string>& labels,
                           const CharTrainerConfig& config, std::ostream* log) {
  std::vector<const CharExample*> all, learn, held_out;
  for (const CharExample& example : examples) all.push_back(&example);
  float temperature = 1.0f;
  if (config.calibration_share > 0 && examples.size() >= 20 * config.calibration_share) {
    for (size_t i = 0; i < examples.size(); ++i) {
      (i % config.calibration_share == 0 ? held_out : learn).push_back(&examples[i]);
    }
    const std::string trial = CharModel::Serialize(config.rows_log2, labels,
                                                   TrainWeights(learn, labels, config, nullptr));
    temperature = Calibrate(trial, held_out, labels);
    if (log) *log << "char model: temperature " << temperature << " (from held-out words)\n";
  }
  return CharModel::Serialize(config.rows_log2, labels, TrainWeights(all, labels, config, log),
                              temperature);
}

}  // namespace rawi
