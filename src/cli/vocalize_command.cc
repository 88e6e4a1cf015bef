// `rawi vocalize`: the text as the vocalize stage hands it to eSpeak NG, with --explain (which
// layer vocalized each word) and --score (the vowel-less rate and, against --gold, the word error
// rate; see vocalize/vocalization_score.h).
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/line_flags.h"
#include "synth/espeak_synthesizer.h"
#include "synth/voice_profile.h"
#include "text/language.h"
#include "util/data_dir.h"
#include "util/error.h"
#include "vocalize/espeak_spelling.h"
#include "vocalize/vocalization_score.h"
#include "vocalize/vocalizer.h"

namespace rawi::cli {
namespace {

struct VocalizeFlags {
  LineFlags line;
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

// The line commands' TextConfig with the vocalizer's layers as --thesaurus and --skip say.
TextConfig VocalizeConfig(const VocalizeFlags& flags) {
  TextConfig config = LineTextConfig(flags.line);
  if (flags.thesaurus == "none") {
    config.vocalizer.thesaurus = std::filesystem::path();
  } else if (!flags.thesaurus.empty()) {
    config.vocalizer.thesaurus = flags.thesaurus;
  }
  for (const std::string& layer : flags.skip)
    config.vocalizer.disabled.insert(LayerFromName(layer));
  return config;
}

// --explain for one line: WRITTEN<TAB>VOCALIZED<TAB>LAYER[<TAB>CONFIDENCE] per word, then "\n".
void PrintExplanation(const std::vector<VocalizedWord>& words) {
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

// --score: the vowel-less rate of `spoken` (what eSpeak NG is given in render: the eSpeak
// spelling) and, with a `gold` text, the word error rate of `vocalized`.
void PrintScore(const std::string& vocalized, const std::string& spoken, const std::string& gold,
                const Phonemizer& phonemizer) {
  const VowellessCount count = CountVowelless(spoken, phonemizer);
  std::cout << "words: " << count.words << '\n'
            << "vowel-less: " << count.vowelless << " (" << Percent(count.vowelless, count.words)
            << ")\n";
  if (!gold.empty()) {
    const WordErrors errors = CountWordErrors(vocalized, gold);
    std::cout << "word errors: " << errors.errors << " of " << errors.words << " gold words ("
              << Percent(errors.errors, errors.words) << ")\n";
  }
  std::cout << "vowel-less words:";
  for (const std::string& word : count.examples) std::cout << ' ' << word;
  std::cout << '\n';
}

int RunVocalize(const VocalizeFlags& flags) {
  if (!flags.gold.empty() && !flags.score) throw UsageError("--gold needs --score");
  const TextConfig config = VocalizeConfig(flags);
  const std::string gold = flags.gold.empty() ? "" : ReadTextLines(flags.gold);
  auto phonemes = std::make_shared<ArabicPhonemes>();
  const Phonemizer phonemizer = [phonemes](std::string_view text) { return (*phonemes)(text); };
  TextLines lines(flags.line.input);
  const std::string language = LinesLanguage(flags.line, lines);
  const TextPipeline pipeline(config, TextForms::kSpoken,
                              flags.explain ? phonemizer : Phonemizer());
  const bool arabic = Language(language).IsArabic();

  // Only --score keeps the text: the other modes print each line as it is read.
  std::ostringstream vocalized, spoken;
  while (const std::optional<std::string> input = lines.Next()) {
    const std::string normalized = pipeline.NormalizedLine(*input, language);
    std::vector<VocalizedWord> words;
    const std::string line =
        arabic ? pipeline.vocalizer()->Vocalize(normalized, flags.explain ? &words : nullptr)
               : normalized;
    if (flags.score) {
      vocalized << line << '\n';
      spoken << (arabic ? EspeakSpellingOfLine(line) : line) << '\n';
    } else if (!flags.explain) {
      std::cout << line << '\n';
    }
    if (flags.explain) PrintExplanation(words);
  }
  if (flags.score) PrintScore(vocalized.str(), spoken.str(), gold, phonemizer);
  FlushStdout();
  return 0;
}

}  // namespace

void AddVocalizeCommand(CLI::App& app, std::function<int()>& run) {
  const auto [command, flags] = AddCommand(
      app, run, "vocalize",
      "Print each line normalized and vocalized (short vowels added): the text render speaks.",
      &RunVocalize);
  AddLineFlags(*command, flags.line, {.no_vocalize = false, .lexicon_is_vocalization = true});
  command->add_option("--thesaurus", flags.thesaurus,
                      "MyThes file for the thesaurus layer, or none (default: mythes-ar's, when "
                      "installed)");
  command
      ->add_option("--skip", flags.skip,
                   "switch layers off: user, table, lemma, lexicon, thesaurus, model, espeak "
                   "(comma-separated)")
      ->delimiter(',');
  command->add_flag("--explain", flags.explain,
                    "instead of the text, one line per word: WRITTEN<TAB>VOCALIZED<TAB>LAYER, and "
                    "for the table and model layers <TAB>CONFIDENCE (0-1) (an empty line after "
                    "each input line)");
  command->add_flag("--score", flags.score,
                    "instead of the text, its vowel-less rate as eSpeak NG reads it (and, with "
                    "--gold, the word error rate)");
  command->add_option(
      "--gold", flags.gold,
      "a hand-vocalized version of the normalized input, line for line, for --score");
}

}  // namespace rawi::cli
