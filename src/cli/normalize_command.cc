#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "normalize/normalizer.h"
#include "read/language.h"
#include "read/text_lines.h"
#include "synth/espeak_synthesizer.h"
#include "synth/voice_profile.h"
#include "util/data_dir.h"
#include "util/error.h"

#include "vocalize/vocalizer.h"

namespace rawi::cli {
namespace {

struct LineFlags {
  std::string input = "-";
  std::string lang;
  std::string lexicon;
  std::string months = "gregorian";
  bool ipa = false;
  bool no_vocalize = false;
};

Normalizer MakeNormalizer(const LineFlags& flags) {
  NormalizerConfig config;
  config.voices_dir = VoicesDir();
  if (!flags.lexicon.empty()) config.user_lexicon = flags.lexicon;
  config.months = ParseMonthNames(flags.months);
  return Normalizer(config);
}

// Calls `line` with the spoken form of every input line, in order.
template <typename F>
void ForEachNormalizedLine(const LineFlags& flags, F&& line) {
  TextLines lines(flags.input);
  const std::string language = flags.lang.empty() ? DetectLanguage(lines.head()) : flags.lang;
  const Normalizer normalizer = MakeNormalizer(flags);
  while (const std::optional<std::string> input = lines.Next()) {
    line(normalizer.Normalize(*input, language), language);
  }
}

void AddLineFlags(CLI::App* command, LineFlags& flags) {
  command->add_option("input", flags.input, "text file, or - for stdin")->capture_default_str();
  command->add_option("--lang", flags.lang,
                      "language of the text: ar, en … (default: from its script)");
  command->add_option("--lexicon", flags.lexicon,
                      "your pronunciation lexicon (WRITTEN<TAB>SPOKEN lines) on top of " +
                          (VoicesDir() / "ar-lexicon.tsv").string());
  command
      ->add_option("--months", flags.months,
                   "Arabic month names: gregorian (يناير…) or syriac (كانون الثاني…)")
      ->capture_default_str();
}

}  // namespace

void AddNormalizeCommand(CLI::App& app, std::function<int()>& run) {
  auto flags = std::make_shared<LineFlags>();
  CLI::App* command = app.add_subcommand(
      "normalize",
      "Print the spoken form of each line (numbers, dates, money… as words); `rawi vocalize` "
      "then adds the short vowels that render adds.");
  AddLineFlags(command, *flags);
  command->callback([flags, &run] {
    run = [flags] {
      ForEachNormalizedLine(
          *flags, [](const std::string& line, const std::string&) { std::cout << line << '\n'; });
      FlushStdout();
      return 0;
    };
  });
}

void AddPhonemesCommand(CLI::App& app, std::function<int()>& run) {
  auto flags = std::make_shared<LineFlags>();
  CLI::App* command = app.add_subcommand(
      "phonemes",
      "Print eSpeak NG's phonemes for each line as render speaks it (normalized, Arabic "
      "vocalized), like espeak-ng -x.");
  AddLineFlags(command, *flags);
  command->add_flag("--ipa", flags->ipa,
                    "International Phonetic Alphabet instead of eSpeak's mnemonics");
  command->add_flag("--no-vocalize", flags->no_vocalize, "leave Arabic without added short vowels");
  command->callback([flags, &run] {
    run = [flags] {
      std::unique_ptr<EspeakSynthesizer> synth;
      std::unique_ptr<Vocalizer> vocalizer;
      ForEachNormalizedLine(*flags, [&](const std::string& line, const std::string& language) {
        if (!synth) {
          synth = std::make_unique<EspeakSynthesizer>();
          synth->SetVoice(ResolveVoiceProfile(DefaultVoiceName(language), VoicesDir()));
          if (!flags->no_vocalize && language.rfind("ar", 0) == 0) {
            VocalizerConfig config;
            config.voices_dir = VoicesDir();
            vocalizer = std::make_unique<Vocalizer>(config);
          }
        }
        const std::string spoken = vocalizer ? vocalizer->Speakable(line) : line;
        std::cout << synth->Phonemes(spoken, flags->ipa) << '\n';
      });
      FlushStdout();
      return 0;
    };
  });
}

}  // namespace rawi::cli
