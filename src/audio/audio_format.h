// Output audio formats and how they are named on the command line and in file names.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace rawi {

enum class AudioFormat { kWav, kFlac, kOgg };

// "wav", "flac", "ogg" (also "vorbis"); nullopt for anything else.
std::optional<AudioFormat> ParseAudioFormat(const std::string& name);

// The format a file name's extension asks for (.wav, .flac, .ogg, .oga), or nullopt.
std::optional<AudioFormat> AudioFormatFromPath(const std::filesystem::path& path);

// ".wav", ".flac", ".ogg".
std::string Extension(AudioFormat format);

// "wav, flac, ogg": for usage text.
std::string AudioFormatNames();

// libsndfile's SF_FORMAT_* value: WAV PCM 16, FLAC PCM 16, Ogg Vorbis.
int SndfileFormat(AudioFormat format);

}  // namespace rawi
