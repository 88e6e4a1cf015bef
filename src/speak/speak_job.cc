#include "speak/speak_job.h"

#include <unistd.h>

#include <cmath>
#include <memory>

#include "audio/wav_stream_sink.h"
#include "speak/player.h"
#include "speak/pulse_output.h"
#include "speak/speech_text.h"
#include "speak/terminal.h"
#include "util/error.h"

namespace rawi {
namespace {

// Plays `plan` to the end: to stdout for -o -, else through the sound server, steered by the keys
// of the terminal on standard input when `keys` allows and there is one.
void Play(Synthesizer& synth, const SpeechPlan& plan, const SpeakConfig& config,
          const std::string& stream_name, bool keys) {
  PlayerConfig player_config;
  player_config.voice = plan.voice;
  if (config.wav_to_stdout) {
    WavStreamSink sink(stdout, synth.sample_rate(), "stdout");
    SinkOutput output(sink);
    Player(synth, plan.reading, output, player_config).Play(plan.start, nullptr);
    return;
  }

  PulseOutput output(synth.sample_rate(), stream_name);
  if (!keys || !isatty(STDIN_FILENO)) {
    Player(synth, plan.reading, output, player_config).Play(plan.start, nullptr);
    return;
  }
  const bool status = isatty(STDERR_FILENO);
  if (status) {
    player_config.on_status = [&plan](const PlayerStatus& now) {
      ShowStatus(STDERR_FILENO, plan.reading, now);
    };
  }
  TerminalKeys terminal(STDIN_FILENO);
  Player(synth, plan.reading, output, player_config).Play(plan.start, &terminal);
  if (status) ClearStatus(STDERR_FILENO);
}

void SpeakScreenReaderText(Synthesizer& synth, const std::filesystem::path& input,
                           const SpeakConfig& config) {
  const RenderConfig& render = config.render;
  const SpeechInput text = LoadSpeechInput(input, render.text.reader.max_file_bytes);
  const std::string fallback =
      render.voice.empty() ? "ar"
                           : ResolveVoiceProfile(render.voice, render.text.voices_dir).language;
  const ArticleRenderer renderer(synth, render);
  const std::string source = input == "-" ? "stdin" : input.string();
  const Document doc =
      renderer.PrepareRead(SpeechDocument(text, source, fallback, render.text.language));
  SpeechPlan plan = PlanSpeech(doc, config);
  ApplyBlockPauses(text, doc, plan.voice.pauses, plan.reading);
  Play(synth, plan, config, "screen reader", /*keys=*/false);
}

}  // namespace

int SpeechDispatcherScale(int value, int base, int low, int high) {
  const double share = value / 100.0;
  const double scaled = value >= 0 ? base + (high - base) * share : base + (base - low) * share;
  return static_cast<int>(std::lround(scaled));
}

SpeechPlan PlanSpeech(const Document& doc, const SpeakConfig& config) {
  SpeechPlan plan;
  plan.voice = VoiceFor(doc, config.render);
  if (config.spd_rate) {
    plan.voice.rate_wpm =
        SpeechDispatcherScale(*config.spd_rate, plan.voice.rate_wpm, kMinRateWpm, kMaxRateWpm);
  }
  if (config.spd_pitch) {
    plan.voice.pitch = SpeechDispatcherScale(*config.spd_pitch, plan.voice.pitch, 0, 100);
  }
  plan.reading = ReadingOrder(doc, plan.voice.pauses);
  const size_t sections = doc.sections.size();
  if (config.from_section < 1 || config.from_section > sections) {
    throw UsageError("--from-section " + std::to_string(config.from_section) + ": " + doc.source +
                     " has " + std::to_string(sections) +
                     (sections == 1 ? " section" : " sections"));
  }
  plan.start = SectionStart(plan.reading, config.from_section - 1);
  return plan;
}

void SpeakArticle(Synthesizer& synth, const std::filesystem::path& input,
                  const SpeakConfig& config) {
  if (config.ssml) {
    SpeakScreenReaderText(synth, input, config);
    return;
  }
  const ArticleRenderer renderer(synth, config.render);
  const Document doc = renderer.Prepare(input);
  const SpeechPlan plan = PlanSpeech(doc, config);
  Play(synth, plan, config,
       doc.title.written.empty() ? input.filename().string() : doc.title.written,
       /*keys=*/input != "-");
}

}  // namespace rawi
