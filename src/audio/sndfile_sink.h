// Writes audio to a file with libsndfile, atomically: samples go to a temporary file beside the
// target, which Finish() renames over it.
#pragma once

#include <sndfile.h>

#include <cstdint>
#include <filesystem>
#include <memory>

#include "audio/audio_format.h"
#include "audio/audio_sink.h"
#include "util/atomic_file.h"

namespace rawi {

// The most sample bytes a RIFF WAV file can hold: its sizes are 32-bit (about 27 h at 22050 Hz).
inline constexpr uint64_t kWavMaxDataBytes = 0xFFFFFFFFull - 36;

struct SndfileSinkConfig {
  AudioFormat format = AudioFormat::kWav;
  int sample_rate = 22050;
  double vorbis_quality = 0.5;                     // 0 (smallest) .. 1 (best)
  uint64_t wav_max_data_bytes = kWavMaxDataBytes;  // lowered only by tests
};

class SndfileSink : public AudioSink {
 public:
  // Opens the temporary file; throws a FileError naming `path` when it cannot.
  SndfileSink(const std::filesystem::path& path, const SndfileSinkConfig& config);
  ~SndfileSink() override;

  // Throws a FileError naming the file when a WAV would outgrow what WAV can hold (rather than
  // write a file whose sizes wrap around), suggesting FLAC or Ogg.
  void Write(std::span<const int16_t> samples) override;
  void Finish() override;

 private:
  struct CloseSndfile {
    void operator()(SNDFILE* file) const { sf_close(file); }
  };
  SndfileSinkConfig config_;
  uint64_t data_bytes_ = 0;
  AtomicFile file_;
  std::unique_ptr<SNDFILE, CloseSndfile> handle_;
};

}  // namespace rawi
