// A Synthesizer for tests of later stages: deterministic "speech" of kSamplesPerChar samples of
// amplitude kLevel per code point, at kRate samples per second, recording what it was asked.
#pragma once

#include <string>
#include <vector>

#include "synth/synthesizer.h"
#include "text/utf8.h"

namespace rawi::testing {

class FakeSynthesizer : public Synthesizer {
 public:
  static constexpr int kRate = 1000;
  static constexpr int kSamplesPerChar = 10;
  static constexpr int16_t kLevel = 1000;

  int sample_rate() const override { return kRate; }
  void SetVoice(const VoiceProfile& voice) override { voices.push_back(voice); }
  using Synthesizer::Speak;
  // Marks a word at every code point that follows a space (or starts the text).
  uint64_t Speak(std::string_view text, const SampleCallback& out,
                 std::vector<WordMark>* words) override {
    spoken.emplace_back(text);
    if (words != nullptr) {
      size_t offset = 0;
      bool after_space = true;
      for (const char byte : text) {
        if ((static_cast<unsigned char>(byte) & 0xC0) == 0x80) continue;  // inside a code point
        const bool space = byte == ' ';
        if (after_space && !space) words->push_back({offset, offset * kSamplesPerChar});
        after_space = space;
        ++offset;
      }
    }
    const std::vector<int16_t> samples(CodePointCount(text) * kSamplesPerChar, kLevel);
    // Delivered in two chunks, as a real engine delivers several.
    const size_t half = samples.size() / 2;
    out(std::span<const int16_t>(samples.data(), half));
    out(std::span<const int16_t>(samples.data() + half, samples.size() - half));
    return samples.size();
  }

  std::vector<VoiceProfile> voices;
  std::vector<std::string> spoken;
};

}  // namespace rawi::testing
