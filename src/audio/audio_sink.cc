#include "audio/audio_sink.h"

#include <algorithm>
#include <iterator>

namespace rawi {

void AudioSink::WriteSilence(uint64_t count) {
  static const int16_t kZeros[4096] = {};
  while (count > 0) {
    const uint64_t n = std::min<uint64_t>(count, std::size(kZeros));
    Write(std::span<const int16_t>(kZeros, n));
    count -= n;
  }
}

}  // namespace rawi
