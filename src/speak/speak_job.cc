#include "speak/speak_job.h"

#include <unistd.h>

#include <memory>

#include "audio/wav_stream_sink.h"
#include "speak/player.h"
#include "speak/pulse_output.h"
#include "speak/terminal.h"
#include "util/error.h"

namespace rawi {

SpeechPlan PlanSpeech(const Document& doc, const SpeakConfig& config) {
  SpeechPlan plan;
  plan.voice = VoiceFor(doc, config.render);
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
  const ArticleRenderer renderer(synth, config.render);
  const Document doc = renderer.Prepare(input);
  const SpeechPlan plan = PlanSpeech(doc, config);

  PlayerConfig player_config;
  player_config.voice = plan.voice;
  if (config.wav_to_stdout) {
    WavStreamSink sink(stdout, synth.sample_rate(), "stdout");
    SinkOutput output(sink);
    Player(synth, plan.reading, output, player_config).Play(plan.start, nullptr);
    return;
  }

  PulseOutput output(synth.sample_rate(),
                     doc.title.empty() ? input.filename().string() : doc.title);
  const bool keys = input != "-" && isatty(STDIN_FILENO);
  if (!keys) {
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

}  // namespace rawi
