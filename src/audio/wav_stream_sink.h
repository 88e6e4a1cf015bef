// Streams WAV (PCM 16, mono) to a pipe such as stdout, for `rawi render -o - | aplay`.
// libsndfile refuses to write WAV to a pipe because it cannot seek back to fill in the sizes, so
// this sink writes the header itself with the sizes set to 0xFFFFFFFF ("unknown, read to the
// end"), as streaming tools do.
#pragma once

#include <cstdio>
#include <string>

#include "audio/audio_sink.h"

namespace rawi {

class WavStreamSink : public AudioSink {
 public:
  // `name` identifies the stream in errors (e.g. "stdout").
  WavStreamSink(std::FILE* out, int sample_rate, std::string name);

  void Write(std::span<const int16_t> samples) override;
  void Finish() override;

 private:
  void WriteBytes(const void* data, size_t size);

  std::FILE* out_;
  std::string name_;
};

}  // namespace rawi
