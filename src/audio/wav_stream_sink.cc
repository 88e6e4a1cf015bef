#include "audio/wav_stream_sink.h"

#include <array>
#include <cstdint>
#include <vector>

#include "util/error.h"

namespace rawi {
namespace {

void PutLe(std::vector<uint8_t>& bytes, uint32_t value, int size) {
  for (int i = 0; i < size; ++i) bytes.push_back(static_cast<uint8_t>(value >> (8 * i)));
}

void PutTag(std::vector<uint8_t>& bytes, const char (&tag)[5]) {
  bytes.insert(bytes.end(), tag, tag + 4);
}

}  // namespace

WavStreamSink::WavStreamSink(std::FILE* out, int sample_rate, std::string name)
    : out_(out), name_(std::move(name)) {
  constexpr uint32_t kUnknownSize = 0xFFFFFFFF;
  constexpr uint16_t kChannels = 1;
  constexpr uint16_t kBitsPerSample = 16;
  const uint32_t rate = static_cast<uint32_t>(sample_rate);
  std::vector<uint8_t> header;
  PutTag(header, "RIFF");
  PutLe(header, kUnknownSize, 4);
  PutTag(header, "WAVE");
  PutTag(header, "fmt ");
  PutLe(header, 16, 4);  // fmt chunk size
  PutLe(header, 1, 2);   // PCM
  PutLe(header, kChannels, 2);
  PutLe(header, rate, 4);
  PutLe(header, rate * kChannels * kBitsPerSample / 8, 4);  // byte rate
  PutLe(header, kChannels * kBitsPerSample / 8, 2);         // block align
  PutLe(header, kBitsPerSample, 2);
  PutTag(header, "data");
  PutLe(header, kUnknownSize, 4);
  WriteBytes(header.data(), header.size());
}

void WavStreamSink::Write(std::span<const int16_t> samples) {
  std::array<uint8_t, 8192> buffer;
  size_t used = 0;
  for (int16_t sample : samples) {
    const auto value = static_cast<uint16_t>(sample);
    buffer[used++] = static_cast<uint8_t>(value & 0xFF);
    buffer[used++] = static_cast<uint8_t>(value >> 8);
    if (used == buffer.size()) {
      WriteBytes(buffer.data(), used);
      used = 0;
    }
  }
  if (used > 0) WriteBytes(buffer.data(), used);
}

void WavStreamSink::Finish() {
  if (std::fflush(out_) != 0) throw FileError(name_, "cannot write audio stream");
}

void WavStreamSink::WriteBytes(const void* data, size_t size) {
  if (std::fwrite(data, 1, size, out_) != size) {
    throw FileError(name_, "cannot write audio stream (closed pipe?)");
  }
}

}  // namespace rawi
