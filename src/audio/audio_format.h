// The audio formats rawi writes, in one table: each format's name (for --format and messages),
// file extension, MIME type and libsndfile format. Not every stage writes every format: `render`
// streams through libsndfile (kRenderFormats); `publish` also writes MP3, which LAME encodes
// (publish/mp3_writer.h), and Opus (kEpisodeFormats).
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace rawi {

enum class AudioFormat { kWav, kFlac, kOgg, kMp3, kOpus };

// What `render` writes, in the order its usage text lists them.
inline constexpr AudioFormat kRenderFormats[] = {AudioFormat::kWav, AudioFormat::kFlac,
                                                 AudioFormat::kOgg};
// What `publish` writes, in the order its usage text lists them.
inline constexpr AudioFormat kEpisodeFormats[] = {AudioFormat::kMp3, AudioFormat::kOpus,
                                                  AudioFormat::kOgg, AudioFormat::kFlac,
                                                  AudioFormat::kWav};

// A format `render` writes by name: "wav", "flac", "ogg" (also "vorbis" and "oga"), in any case;
// nullopt for anything else (MP3 and Opus included).
std::optional<AudioFormat> ParseAudioFormat(const std::string& name);

// The format `render` writes that a file name's extension asks for (.wav, .flac, .ogg, .oga), or
// nullopt.
std::optional<AudioFormat> AudioFormatFromPath(const std::filesystem::path& path);

// The format in `among` whose name is exactly `name` ("mp3", not "MP3" or an alias), or nullopt.
std::optional<AudioFormat> FindAudioFormat(std::string_view name,
                                           std::span<const AudioFormat> among);

// "wav", "flac", "ogg", "mp3", "opus".
std::string_view Name(AudioFormat format);

// ".wav", ".flac", ".ogg", ".mp3", ".opus".
std::string Extension(AudioFormat format);

// "audio/wav", "audio/flac", "audio/ogg", "audio/mpeg", "audio/ogg; codecs=opus".
std::string MimeType(AudioFormat format);

// The names of `among`, in its order: "wav, flac, ogg" for usage text and errors.
std::string AudioFormatNames(std::span<const AudioFormat> among = kRenderFormats);

// libsndfile's SF_FORMAT_* value: WAV PCM 16, FLAC PCM 16, Ogg Vorbis, Ogg Opus; 0 for MP3,
// which libsndfile does not write here (LAME does).
int SndfileFormat(AudioFormat format);

}  // namespace rawi
