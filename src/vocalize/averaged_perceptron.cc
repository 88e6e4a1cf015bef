#include "vocalize/averaged_perceptron.h"

namespace rawi {

std::vector<float> AveragedWeights::Averaged() const {
  std::vector<float> out(value_.size());
  for (size_t i = 0; i < out.size(); ++i) {
    const double total =
        total_[i] + static_cast<double>(value_[i]) * static_cast<double>(now_ - since_[i]);
    out[i] = now_ ? static_cast<float>(total / static_cast<double>(now_)) : value_[i];
  }
  return out;
}

}  // namespace rawi
