#include "audio/duration_limit_sink.h"

namespace rawi {

void DurationLimitSink::Write(std::span<const int16_t> samples) {
  written_ += samples.size();
  if (max_samples_ != 0 && written_ > max_samples_) {
    throw AudioTooLong("audio longer than " + std::to_string(max_samples_) + " samples");
  }
  inner_.Write(samples);
}

}  // namespace rawi
