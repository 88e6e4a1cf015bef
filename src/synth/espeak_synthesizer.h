// The eSpeak NG library (libespeak-ng) behind the Synthesizer interface.
//
// eSpeak NG keeps global state and is not thread-safe, and a second terminate in one process
// hangs; so at most one EspeakSynthesizer may ever be created per process (a second throws).
// Parallel work uses processes. It runs eSpeak in synchronous mode: samples arrive through the
// synth callback while Speak() runs and are passed straight on, so memory does not grow with the
// length of the text.
#pragma once

#include <string>

#include "synth/synthesizer.h"

namespace rawi {

struct EspeakConfig {
  std::string data_path;  // eSpeak's data folder; empty for the library's default
  int buffer_ms = 200;    // how much audio one callback carries
};

class EspeakSynthesizer : public Synthesizer {
 public:
  // Initializes eSpeak NG; throws an EngineError with eSpeak's own message on failure.
  explicit EspeakSynthesizer(const EspeakConfig& config = {});
  ~EspeakSynthesizer() override;
  EspeakSynthesizer(const EspeakSynthesizer&) = delete;
  EspeakSynthesizer& operator=(const EspeakSynthesizer&) = delete;

  int sample_rate() const override { return sample_rate_; }
  // Throws a FileError naming the profile when eSpeak has no such voice.
  void SetVoice(const VoiceProfile& voice) override;
  using Synthesizer::Speak;
  // Word marks come from eSpeak's WORD events.
  uint64_t Speak(std::string_view text, const SampleCallback& out,
                 std::vector<WordMark>* words) override;

  // eSpeak's phoneme transcription of `text` (its ASCII mnemonics, or IPA), as `espeak-ng -x`.
  std::string Phonemes(std::string_view text, bool ipa);

 private:
  int sample_rate_ = 0;
};

}  // namespace rawi
