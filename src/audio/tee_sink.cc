#include "audio/tee_sink.h"

namespace rawi {

void TeeSink::Write(std::span<const int16_t> samples) {
  first_.Write(samples);
  second_.Write(samples);
}

void TeeSink::WriteSilence(uint64_t count) {
  first_.WriteSilence(count);
  second_.WriteSilence(count);
}

void TeeSink::Finish() {
  second_.Finish();
  first_.Finish();
}

}  // namespace rawi
