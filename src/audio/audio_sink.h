// Where rendered audio goes: a file or a stream. Samples are 16-bit mono at the synthesizer's
// rate, written as they are produced.
#pragma once

#include <cstdint>
#include <span>

namespace rawi {

class AudioSink {
 public:
  virtual ~AudioSink() = default;
  virtual void Write(std::span<const int16_t> samples) = 0;
  // Appends `count` samples of silence.
  virtual void WriteSilence(uint64_t count);
  // Completes the output (for a file: closes it and moves it into place). A sink destroyed
  // without Finish() leaves no output behind and any earlier file untouched.
  virtual void Finish() = 0;
};

}  // namespace rawi
