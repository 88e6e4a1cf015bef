// Plays audio now through PulseAudio's simple API (libpulse-simple); PipeWire serves the same
// protocol. The stream asks for a small buffer (pa_buffer_attr: tlength 100 ms, minreq 20 ms,
// and the simple API sets PA_STREAM_ADJUST_LATENCY, so tlength is the latency of the whole path)
// so that a Write blocks for at most about a chunk and Flush (pa_simple_flush) falls silent
// within about 0.1 s: a pause or a skip is heard at once.
#pragma once

#include <memory>
#include <string>

#include "speak/audio_output.h"

struct pa_simple;

namespace rawi {

struct PulseOutputConfig {
  int target_ms = 100;  // tlength: audio queued ahead of the ear
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
