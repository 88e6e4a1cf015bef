// Reads audio back with libsndfile, for assertions on what rawi wrote.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace rawi::testing {

struct AudioData {
  int sample_rate = 0;
  int channels = 0;
  int format = 0;  // SF_FORMAT_* major | minor
  std::vector<int16_t> samples;
  double duration() const { return static_cast<double>(samples.size()) / sample_rate; }
};

// Fails the calling test (and returns empty data) when the file cannot be read.
AudioData ReadAudio(const std::filesystem::path& path);
AudioData ReadAudioBytes(const std::string& bytes);

// Where `what` first occurs in `samples`, sample for sample; samples.size() when nowhere.
size_t FindSamples(const std::vector<int16_t>& samples, const std::vector<int16_t>& what);

// Root mean square level of samples [begin, end), clamped to the data.
double Rms(const std::vector<int16_t>& samples, size_t begin, size_t end);

}  // namespace rawi::testing
