#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/article_flags.h"
#include "cli/commands.h"
#include "publish/captions.h"
#include "read/article_reader.h"
#include "render/render_job.h"
#include "synth/espeak_synthesizer.h"
#include "util/atomic_file.h"
#include "util/data_dir.h"
#include "util/duration.h"
#include "util/error.h"
#include "util/text.h"

namespace rawi::cli {
namespace {

struct RenderFlags {
  std::vector<std::string> articles;
  std::string output;
  std::string format;
  ArticleFlags article;
  std::string timings;
  std::string captions;
  bool caption_words = false;
  bool quiet = false;
  std::string max_duration = FormatDuration(RenderConfig{}.max_duration_seconds);
};

// Whether two paths name one file: the same inode when both exist (hard links, symlinks, other
// spellings), else the same path once made absolute and normal.
bool SameFile(const std::filesystem::path& a, const std::filesystem::path& b) {
  std::error_code ec;
  if (std::filesystem::equivalent(a, b, ec)) return true;
  const auto ca = std::filesystem::weakly_canonical(std::filesystem::absolute(a), ec);
  if (ec) return false;
  const auto cb = std::filesystem::weakly_canonical(std::filesystem::absolute(b), ec);
  return !ec && ca == cb;
}

// Refuses, before anything is rendered, a side output (`flag`: "--timings", "--captions") that
// would overwrite the article or the audio, or that would share standard output with the audio.
void CheckSidePath(const char* flag, const std::string& article, const std::filesystem::path& audio,
                   const std::filesystem::path& side) {
  const std::string name = std::string(flag) + " " + side.string();
  if (side == "-") {
    if (audio == "-") throw UsageError(name + ": standard output already carries the audio (-o -)");
    return;
  }
  if (article != "-" && article.find("://") == std::string::npos && SameFile(side, article)) {
    throw UsageError(name + ": is the article " + article);
  }
  if (audio != "-" && SameFile(side, audio)) {
    throw UsageError(name + ": is the audio output " + audio.string());
  }
}

// Where --captions goes for `input`: the file itself for one article, else FOLDER/STEM.vtt.
std::filesystem::path CaptionsPathFor(const std::filesystem::path& input,
                                      const std::filesystem::path& captions, bool several) {
  return several ? captions / (input.stem().string() + ".vtt") : captions;
}

// Captions are SRT when the file's name ends in .srt, else WebVTT.
bool IsSrt(const std::filesystem::path& path) { return path.extension() == ".srt"; }

void WriteCaptions(const Timings& timings, const std::filesystem::path& path, AtomicFile* file,
                   bool words) {
  const std::vector<Cue> cues = CuesFromTimings(timings);
  const std::string text = IsSrt(path) ? ToSrt(cues) : ToWebVtt(cues, words);
  if (file == nullptr) {
    std::cout << text << std::flush;
    if (!std::cout) throw FileError("stdout", "cannot write the captions");
    return;
  }
  file->WriteAll(text);
  file->Commit();
}

int RunRender(const RenderFlags& flags) {
  RenderConfig config;
  config.voices_dir = VoicesDir();
  ApplyArticleFlags(flags.article, config);
  if (!flags.format.empty()) {
    config.format = ParseAudioFormat(flags.format);
    if (!config.format) {
      throw UsageError("--format " + flags.format + ": unknown format (use " + AudioFormatNames() +
                       ")");
    }
  }
  const std::optional<double> max_duration = ParseDuration(flags.max_duration);
  if (!max_duration) {
    throw UsageError("--max-duration " + flags.max_duration +
                     ": not a duration (e.g. 90m, 2h, 1h30m; 0 for no limit)");
  }
  config.max_duration_seconds = *max_duration;

  const bool several = flags.articles.size() > 1;
  if (several && !flags.timings.empty() && !std::filesystem::is_directory(flags.timings)) {
    throw UsageError("--timings " + flags.timings + ": several articles need a timings folder");
  }
  if (several && !flags.captions.empty() && !std::filesystem::is_directory(flags.captions)) {
    throw UsageError("--captions " + flags.captions + ": several articles need a captions folder");
  }
  if (flags.caption_words && flags.captions.empty()) {
    throw UsageError("--caption-words: needs --captions FILE.vtt");
  }
  if (flags.caption_words && IsSrt(flags.captions)) {
    throw UsageError("--caption-words: SRT has no word timestamps; write WebVTT (.vtt)");
  }
  if (!flags.timings.empty() && !flags.captions.empty() && flags.timings == flags.captions) {
    throw UsageError("--captions " + flags.captions + ": is the timings output too");
  }
  std::vector<std::filesystem::path> outputs;
  for (const auto& article : flags.articles) {
    outputs.push_back(AudioPathFor(OutputBaseFor(article), flags.output, config.format, several));
    // Same-named articles from different folders would overwrite each other's outputs.
    for (size_t j = 0; j + 1 < outputs.size(); ++j) {
      if (SameFile(outputs[j], outputs.back())) {
        throw UsageError(flags.articles[j] + " and " + article + ": both would be written to " +
                         outputs.back().string());
      }
    }
    if (!flags.timings.empty()) {
      CheckSidePath("--timings", article, outputs.back(),
                    TimingsPathFor(OutputBaseFor(article), flags.timings, several));
    }
    if (!flags.captions.empty()) {
      CheckSidePath("--captions", article, outputs.back(),
                    CaptionsPathFor(OutputBaseFor(article), flags.captions, several));
    }
  }

  EspeakSynthesizer synth;
  ArticleRenderer renderer(synth, config);
  int failures = 0;
  for (size_t i = 0; i < flags.articles.size(); ++i) {
    const std::filesystem::path input = flags.articles[i];
    std::optional<std::filesystem::path> timings;
    if (!flags.timings.empty()) {
      timings = TimingsPathFor(OutputBaseFor(input.string()), flags.timings, several);
    }
    try {
      // Opened before the audio is made, so an unwritable captions path fails early.
      std::optional<std::filesystem::path> captions;
      std::unique_ptr<AtomicFile> captions_file;
      if (!flags.captions.empty()) {
        captions = CaptionsPathFor(OutputBaseFor(input.string()), flags.captions, several);
        if (*captions != "-") captions_file = std::make_unique<AtomicFile>(*captions);
      }
      const Timings result = renderer.Render(input, outputs[i], timings);
      if (captions) WriteCaptions(result, *captions, captions_file.get(), flags.caption_words);
      if (!flags.quiet) {
        std::cerr << "rawi: " << input.string() << " -> "
                  << (outputs[i] == "-" ? "stdout" : outputs[i].string()) << " ("
                  << MinutesSeconds(static_cast<double>(result.total_samples) / result.sample_rate)
                  << ", " << result.sections.size() << " sections)\n";
      }
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kBadInput) throw;
      std::cerr << "rawi: " << e.what() << "\n";
      ++failures;
    }
  }
  return failures == 0 ? 0 : ExitCode(ErrorKind::kBadInput);
}

}  // namespace

void AddRenderCommand(CLI::App& app, std::function<int()>& run) {
  auto flags = std::make_shared<RenderFlags>();
  CLI::App* render = app.add_subcommand(
      "render",
      "Render articles (plain text, Markdown or HTML) into spoken audio, one file per article.");
  render
      ->add_option("articles", flags->articles,
                   "article files, http(s) URLs, or - for standard input")
      ->required();
  render->add_option("-o,--output", flags->output,
                     "output file, folder, or - for WAV on stdout (default: beside each article)");
  render->add_option(
      "--format", flags->format,
      "audio format: " + AudioFormatNames() + " (default: from the output's extension, else wav)");
  AddArticleFlags(*render, flags->article, "every article");
  render->add_option("--timings", flags->timings,
                     "write where every section, paragraph and sentence starts (JSON); a folder "
                     "for several articles; - for stdout");
  render->add_option("--captions", flags->captions,
                     "write captions, one cue per sentence (WebVTT, or SRT for a .srt name); a "
                     "folder for several articles (STEM.vtt); - for stdout");
  render->add_flag("--caption-words", flags->caption_words,
                   "add a timestamp before every word of the WebVTT captions (karaoke style)");
  render
      ->add_option("--max-duration", flags->max_duration,
                   "fail an article whose audio would be longer (e.g. 90m, 2h; 0: no limit)")
      ->capture_default_str();
  render->add_flag("-q,--quiet", flags->quiet, "no progress lines on stderr");
  render->callback([flags, &run] { run = [flags] { return RunRender(*flags); }; });
}

}  // namespace rawi::cli
