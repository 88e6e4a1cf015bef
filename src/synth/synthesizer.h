// The synthesize stage's seam: text in, 16-bit mono PCM out. The real implementation is
// EspeakSynthesizer; tests of later stages use a fake behind the same interface.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "synth/voice_profile.h"

namespace rawi {

// Receives samples in order as they are produced. It may throw; the synthesizer stops and the
// exception propagates out of Speak().
using SampleCallback = std::function<void(std::span<const int16_t>)>;

// Where the speech of one word of an utterance begins.
struct WordMark {
  size_t text_offset = 0;  // the word's first code point in the utterance's text
  uint64_t sample = 0;     // its first sample, counted from the utterance's first sample
};

class Synthesizer {
 public:
  virtual ~Synthesizer() = default;

  virtual int sample_rate() const = 0;

  // Selects the voice, rate, pitch and volume of `voice` for the following Speak() calls.
  virtual void SetVoice(const VoiceProfile& voice) = 0;

  // Speaks one utterance (UTF-8) without a trailing pause and returns the number of samples
  // handed to `out`. When `words` is not null, a mark for every word spoken is appended to it,
  // in order.
  virtual uint64_t Speak(std::string_view text, const SampleCallback& out,
                         std::vector<WordMark>* words) = 0;

  uint64_t Speak(std::string_view text, const SampleCallback& out) {
    return Speak(text, out, nullptr);
  }
};

}  // namespace rawi
