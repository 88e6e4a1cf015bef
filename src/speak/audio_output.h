// Where `rawi speak` sends its audio: a sound server that plays it now (speak/pulse_output.h),
// or, for `-o -` and tests, a sink that takes it as fast as it comes. Samples are 16-bit mono
// at the synthesizer's rate.
#pragma once

#include <cstdint>
#include <span>

#include "audio/audio_sink.h"

namespace rawi {

class AudioOutput {
 public:
  virtual ~AudioOutput() = default;
  // Queues samples to be played. A device blocks while its buffer is full, which paces the
  // player at the speed of speech.
  virtual void Write(std::span<const int16_t> samples) = 0;
  // Drops what was written but has not been heard yet, so that it falls silent now; returns
  // how many samples that was (an estimate for a device), so the player can go back to them.
  virtual uint64_t Flush() = 0;
  // Waits until everything written has been heard.
  virtual void Drain() = 0;
};

// An AudioSink (a WAV stream on stdout for `rawi speak -o -`) as an output: nothing is ever
// unheard, so Flush drops nothing. Drain finishes the sink.
class SinkOutput : public AudioOutput {
 public:
  explicit SinkOutput(AudioSink& sink) : sink_(sink) {}
  void Write(std::span<const int16_t> samples) override { sink_.Write(samples); }
  uint64_t Flush() override { return 0; }
  void Drain() override { sink_.Finish(); }

 private:
  AudioSink& sink_;
};

}  // namespace rawi
