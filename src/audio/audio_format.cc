#include "audio/audio_format.h"

#include <sndfile.h>

#include <algorithm>
#include <cctype>

namespace rawi {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

std::optional<AudioFormat> ParseAudioFormat(const std::string& name) {
  const std::string n = Lower(name);
  if (n == "wav") return AudioFormat::kWav;
  if (n == "flac") return AudioFormat::kFlac;
  if (n == "ogg" || n == "vorbis" || n == "oga") return AudioFormat::kOgg;
  return std::nullopt;
}

std::optional<AudioFormat> AudioFormatFromPath(const std::filesystem::path& path) {
  const std::string ext = path.extension().string();
  if (ext.size() < 2) return std::nullopt;
  return ParseAudioFormat(ext.substr(1));
}

std::string Extension(AudioFormat format) {
  switch (format) {
    case AudioFormat::kWav:
      return ".wav";
    case AudioFormat::kFlac:
      return ".flac";
    case AudioFormat::kOgg:
      return ".ogg";
  }
  return ".wav";
}

std::string AudioFormatNames() { return "wav, flac, ogg"; }

int SndfileFormat(AudioFormat format) {
  switch (format) {
    case AudioFormat::kWav:
      return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    case AudioFormat::kFlac:
      return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    case AudioFormat::kOgg:
      return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
  }
  return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
}

}  // namespace rawi
