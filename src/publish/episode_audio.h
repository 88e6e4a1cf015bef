// Podcast audio from a rendered article: loudness-normalized (EBU R 128 with libebur128),
// resampled (libsoxr), peak-limited, encoded (MP3 with LAME, publish/mp3_writer.h; Opus, Ogg
// Vorbis, FLAC and WAV with libsndfile) and tagged with TagLib.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "render/timings.h"

namespace rawi {

// A format an episode can be in (kEpisodeFormats) by its exact name: "mp3", "opus", "ogg",
// "flac", "wav"; throws a UsageError "--format NAME: unknown podcast format (use …)" for
// anything else. Extensions and MIME types: audio/audio_format.h.
AudioFormat ParseEpisodeFormat(const std::string& name);

struct EpisodeAudioConfig {
  AudioFormat format = AudioFormat::kMp3;
  int bitrate_kbps = 96;         // MP3 CBR
  double loudness_lufs = -16.0;  // integrated loudness target
  double true_peak_dbtp = -1.0;  // ceiling
};

struct Chapter {
  std::string title;
  double start = 0;  // seconds
  double end = 0;
};

// One chapter per section, named by its heading (the lede by `lede_title`): the first starts at 0,
// each ends where the next starts, the last at the end of the audio.
std::vector<Chapter> SectionChapters(const Timings& timings, const std::string& lede_title);

struct EpisodeTags {
  std::string title;
  std::string artist;
  std::string album;
  std::vector<Chapter> chapters;  // ID3v2 CTOC + CHAP in MP3
};

struct EpisodeAudio {
  double duration = 0;        // seconds, of the encoded audio
  double input_loudness = 0;  // LUFS before normalization
  int sample_rate = 0;
};

// The output sample rate of a format: 48000 for Opus, 44100 otherwise (22.05 kHz MP3 lacks the
// LAME info header, so decoders misjudge its duration).
int EpisodeSampleRate(AudioFormat format);

// Encodes the mono PCM file `pcm` (any rate libsndfile reads) into `out`, atomically: gain to
// loudness_lufs, resampled to EpisodeSampleRate, limited below true_peak_dbtp (with a margin for
// the codec), encoded in `config.format`. MP3 files get ID3v2.3 tags and chapters and no ID3v1
// tag; the other formats get title, artist and album where TagLib can write them. Throws a
// FileError naming `out` on failure.
EpisodeAudio EncodeEpisodeAudio(const std::filesystem::path& pcm, const std::filesystem::path& out,
                                const EpisodeAudioConfig& config, const EpisodeTags& tags);

// Integrated loudness (LUFS) and true peak (dBTP) of an audio file, as libebur128 measures it
// (mono marked dual-mono).
struct Loudness {
  double integrated = 0;
  double true_peak = 0;
};
Loudness MeasureLoudness(const std::filesystem::path& file);
// The same, without the (costly, oversampled) true peak when `true_peak` is false.
Loudness MeasureLoudness(const std::filesystem::path& file, bool true_peak);

}  // namespace rawi
