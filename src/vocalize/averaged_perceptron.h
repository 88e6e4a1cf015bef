// The weights of an averaged perceptron, as both of the vocalizer's trained models use them:
// a flat vector whose final value is each weight's average over every step of training (lazy:
// a weight's running total is brought up to date only when it changes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rawi {

class AveragedWeights {
 public:
  explicit AveragedWeights(size_t size) : value_(size), total_(size), since_(size) {}

  float operator[](size_t i) const { return value_[i]; }
  void Add(size_t i, float delta) {
    total_[i] += static_cast<double>(value_[i]) * static_cast<double>(now_ - since_[i]);
    since_[i] = now_;
    value_[i] += delta;
  }
  // One training step has passed.
  void Tick() { ++now_; }
  std::vector<float> Averaged() const;

 private:
  std::vector<float> value_;
  std::vector<double> total_;
  std::vector<uint64_t> since_;
  uint64_t now_ = 0;
};

}  // namespace rawi
