// An AudioSink that writes every sample to two others: the output the user asked for and a copy
// another stage reads afterwards (the WAV an ebook's MP3 is encoded from).
#pragma once

#include "audio/audio_sink.h"

namespace rawi {

class TeeSink : public AudioSink {
 public:
  // Both sinks must outlive this one.
  TeeSink(AudioSink& first, AudioSink& second) : first_(first), second_(second) {}

  void Write(std::span<const int16_t> samples) override;
  void WriteSilence(uint64_t count) override;
  // Finishes `second`, then `first`: the copy is complete before the output is moved into place.
  void Finish() override;

 private:
  AudioSink& first_;
  AudioSink& second_;
};

}  // namespace rawi
