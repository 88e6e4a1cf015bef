#include "audio/sndfile_sink.h"

#include <cstdio>

#include "util/error.h"

namespace rawi {

SndfileSink::SndfileSink(const std::filesystem::path& path, const SndfileSinkConfig& config)
    : config_(config), file_(path) {
  SF_INFO info{};
  info.samplerate = config.sample_rate;
  info.channels = 1;
  info.format = SndfileFormat(config.format);
  // sf_format_check can accept what sf_open then refuses, so the open result is what counts.
  // Written through the descriptor: reopening the temporary file's name could open another file.
  handle_.reset(sf_open_fd(file_.fd(), SFM_WRITE, &info, SF_FALSE));
  if (!handle_) {
    throw FileError(path.string(), std::string("cannot write audio: ") + sf_strerror(nullptr));
  }
  if (config.format == AudioFormat::kOgg) {
    double quality = config.vorbis_quality;
    sf_command(handle_.get(), SFC_SET_VBR_ENCODING_QUALITY, &quality, sizeof quality);
  }
}

SndfileSink::~SndfileSink() = default;

void SndfileSink::Write(std::span<const int16_t> samples) {
  if (!handle_) throw FileError(file_.target().string(), "audio file is already finished");
  const auto count = static_cast<sf_count_t>(samples.size());
  data_bytes_ += samples.size_bytes();
  if (config_.format == AudioFormat::kWav && data_bytes_ > config_.wav_max_data_bytes) {
    char hours[32];
    std::snprintf(hours, sizeof hours, "%.0f",
                  config_.wav_max_data_bytes / 2.0 / config_.sample_rate / 3600);
    throw FileError(file_.target().string(),
                    std::string("the audio is longer than a WAV file can hold (") + hours +
                        " h at " + std::to_string(config_.sample_rate) +
                        " Hz); write FLAC or Ogg instead (--format flac)");
  }
  if (sf_write_short(handle_.get(), samples.data(), count) != count) {
    throw FileError(file_.target().string(),
                    std::string("cannot write audio: ") + sf_strerror(handle_.get()));
  }
}

void SndfileSink::Finish() {
  if (!handle_) return;
  const int status = sf_close(handle_.release());
  if (status != 0) {
    throw FileError(file_.target().string(),
                    std::string("cannot finish audio file: ") + sf_error_number(status));
  }
  file_.Commit();
}

}  // namespace rawi
