// Plays audio now through PulseAudio's simple API (libpulse-simple); PipeWire serves the same
// protocol. The stream asks for 0.5 s of buffer (pa_buffer_attr: tlength 500 ms, minreq 20 ms;
// the simple API sets PA_STREAM_ADJUST_LATENCY): enough that a player starved of the CPU for a
// while on a busy machine never lets it run dry (with 100 ms, a reading of 50 minutes at load 8
// underran 122 times), while a Write still blocks for about a chunk at most, and Flush
// (pa_simple_flush, which the server answers by rewinding what it had queued) falls silent at
// once: a pause or a skip is heard within a chunk, not after the buffer.
#pragma once

#include <memory>
#include <string>

#include "speak/audio_output.h"

struct pa_simple;

namespace rawi {

struct PulseOutputConfig {
  int target_ms = 500;  // tlength: audio queued ahead of the ear
  int request_ms = 20;  // minreq: how much the server asks for at a time
};

class PulseOutput : public AudioOutput {
 public:
  // Connects to the sound server that libpulse finds (PULSE_SERVER, else the user's) and opens
  // a playback stream named `stream_name` (sound settings show it). Throws a bad-input Error
  // "no sound output: REASON" (PulseAudio's words) when there is no server or no device.
  PulseOutput(int sample_rate, const std::string& stream_name,
              const PulseOutputConfig& config = {});
  ~PulseOutput() override;
  PulseOutput(const PulseOutput&) = delete;
  PulseOutput& operator=(const PulseOutput&) = delete;

  // Each throws a bad-input Error "sound output: REASON" when the server goes away.
  void Write(std::span<const int16_t> samples) override;
  uint64_t Flush() override;
  void Drain() override;

 private:
  pa_simple* stream_ = nullptr;
  int sample_rate_;
};

}  // namespace rawi
