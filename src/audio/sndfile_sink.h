// Writes audio to a file with libsndfile, atomically: samples go to a temporary file beside the
// target, which Finish() renames over it.
#pragma once

#include <sndfile.h>

#include <filesystem>
#include <memory>

#include "audio/audio_format.h"
#include "audio/audio_sink.h"
#include "util/atomic_file.h"

namespace rawi {

struct SndfileSinkConfig {
  AudioFormat format = AudioFormat::kWav;
  int sample_rate = 22050;
  double vorbis_quality = 0.5;  // 0 (smallest) .. 1 (best)
};

class SndfileSink : public AudioSink {
 public:
  // Opens the temporary file; throws a FileError naming `path` when it cannot.
  SndfileSink(const std::filesystem::path& path, const SndfileSinkConfig& config);
  ~SndfileSink() override;

  void Write(std::span<const int16_t> samples) override;
  void Finish() override;

 private:
  struct CloseSndfile {
    void operator()(SNDFILE* file) const { sf_close(file); }
  };
  AtomicFile file_;
  std::unique_ptr<SNDFILE, CloseSndfile> handle_;
};

}  // namespace rawi
