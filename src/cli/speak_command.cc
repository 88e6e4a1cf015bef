// `rawi speak`: an article read aloud now (speak/speak_job.h), steered from the keyboard.
#include <memory>

#include "cli/article_flags.h"
#include "cli/commands.h"
#include "speak/speak_job.h"
#include "synth/espeak_synthesizer.h"
#include "util/data_dir.h"
#include "util/error.h"

namespace rawi::cli {
namespace {

struct SpeakFlags {
  std::string article;
  std::string output;
  int from_section = 1;
  ArticleFlags text;
};

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
  EspeakSynthesizer synth;
  SpeakArticle(synth, flags.article, config);
  return 0;
}

}  // namespace

void AddSpeakCommand(CLI::App& app, std::function<int()>& run) {
  auto flags = std::make_shared<SpeakFlags>();
  CLI::App* speak = app.add_subcommand(
      "speak",
      "Read an article aloud now. On a terminal: space pause/play, n/p next/previous sentence, "
      "N/P next/previous section, +/- faster/slower, q quit.");
  speak->add_option("article", flags->article, "article file, http(s) URL, or - for standard input")
      ->required();
  speak->add_option("-o,--output", flags->output,
                    "- streams WAV to stdout instead of playing (as rawi render -o -)");
  speak
      ->add_option("--from-section", flags->from_section,
                   "start at section K (1: the lede, or the first section)")
      ->capture_default_str();
  AddArticleFlags(*speak, flags->text, "the article");
  speak->callback([flags, &run] { run = [flags] { return RunSpeak(*flags); }; });
}

}  // namespace rawi::cli
