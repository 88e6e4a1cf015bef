// `rawi normalize` and `rawi phonemes`: each input line as render's TextPipeline speaks it, as
// text (normalized) or as eSpeak NG's phonemes (normalized, then vocalized when Arabic).
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/line_flags.h"
#include "synth/espeak_synthesizer.h"
#include "synth/voice_profile.h"
#include "text/language.h"
#include "util/data_dir.h"

namespace rawi::cli {
namespace {

struct PhonemesFlags {
  LineFlags line;
  bool ipa = false;
};

int RunNormalize(const LineFlags& flags) {
  TextLines lines(flags.input);
  const std::string language = LinesLanguage(flags, lines);
  TextConfig config = LineTextConfig(flags);
  config.vocalize = false;  // the vocalizer's data is not even loaded: `rawi vocalize` adds vowels
  const TextPipeline pipeline(config);
  while (const std::optional<std::string> input = lines.Next()) {
    std::cout << pipeline.SpokenLine(*input, language) << '\n';
  }
  FlushStdout();
  return 0;
}

int RunPhonemes(const PhonemesFlags& flags) {
  TextLines lines(flags.line.input);
  const std::string language = LinesLanguage(flags.line, lines);
  TextConfig config = LineTextConfig(flags.line);
  config.vocalize = config.vocalize && Language(language).IsArabic();  // only Arabic is vocalized
  const TextPipeline pipeline(config);
  // The engine is started on the first line: an empty input needs none.
  std::unique_ptr<EspeakSynthesizer> synth;
  while (const std::optional<std::string> input = lines.Next()) {
    if (!synth) {
      synth = std::make_unique<EspeakSynthesizer>();
      synth->SetVoice(ResolveVoiceProfile(DefaultVoiceName(language), VoicesDir()));
    }
    std::cout << synth->Phonemes(pipeline.SpokenLine(*input, language), flags.ipa) << '\n';
  }
  FlushStdout();
  return 0;
}

}  // namespace

void AddNormalizeCommand(CLI::App& app, std::function<int()>& run) {
  const auto [command, flags] = AddCommand(
      app, run, "normalize",
      "Print the spoken form of each line (numbers, dates, money… as words); `rawi vocalize` "
      "then adds the short vowels that render adds.",
      &RunNormalize);
  AddLineFlags(*command, flags, {.vocalization = false, .no_vocalize = false});
}

void AddPhonemesCommand(CLI::App& app, std::function<int()>& run) {
  const auto [command, flags] =
      AddCommand(app, run, "phonemes",
                 "Print eSpeak NG's phonemes for each line as render speaks it (normalized, Arabic "
                 "vocalized), like espeak-ng -x.",
                 &RunPhonemes);
  AddLineFlags(*command, flags.line, {});
  command->add_flag("--ipa", flags.ipa,
                    "International Phonetic Alphabet instead of eSpeak's mnemonics");
}

}  // namespace rawi::cli
