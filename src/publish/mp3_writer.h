// MP3 encoding with LAME directly: libsndfile's MPEG writer fixes LAME's algorithm quality at 2,
// which makes encoding several times slower than synthesis; speech at 96 kbps mono loses nothing
// audible at quality 7. Writes constant bit rate with a LAME/Xing info frame, so players know the
// exact duration and encoder delay.
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <span>
#include <vector>

struct lame_global_struct;

namespace rawi {

struct Mp3Config {
  int sample_rate = 44100;
  int bitrate_kbps = 96;
  int quality = 7;  // LAME's 0 (best, slowest) .. 9
};

class Mp3Writer {
 public:
  // Creates `path`; throws a FileError naming it on failure.
  Mp3Writer(const std::filesystem::path& path, const Mp3Config& config);
  // Writes at the current offset of the open file `fd` (a duplicate of it: the caller keeps
  // `fd`); errors name `path`.
  Mp3Writer(int fd, const std::filesystem::path& path, const Mp3Config& config);
  ~Mp3Writer();
  Mp3Writer(const Mp3Writer&) = delete;
  Mp3Writer& operator=(const Mp3Writer&) = delete;

  // Mono samples in -1..1.
  void Write(std::span<const float> samples);
  // Flushes the encoder and writes the info frame; the file is complete afterwards.
  void Finish();

 private:
  void Init(const Mp3Config& config);
  void Put(const unsigned char* data, int size);

  std::filesystem::path path_;
  lame_global_struct* lame_ = nullptr;
  std::FILE* file_ = nullptr;
  std::vector<unsigned char> buffer_;
};

}  // namespace rawi
