// `rawi vocalize`: the text as the vocalize stage hands it to eSpeak NG, with --explain (which
// layer vocalized each word) and --score (the vowel-less rate and, against --gold, the word error
// rate; see vocalize/vocalization_score.h).
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "normalize/normalizer.h"
#include "read/language.h"
#include "read/text_lines.h"
#include "synth/espeak_synthesizer.h"
#include "synth/voice_profile.h"
#include "util/data_dir.h"
#include "util/error.h"

#include "vocalize/espeak_spelling.h"
#include "vocalize/vocalization_score.h"
#include "vocalize/vocalizer.h"

namespace rawi::cli {
namespace {

struct VocalizeFlags {
  std::string input = "-";
  std::string lang;
  std::string lexicon;
  std::string thesaurus;
  std::vector<std::string> skip;
  std::string gold;
  bool explain = false;
  bool score = false;
};

// The process's one eSpeak NG engine with the Arabic voice, made on first use.
class ArabicPhonemes {
 public:
  std::string operator()(std::string_view text) {
    if (!synth_) {
      synth_ = std::make_unique<EspeakSynthesizer>();
      synth_->SetVoice(ResolveVoiceProfile(DefaultVoiceName("ar"), VoicesDir()));
    }
    return synth_->Phonemes(text, true);
  }

 private:
  std::unique_ptr<EspeakSynthesizer> synth_;
};

std::string Percent(size_t part, size_t whole) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f%%", whole ? 100.0 * part / whole : 0.0);
  return buffer;
}

int RunVocalize(const VocalizeFlags& flags) {
  if (!flags.gold.empty() && !flags.score) throw UsageError("--gold needs --score");
  VocalizerConfig config;
  config.voices_dir = VoicesDir();
  if (!flags.lexicon.empty()) config.user_lexicon = flags.lexicon;
  if (flags.thesaurus == "none") {
    config.thesaurus = std::filesystem::path();
  } else if (!flags.thesaurus.empty()) {
    config.thesaurus = flags.thesaurus;
  }
  for (const std::string& layer : flags.skip) config.disabled.insert(LayerFromName(layer));
  const std::string gold = flags.gold.empty() ? "" : ReadTextLines(flags.gold);

  auto phonemes = std::make_shared<ArabicPhonemes>();
  const Phonemizer phonemizer = [phonemes](std::string_view text) { return (*phonemes)(text); };
  TextLines lines(flags.input);
  const std::string language = flags.lang.empty() ? DetectLanguage(lines.head()) : flags.lang;
  NormalizerConfig normalizer_config;
  normalizer_config.voices_dir = VoicesDir();
  const Normalizer normalizer(normalizer_config);
  const Vocalizer vocalizer(config, flags.explain ? phonemizer : Phonemizer());
  const bool arabic = language.rfind("ar", 0) == 0;

  // Only --score keeps the text: the other modes print each line as it is read.
  std::ostringstream vocalized, spoken;
  while (const std::optional<std::string> input = lines.Next()) {
    const std::string normalized = normalizer.Normalize(*input, language);
    std::vector<VocalizedWord> words;
    const std::string line =
        arabic ? vocalizer.Vocalize(normalized, flags.explain ? &words : nullptr) : normalized;
    if (flags.score) {
      vocalized << line << '\n';
    } else if (!flags.explain) {
      std::cout << line << '\n';
    }
    if (flags.score) spoken << (arabic ? EspeakSpellingOfLine(line) : line) << '\n';
    if (flags.explain) {
      for (const VocalizedWord& w : words) {
        std::cout << w.written << '\t' << w.vocalized << '\t' << LayerName(w.layer);
        if (w.layer == VocalizeLayer::kTable || w.layer == VocalizeLayer::kModel) {
          char confidence[16];
          std::snprintf(confidence, sizeof confidence, "\t%.2f", w.confidence);
          std::cout << confidence;
        }
        std::cout << '\n';
      }
      std::cout << '\n';
    }
  }
  if (flags.score) {
    // What eSpeak NG is given in render: the eSpeak spelling.
    const VowellessCount count = CountVowelless(spoken.str(), phonemizer);
    std::cout << "words: " << count.words << '\n'
              << "vowel-less: " << count.vowelless << " (" << Percent(count.vowelless, count.words)
              << ")\n";
    if (!gold.empty()) {
      const WordErrors errors = CountWordErrors(vocalized.str(), gold);
      std::cout << "word errors: " << errors.errors << " of " << errors.words << " gold words ("
                << Percent(errors.errors, errors.words) << ")\n";
    }
    std::cout << "vowel-less words:";
    for (const std::string& word : count.examples) std::cout << ' ' << word;
    std::cout << '\n';
  }
  FlushStdout();
  return 0;
}

}  // namespace

void AddVocalizeCommand(CLI::App& app, std::function<int()>& run) {
  auto flags = std::make_shared<VocalizeFlags>();
  CLI::App* command = app.add_subcommand(
      "vocalize",
      "Print each line normalized and vocalized (short vowels added): the text render speaks.");
  command->add_option("input", flags->input, "text file, or - for stdin")->capture_default_str();
  command->add_option("--lang", flags->lang,
                      "language of the text: ar, en … (default: from its script); only Arabic is "
                      "vocalized");
  command->add_option("--lexicon", flags->lexicon,
                      "your vocalized lexicon ([WRITTEN<TAB>]VOCALIZED[<TAB>n|v|p|x] lines), "
                      "looked up before every other layer");
  command->add_option("--thesaurus", flags->thesaurus,
                      "MyThes file for the thesaurus layer, or none (default: mythes-ar's, when "
                      "installed)");
  command
      ->add_option("--skip", flags->skip,
                   "switch layers off: user, table, lemma, lexicon, thesaurus, model, espeak "
                   "(comma-separated)")
      ->delimiter(',');
  command->add_flag("--explain", flags->explain,
                    "instead of the text, one line per word: WRITTEN<TAB>VOCALIZED<TAB>LAYER, and "
                    "for the table and model layers <TAB>CONFIDENCE (0-1) (an empty line after "
                    "each input line)");
  command->add_flag("--score", flags->score,
                    "instead of the text, its vowel-less rate as eSpeak NG reads it (and, with "
                    "--gold, the word error rate)");
  command->add_option(
      "--gold", flags->gold,
      "a hand-vocalized version of the normalized input, line for line, for --score");
  command->callback([flags, &run] { run = [flags] { return RunVocalize(*flags); }; });
}

}  // namespace rawi::cli
