// The synthesize stage's seam: text in, 16-bit mono PCM out. The real implementation is
// EspeakSynthesizer; tests of later stages use a fake behind the same interface.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>

#include "synth/voice_profile.h"

namespace rawi {

// Receives samples in order as they are produced. It may throw; the synthesizer stops and the
// exception propagates out of Speak().
using SampleCallback = std::function<void(std::span<const int16_t>)>;

class Synthesizer {
 public:
  virtual ~Synthesizer() = default;

  virtual int sample_rate() const = 0;

  // Selects the voice, rate, pitch and volume of `voice` for the following Speak() calls.
  virtual void SetVoice(const VoiceProfile& voice) = 0;

  // Speaks one utterance (UTF-8) without a trailing pause and returns the number of samples
  // handed to `out`.
  virtual uint64_t Speak(std::string_view text, const SampleCallback& out) = 0;
};

}  // namespace rawi
