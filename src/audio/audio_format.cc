#include "audio/audio_format.h"

#include <sndfile.h>

#include <algorithm>
#include <cctype>

namespace rawi {
namespace {

struct FormatInfo {
  AudioFormat format;
  std::string_view name;
  std::string_view extension;
  std::string_view mime_type;
  int sndfile_format;
  std::string_view aliases[2];  // other names `render` takes (and extensions it knows)
};

constexpr FormatInfo kFormats[] = {
    {AudioFormat::kWav, "wav", ".wav", "audio/wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, {}},
    {AudioFormat::kFlac, "flac", ".flac", "audio/flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, {}},
    {AudioFormat::kOgg,
     "ogg",
     ".ogg",
     "audio/ogg",
     SF_FORMAT_OGG | SF_FORMAT_VORBIS,
     {"vorbis", "oga"}},
    {AudioFormat::kMp3, "mp3", ".mp3", "audio/mpeg", 0, {}},
    {AudioFormat::kOpus,
     "opus",
     ".opus",
     "audio/ogg; codecs=opus",
     SF_FORMAT_OGG | SF_FORMAT_OPUS,
     {}},
};

const FormatInfo& Info(AudioFormat format) {
  for (const FormatInfo& info : kFormats) {
    if (info.format == format) return info;
  }
  return kFormats[0];
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

std::optional<AudioFormat> ParseAudioFormat(const std::string& name) {
  const std::string n = Lower(name);
  for (const AudioFormat format : kRenderFormats) {
    const FormatInfo& info = Info(format);
    if (n == info.name || (!n.empty() && std::ranges::count(info.aliases, n) > 0)) return format;
  }
  return std::nullopt;
}

std::optional<AudioFormat> AudioFormatFromPath(const std::filesystem::path& path) {
  const std::string ext = path.extension().string();
  if (ext.size() < 2) return std::nullopt;
  return ParseAudioFormat(ext.substr(1));
}

std::optional<AudioFormat> FindAudioFormat(std::string_view name,
                                           std::span<const AudioFormat> among) {
  for (const AudioFormat format : among) {
    if (Info(format).name == name) return format;
  }
  return std::nullopt;
}

std::string_view Name(AudioFormat format) { return Info(format).name; }

std::string Extension(AudioFormat format) { return std::string(Info(format).extension); }

std::string MimeType(AudioFormat format) { return std::string(Info(format).mime_type); }

std::string AudioFormatNames(std::span<const AudioFormat> among) {
  std::string names;
  for (const AudioFormat format : among) {
    names += (names.empty() ? "" : ", ") + std::string(Info(format).name);
  }
  return names;
}

int SndfileFormat(AudioFormat format) { return Info(format).sndfile_format; }

}  // namespace rawi
