// An AudioSink in front of another that stops a render once its audio grows longer than a limit
// (`--max-duration`), before the samples past the limit reach the output.
#pragma once

#include <cstdint>
#include <stdexcept>

#include "audio/audio_sink.h"

namespace rawi {

// Thrown by DurationLimitSink::Write; the caller names the article and the setting.
class AudioTooLong : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class DurationLimitSink : public AudioSink {
 public:
  // `max_samples` 0 means no limit. `inner` must outlive this sink.
  DurationLimitSink(AudioSink& inner, uint64_t max_samples)
      : inner_(inner), max_samples_(max_samples) {}

  void Write(std::span<const int16_t> samples) override;
  void Finish() override { inner_.Finish(); }

 private:
  AudioSink& inner_;
  uint64_t max_samples_;
  uint64_t written_ = 0;
};

}  // namespace rawi
