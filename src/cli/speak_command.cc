// `rawi speak`: an article read aloud now (speak/speak_job.h), steered from the keyboard.
#include <memory>
#include <optional>

#include "cli/article_flags.h"
#include "cli/commands.h"
#include "speak/speak_job.h"
#include "synth/espeak_synthesizer.h"
#include "synth/voice_profile.h"
#include "util/data_dir.h"
#include "util/error.h"

namespace rawi::cli {
namespace {

struct SpeakFlags {
  std::string article;
  std::string output;
  int from_section = 1;
  bool ssml = false;
  std::optional<int> spd_rate;
  std::optional<int> spd_pitch;
  ArticleFlags text;
};

void CheckSpeechDispatcherScale(const std::string& flag, const std::optional<int>& value) {
  if (value && (*value < -100 || *value > 100)) {
    throw UsageError(flag + " must be from -100 to 100, got " + std::to_string(*value));
  }
}

int RunSpeak(const SpeakFlags& flags) {
  SpeakConfig config;
  config.render.text.voices_dir = VoicesDir();
  ApplyArticleFlags(flags.text, config.render);
  if (!flags.output.empty() && flags.output != "-") {
    throw UsageError(
        "-o " + flags.output +
        ": speak plays the article, or streams WAV with -o -; rawi render writes files");
  }
  config.wav_to_stdout = flags.output == "-";
  if (flags.from_section < 1) {
    throw UsageError("--from-section " + std::to_string(flags.from_section) +
                     ": sections are numbered from 1");
  }
  config.from_section = static_cast<size_t>(flags.from_section);
  CheckSpeechDispatcherScale("--spd-rate", flags.spd_rate);
  CheckSpeechDispatcherScale("--spd-pitch", flags.spd_pitch);
  if (flags.spd_rate && flags.text.rate != 0) {
    throw UsageError("--spd-rate and --rate both set the rate; give one");
  }
  config.ssml = flags.ssml;
  config.spd_rate = flags.spd_rate;
  config.spd_pitch = flags.spd_pitch;
  EspeakSynthesizer synth;
  SpeakArticle(synth, flags.article, config);
  return 0;
}

}  // namespace

void AddSpeakCommand(CLI::App& app, std::function<int()>& run) {
  const auto [speak, flags] = AddCommand(
      app, run, "speak",
      "Read an article aloud now. On a terminal: space pause/play, n/p next/previous sentence, "
      "N/P next/previous section, +/- faster/slower, q quit.",
      &RunSpeak);
  speak
      ->add_option("article", flags.article,
                   "article file, http(s) URL, or - for standard input (with --ssml: - or a file)")
      ->required();
  speak->add_option("-o,--output", flags.output,
                    "- streams WAV to stdout instead of playing (as rawi render -o -)");
  speak
      ->add_option("--from-section", flags.from_section,
                   "start at section K (1: the lede, or the first section)")
      ->capture_default_str();
  speak->add_flag("--ssml", flags.ssml,
                  "the input is what a screen reader says (Speech Dispatcher: SSML, or plain "
                  "text), read straight through");
  speak->add_option(
      "--spd-rate", flags.spd_rate,
      "rate on Speech Dispatcher's scale, -100 to 100: 0 is the voice's rate, 100 is " +
          std::to_string(kMaxRateWpm) + " and -100 is " + std::to_string(kMinRateWpm) +
          " words per minute, linear between");
  speak->add_option("--spd-pitch", flags.spd_pitch,
                    "pitch on Speech Dispatcher's scale, -100 to 100: 0 is the voice's pitch, "
                    "100 is eSpeak's highest and -100 its lowest");
  AddArticleFlags(*speak, flags.text, "the article");
}

}  // namespace rawi::cli
