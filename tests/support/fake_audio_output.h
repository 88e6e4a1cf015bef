// An AudioOutput for tests of the player: keeps what a listener would have heard, modelling a
// device that holds the last `buffer` samples written unheard, so that Flush drops those (no
// more than were written since the last flush) and says how many.
#pragma once

#include <algorithm>
#include <vector>

#include "speak/audio_output.h"

namespace rawi::testing {

class FakeAudioOutput : public AudioOutput {
 public:
  explicit FakeAudioOutput(uint64_t buffer = 0) : buffer_(buffer) {}

  void Write(std::span<const int16_t> samples) override {
    heard.insert(heard.end(), samples.begin(), samples.end());
    written += samples.size();
    unheard_ += samples.size();
  }
  uint64_t Flush() override {
    const uint64_t dropped = std::min(buffer_, unheard_);
    heard.resize(heard.size() - dropped);
    unheard_ = 0;
    ++flushes;
    return dropped;
  }
  void Drain() override {
    unheard_ = 0;
    ++drains;
  }

  std::vector<int16_t> heard;  // every sample written, less those a flush dropped
  uint64_t written = 0;        // every sample written
  int flushes = 0;
  int drains = 0;

 private:
  uint64_t buffer_;
  uint64_t unheard_ = 0;
};

}  // namespace rawi::testing
