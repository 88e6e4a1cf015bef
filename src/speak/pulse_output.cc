#include "speak/pulse_output.h"

#include <pulse/error.h>
#include <pulse/simple.h>

#include "util/error.h"

namespace rawi {
namespace {

Error LostOutput(int error) {
  return Error(ErrorKind::kBadInput, std::string("sound output: ") + pa_strerror(error));
}

uint32_t Bytes(int ms, int sample_rate) {
  return static_cast<uint32_t>(static_cast<int64_t>(ms) * sample_rate / 1000 * sizeof(int16_t));
}

}  // namespace

PulseOutput::PulseOutput(int sample_rate, const std::string& stream_name,
                         const PulseOutputConfig& config)
    : sample_rate_(sample_rate) {
  pa_sample_spec spec{};
  spec.format = PA_SAMPLE_S16NE;
  spec.rate = static_cast<uint32_t>(sample_rate);
  spec.channels = 1;
  pa_buffer_attr buffer{};
  buffer.maxlength = static_cast<uint32_t>(-1);
  buffer.tlength = Bytes(config.target_ms, sample_rate);
  buffer.prebuf = static_cast<uint32_t>(-1);  // as much as tlength: start once the buffer is full
  buffer.minreq = Bytes(config.request_ms, sample_rate);
  buffer.fragsize = static_cast<uint32_t>(-1);
  int error = 0;
  stream_ = pa_simple_new(nullptr, "rawi", PA_STREAM_PLAYBACK, nullptr, stream_name.c_str(), &spec,
                          nullptr, &buffer, &error);
  if (stream_ == nullptr) {
    throw Error(ErrorKind::kBadInput, std::string("no sound output: ") + pa_strerror(error));
  }
}

PulseOutput::~PulseOutput() {
  if (stream_ != nullptr) pa_simple_free(stream_);
}

void PulseOutput::Write(std::span<const int16_t> samples) {
  if (samples.empty()) return;
  int error = 0;
  if (pa_simple_write(stream_, samples.data(), samples.size_bytes(), &error) < 0) {
    throw LostOutput(error);
  }
}

uint64_t PulseOutput::Flush() {
  int error = 0;
  // What is queued but unheard: the stream's latency, taken just before it is dropped.
  const pa_usec_t latency = pa_simple_get_latency(stream_, &error);
  if (pa_simple_flush(stream_, &error) < 0) throw LostOutput(error);
  if (latency == static_cast<pa_usec_t>(-1)) return 0;
  return latency * static_cast<uint64_t>(sample_rate_) / 1000000;
}

void PulseOutput::Drain() {
  int error = 0;
  if (pa_simple_drain(stream_, &error) < 0) throw LostOutput(error);
}

}  // namespace rawi
