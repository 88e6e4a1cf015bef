#include "support/audio_file.h"

#include <gtest/gtest.h>
#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace rawi::testing {
namespace {

AudioData ReadAll(SNDFILE* file, const SF_INFO& info) {
  AudioData data;
  data.sample_rate = info.samplerate;
  data.channels = info.channels;
  data.format = info.format;
  std::vector<int16_t> buffer(8192 * std::max(1, info.channels));
  sf_count_t frames;
  while ((frames = sf_readf_short(file, buffer.data(), 8192)) > 0) {
    for (sf_count_t i = 0; i < frames; ++i) data.samples.push_back(buffer[i * info.channels]);
  }
  sf_close(file);
  return data;
}

struct Memory {
  const std::string* bytes;
  sf_count_t position = 0;
};

sf_count_t Length(void* user) { return static_cast<Memory*>(user)->bytes->size(); }
sf_count_t Seek(sf_count_t offset, int whence, void* user) {
  auto* m = static_cast<Memory*>(user);
  const sf_count_t size = static_cast<sf_count_t>(m->bytes->size());
  sf_count_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? m->position : size;
  m->position = std::clamp<sf_count_t>(base + offset, 0, size);
  return m->position;
}
sf_count_t Read(void* ptr, sf_count_t count, void* user) {
  auto* m = static_cast<Memory*>(user);
  count = std::min<sf_count_t>(count, static_cast<sf_count_t>(m->bytes->size()) - m->position);
  std::memcpy(ptr, m->bytes->data() + m->position, static_cast<size_t>(count));
  m->position += count;
  return count;
}
sf_count_t Write(const void*, sf_count_t, void*) { return 0; }
sf_count_t Tell(void* user) { return static_cast<Memory*>(user)->position; }

}  // namespace

AudioData ReadAudio(const std::filesystem::path& path) {
  SF_INFO info{};
  SNDFILE* file = sf_open(path.c_str(), SFM_READ, &info);
  if (file == nullptr) {
    ADD_FAILURE() << "libsndfile cannot read " << path << ": " << sf_strerror(nullptr);
    return {};
  }
  return ReadAll(file, info);
}

AudioData ReadAudioBytes(const std::string& bytes) {
  SF_VIRTUAL_IO io{Length, Seek, Read, Write, Tell};
  Memory memory{&bytes};
  SF_INFO info{};
  SNDFILE* file = sf_open_virtual(&io, SFM_READ, &info, &memory);
  if (file == nullptr) {
    ADD_FAILURE() << "libsndfile cannot read the stream: " << sf_strerror(nullptr);
    return {};
  }
  return ReadAll(file, info);
}

size_t FindSamples(const std::vector<int16_t>& samples, const std::vector<int16_t>& what) {
  if (what.empty() || what.size() > samples.size()) return samples.size();
  const auto at = std::search(samples.begin(), samples.end(), what.begin(), what.end());
  return static_cast<size_t>(at - samples.begin());
}

double Rms(const std::vector<int16_t>& samples, size_t begin, size_t end) {
  end = std::min(end, samples.size());
  if (begin >= end) return 0;
  double sum = 0;
  for (size_t i = begin; i < end; ++i) sum += static_cast<double>(samples[i]) * samples[i];
  return std::sqrt(sum / static_cast<double>(end - begin));
}

}  // namespace rawi::testing
