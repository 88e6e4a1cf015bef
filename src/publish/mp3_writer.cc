#include "publish/mp3_writer.h"

#include <fcntl.h>
#include <lame/lame.h>
#include <unistd.h>

#include "util/error.h"

namespace rawi {

Mp3Writer::Mp3Writer(const std::filesystem::path& path, const Mp3Config& config) : path_(path) {
  Init(config);
  file_ = std::fopen(path.c_str(), "wb+");
  if (file_ == nullptr) {
    lame_close(lame_);
    throw FileError(path.string(), "cannot create the MP3 file");
  }
}

Mp3Writer::Mp3Writer(int fd, const std::filesystem::path& path, const Mp3Config& config)
    : path_(path) {
  Init(config);
  const int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  file_ = copy < 0 ? nullptr : fdopen(copy, "wb+");
  if (file_ == nullptr) {
    if (copy >= 0) close(copy);
    lame_close(lame_);
    throw FileError(path.string(), "cannot create the MP3 file");
  }
}

void Mp3Writer::Init(const Mp3Config& config) {
  lame_ = lame_init();
  if (lame_ == nullptr) throw EngineError("LAME: cannot create an encoder");
  lame_set_in_samplerate(lame_, config.sample_rate);
  lame_set_out_samplerate(lame_, config.sample_rate);
  lame_set_num_channels(lame_, 1);
  lame_set_mode(lame_, MONO);
  lame_set_VBR(lame_, vbr_off);
  lame_set_brate(lame_, config.bitrate_kbps);
  lame_set_quality(lame_, config.quality);
  lame_set_bWriteVbrTag(lame_, 1);
  lame_set_write_id3tag_automatic(lame_, 0);
  if (lame_init_params(lame_) < 0) {
    lame_close(lame_);
    lame_ = nullptr;
    throw FileError(path_.string(), "LAME rejects these MP3 settings");
  }
}

Mp3Writer::~Mp3Writer() {
  if (lame_ != nullptr) lame_close(lame_);
  if (file_ != nullptr) std::fclose(file_);
}

void Mp3Writer::Put(const unsigned char* data, int size) {
  if (size < 0) throw EngineError("LAME: encoding failed (" + std::to_string(size) + ")");
  if (size > 0 &&
      std::fwrite(data, 1, static_cast<size_t>(size), file_) != static_cast<size_t>(size)) {
    throw FileError(path_.string(), "cannot write the MP3 file");
  }
}

void Mp3Writer::Write(std::span<const float> samples) {
  // LAME's worst case: 1.25 * samples + 7200 bytes.
  buffer_.resize(samples.size() * 5 / 4 + 7200);
  const int size = lame_encode_buffer_ieee_float(lame_, samples.data(), nullptr,
                                                 static_cast<int>(samples.size()), buffer_.data(),
                                                 static_cast<int>(buffer_.size()));
  Put(buffer_.data(), size);
}

void Mp3Writer::Finish() {
  buffer_.resize(7200);
  Put(buffer_.data(), lame_encode_flush(lame_, buffer_.data(), static_cast<int>(buffer_.size())));
  lame_mp3_tags_fid(lame_, file_);  // the info frame, at the start of the file
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!closed) throw FileError(path_.string(), "cannot write the MP3 file");
}

}  // namespace rawi
