#include "render/render_job.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "audio/duration_limit_sink.h"
#include "audio/sndfile_sink.h"
#include "audio/tee_sink.h"
#include "audio/wav_stream_sink.h"
#include "render/credit_line.h"
#include "render/narrator.h"
#include "render/timings_json.h"
#include "util/atomic_file.h"
#include "util/duration.h"
#include "util/error.h"

namespace rawi {
namespace {

bool IsFolderLike(const std::string& output) {
  std::error_code ec;
  return output.back() == '/' || std::filesystem::is_directory(output, ec);
}

}  // namespace

std::filesystem::path AudioPathFor(const std::filesystem::path& input, const std::string& output,
                                   const std::optional<AudioFormat>& format, bool several) {
  const std::string extension = Extension(format.value_or(AudioFormat::kWav));
  std::filesystem::path beside = input;
  beside.replace_extension(extension);
  if (output.empty()) return beside;
  if (output == "-") {
    if (several) throw UsageError("-o - streams one article; give a folder for several");
    if (format && *format != AudioFormat::kWav) {
      throw UsageError("-o - streams WAV only, not --format " + Extension(*format).substr(1));
    }
    return "-";
  }
  if (IsFolderLike(output)) return std::filesystem::path(output) / beside.filename();
  if (several) throw UsageError("-o " + output + ": several articles need an output folder");
  const auto from_name = AudioFormatFromPath(output);
  if (!from_name && !format) {
    throw UsageError("-o " + output + ": cannot tell the audio format from the name; use .wav, " +
                     ".flac or .ogg, or --format");
  }
  if (from_name && format && *from_name != *format) {
    throw UsageError("-o " + output + ": the extension does not match --format " +
                     Extension(*format).substr(1));
  }
  return output;
}

std::filesystem::path TimingsPathFor(const std::filesystem::path& input,
                                     const std::filesystem::path& timings, bool several) {
  if (!several) return timings;
  return timings / (input.stem().string() + ".timings.json");
}

void RefuseToOverwriteInput(const std::filesystem::path& input,
                            const std::filesystem::path& audio) {
  std::error_code ec;
  if (audio != "-" && std::filesystem::equivalent(input, audio, ec)) {
    throw FileError(audio.string(), "output would overwrite the input article");
  }
}

VoiceProfile VoiceFor(const Document& doc, const RenderConfig& config) {
  VoiceProfile voice = ResolveVoiceProfile(
      config.voice.empty() ? DefaultVoiceName(doc.language) : config.voice, config.text.voices_dir);
  if (config.rate_wpm) voice.rate_wpm = *config.rate_wpm;
  return voice;
}

ArticleRenderer::ArticleRenderer(Synthesizer& synth, RenderConfig config)
    : synth_(synth), config_(std::move(config)), text_(config_.text) {}

Document ArticleRenderer::Prepare(const std::filesystem::path& input) const {
  Document doc = text_.Prepare(input);
  AddCredits(doc, VoiceFor(doc, config_).announce,
             [this](std::string_view line, const std::string& language) {
               return text_.SpokenLine(line, language);
             });
  return doc;
}

Timings ArticleRenderer::Render(const std::filesystem::path& input,
                                const std::filesystem::path& audio,
                                const std::optional<std::filesystem::path>& timings,
                                Document* spoken) {
  RefuseToOverwriteInput(input, audio);
  if (spoken == nullptr) return RenderPrepared(Prepare(input), audio, timings);
  *spoken = Prepare(input);
  return RenderPrepared(*spoken, audio, timings);
}

Timings ArticleRenderer::RenderPrepared(const Document& doc, const std::filesystem::path& audio,
                                        const std::optional<std::filesystem::path>& timings,
                                        const std::optional<std::filesystem::path>& wav_copy) {
  const VoiceProfile voice = VoiceFor(doc, config_);
  synth_.SetVoice(voice);

  // Opened before any audio is made, so an unwritable timings path fails early.
  std::unique_ptr<AtomicFile> timings_file;
  if (timings && *timings != "-") timings_file = std::make_unique<AtomicFile>(*timings);

  std::unique_ptr<AudioSink> sink;
  if (audio == "-") {
    sink = std::make_unique<WavStreamSink>(stdout, synth_.sample_rate(), "stdout");
  } else {
    SndfileSinkConfig sink_config;
    sink_config.format =
        config_.format.value_or(AudioFormatFromPath(audio).value_or(AudioFormat::kWav));
    sink_config.sample_rate = synth_.sample_rate();
    sink_config.vorbis_quality = config_.vorbis_quality;
    sink = std::make_unique<SndfileSink>(audio, sink_config);
  }
  std::unique_ptr<AudioSink> copy;
  std::unique_ptr<AudioSink> tee;
  if (wav_copy) {
    SndfileSinkConfig copy_config;  // WAV
    copy_config.sample_rate = synth_.sample_rate();
    copy = std::make_unique<SndfileSink>(*wav_copy, copy_config);
    tee = std::make_unique<TeeSink>(*sink, *copy);
  }
  const auto max_samples =
      static_cast<uint64_t>(config_.max_duration_seconds * synth_.sample_rate());
  DurationLimitSink limited(tee ? *tee : *sink, max_samples);
  Timings result;
  try {
    result = Narrate(doc, voice, synth_, limited);
  } catch (const AudioTooLong&) {
    throw FileError(doc.source, "the audio would be longer than --max-duration " +
                                    FormatDuration(config_.max_duration_seconds) +
                                    " (raise it, or 0 for no limit)");
  }
  limited.Finish();

  if (timings_file) {
    timings_file->WriteAll(TimingsToJson(result, audio.string()));
    timings_file->Commit();
  } else if (timings) {
    const std::string json = TimingsToJson(result, audio.string());
    if (std::fwrite(json.data(), 1, json.size(), stdout) != json.size() ||
        std::fflush(stdout) != 0) {
      throw FileError("stdout", std::string("cannot write the timings: ") + std::strerror(errno));
    }
  }
  return result;
}

}  // namespace rawi
