#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/article_flags.h"
#include "cli/commands.h"
#include "publish/captions.h"
#include "publish/epub_writer.h"
#include "publish/readalong_page.h"
#include "read/article_reader.h"
#include "render/render_job.h"
#include "synth/espeak_synthesizer.h"
#include "util/atomic_file.h"
#include "util/data_dir.h"
#include "util/duration.h"
#include "util/error.h"

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
  std::string epub;
  std::string html;
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

// Refuses, before anything is rendered, a side output (`flag`: "--timings", "--captions",
// "--epub") that would overwrite the article or the audio, or that would share standard output
// with the audio.
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

// The same for the ebook, which is a file (a zip is no stream) and not the timings either.
void CheckEpubPath(const std::string& article, const std::filesystem::path& audio,
                   const std::optional<std::filesystem::path>& timings,
                   const std::filesystem::path& epub) {
  if (epub == "-") throw UsageError("--epub -: an ebook is written to a file, not standard output");
  CheckSidePath("--epub", article, audio, epub);
  if (timings && *timings != "-" && SameFile(epub, *timings)) {
    throw UsageError("--epub " + epub.string() + ": is the timings file " + timings->string());
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

// Where the read-along page for `article` goes: `html` itself, or for several articles its
// subfolder named after the article.
std::filesystem::path PageDirFor(const std::string& article, const std::filesystem::path& html,
                                 bool several) {
  return several ? html / OutputBaseFor(article).stem() : html;
}

// Refuses, before anything is rendered, a page folder that is a file, or whose page or audio would
// overwrite the article, the audio output or a side output (`sides`: timings, captions).
void CheckPageDir(const std::string& html, const std::string& article,
                  const std::filesystem::path& dir, const std::filesystem::path& audio,
                  const std::vector<std::pair<const char*, std::filesystem::path>>& sides) {
  const bool local = article != "-" && article.find("://") == std::string::npos;
  if (local && SameFile(dir, article)) {
    throw UsageError("--html " + html + ": is the article " + article);
  }
  if (SameFile(dir, audio)) {
    throw UsageError("--html " + html + ": is the audio output " + audio.string());
  }
  std::error_code ec;
  if (std::filesystem::exists(dir, ec) && !std::filesystem::is_directory(dir, ec)) {
    const std::string which = dir == html ? "" : dir.string() + " ";
    throw UsageError("--html " + html + ": " + which + "is a file, expected a folder");
  }
  const std::filesystem::path stem = OutputBaseFor(article).stem();
  for (const std::string& name : {std::string("index.html"), stem.string() + ".mp3"}) {
    const std::filesystem::path file = dir / name;
    if (local && SameFile(file, article)) {
      throw UsageError("--html " + html + ": " + file.string() + " would overwrite the article");
    }
    for (const auto& [what, side] : sides) {
      if (side != "-" && SameFile(file, side)) {
        throw UsageError("--html " + html + ": " + file.string() + " is the " + what + " output");
      }
    }
  }
}

// The render settings the flags give; throws a UsageError for a bad format or duration.
RenderConfig RenderConfigFrom(const RenderFlags& flags) {
  RenderConfig config;
  config.text.voices_dir = VoicesDir();
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
  return config;
}

// Refuses side-output flags that do not fit together or with the number of articles.
void CheckSideFlags(const RenderFlags& flags) {
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
  if (several && !flags.epub.empty() && !std::filesystem::is_directory(flags.epub)) {
    throw UsageError("--epub " + flags.epub + ": several articles need an ebook folder");
  }
  if (!flags.html.empty() && flags.output == "-") {
    throw UsageError("--html " + flags.html + ": the page needs the audio in a file, not -o -");
  }
}

// Refuses an output path (`paths.back()`, for article `i`) that an earlier article's takes too:
// same-named articles from different folders would overwrite each other's outputs.
void CheckUnshared(const RenderFlags& flags, size_t i,
                   const std::vector<std::filesystem::path>& paths,
                   const std::filesystem::path& shown) {
  for (size_t j = 0; j + 1 < paths.size(); ++j) {
    if (SameFile(paths[j], paths.back())) {
      throw UsageError(flags.articles[j] + " and " + flags.articles[i] +
                       ": both would be written to " + shown.string());
    }
  }
}

// Checks the side outputs of `article` (timings, captions, ebook) against it and its `audio`;
// returns them, named, for the page check.
std::vector<std::pair<const char*, std::filesystem::path>> CheckSides(
    const RenderFlags& flags, const std::string& article, const std::filesystem::path& audio) {
  const bool several = flags.articles.size() > 1;
  std::optional<std::filesystem::path> timings;
  std::vector<std::pair<const char*, std::filesystem::path>> sides;
  if (!flags.timings.empty()) {
    timings = TimingsPathFor(OutputBaseFor(article), flags.timings, several);
    sides.emplace_back("timings", *timings);
    CheckSidePath("--timings", article, audio, *timings);
  }
  if (!flags.captions.empty()) {
    sides.emplace_back("captions",
                       CaptionsPathFor(OutputBaseFor(article), flags.captions, several));
    CheckSidePath("--captions", article, audio, sides.back().second);
  }
  if (!flags.epub.empty()) {
    sides.emplace_back("ebook", EpubPathFor(OutputBaseFor(article), flags.epub, several));
    CheckEpubPath(article, audio, timings, sides.back().second);
  }
  return sides;
}

// Where every article's audio and read-along page go.
struct Outputs {
  std::vector<std::filesystem::path> audio;
  std::vector<std::filesystem::path> pages;  // empty without --html
};

// The outputs of every article, refused before anything is rendered when two would collide or
// one would overwrite an input; the page folders are made now, so one that cannot be fails early.
Outputs PlanOutputs(const RenderFlags& flags, const RenderConfig& config) {
  const bool several = flags.articles.size() > 1;
  Outputs out;
  for (size_t i = 0; i < flags.articles.size(); ++i) {
    const std::string& article = flags.articles[i];
    out.audio.push_back(AudioPathFor(OutputBaseFor(article), flags.output, config.format, several));
    CheckUnshared(flags, i, out.audio, out.audio.back());
    const auto sides = CheckSides(flags, article, out.audio.back());
    if (!flags.html.empty()) {
      out.pages.push_back(PageDirFor(article, flags.html, several));
      CheckPageDir(flags.html, article, out.pages.back(), out.audio.back(), sides);
      CheckUnshared(flags, i, out.pages, out.pages.back() / "index.html");
    }
  }
  for (const auto& page : out.pages) {
    std::error_code ec;
    std::filesystem::create_directories(page, ec);
    if (ec) throw FileError(page.string(), "cannot create the page folder: " + ec.message());
  }
  return out;
}

// Renders article `i` with its side outputs and read-along page, reporting each on stderr.
void RenderArticle(const RenderFlags& flags, size_t i, const Outputs& outputs,
                   ArticleRenderer& renderer, const EpubConfig& epub_config) {
  const bool several = flags.articles.size() > 1;
  const std::filesystem::path input = flags.articles[i];
  const std::filesystem::path base = OutputBaseFor(input.string());
  const std::filesystem::path& audio = outputs.audio[i];
  std::optional<std::filesystem::path> timings;
  if (!flags.timings.empty()) timings = TimingsPathFor(base, flags.timings, several);
  // Opened before the audio is made, so an unwritable captions path fails early.
  std::optional<std::filesystem::path> captions;
  std::unique_ptr<AtomicFile> captions_file;
  if (!flags.captions.empty()) {
    captions = CaptionsPathFor(base, flags.captions, several);
    if (*captions != "-") captions_file = std::make_unique<AtomicFile>(*captions);
  }
  const std::filesystem::path epub =
      flags.epub.empty() ? "" : EpubPathFor(base, flags.epub, several);
  Document doc;
  const Timings result =
      flags.epub.empty() ? renderer.Render(input, audio, timings, &doc)
                         : RenderWithEpub(renderer, input, audio, timings, epub, epub_config, &doc);
  if (captions) WriteCaptions(result, *captions, captions_file.get(), flags.caption_words);
  if (!flags.quiet) {
    std::cerr << "rawi: " << input.string() << " -> " << (audio == "-" ? "stdout" : audio.string())
              << " ("
              << MinutesSeconds(static_cast<double>(result.total_samples) / result.sample_rate)
              << ", " << result.sections.size() << " sections)";
    if (!flags.epub.empty()) std::cerr << " and " << epub.string();
    std::cerr << "\n";
  }
  if (!flags.html.empty()) {
    const std::filesystem::path page =
        WriteReadalongPage(outputs.pages[i], base.stem().string(), input, doc, result, audio);
    if (!flags.quiet) {
      std::cerr << "rawi: " << input.string() << " -> " << page.string() << " (read-along page)\n";
    }
  }
}

int RunRender(const RenderFlags& flags) {
  const RenderConfig config = RenderConfigFrom(flags);
  CheckSideFlags(flags);
  const Outputs outputs = PlanOutputs(flags, config);
  EspeakSynthesizer synth;
  ArticleRenderer renderer(synth, config);
  EpubConfig epub_config;
  epub_config.modified = EpubModifiedTime();
  int failures = 0;
  for (size_t i = 0; i < flags.articles.size(); ++i) {
    try {
      RenderArticle(flags, i, outputs, renderer, epub_config);
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
  const auto [render, flags] = AddCommand(
      app, run, "render",
      "Render articles (plain text, Markdown or HTML) into spoken audio, one file per article.",
      &RunRender);
  render
      ->add_option("articles", flags.articles,
                   "article files, http(s) URLs, or - for standard input")
      ->required();
  render->add_option("-o,--output", flags.output,
                     "output file, folder, or - for WAV on stdout (default: beside each article)");
  render->add_option(
      "--format", flags.format,
      "audio format: " + AudioFormatNames() + " (default: from the output's extension, else wav)");
  AddArticleFlags(*render, flags.article, "every article");
  render->add_option("--timings", flags.timings,
                     "write where every section, paragraph and sentence starts (JSON); a folder "
                     "for several articles; - for stdout");
  render->add_option("--captions", flags.captions,
                     "write captions, one cue per sentence (WebVTT, or SRT for a .srt name); a "
                     "folder for several articles (STEM.vtt); - for stdout");
  render->add_flag("--caption-words", flags.caption_words,
                   "add a timestamp before every word of the WebVTT captions (karaoke style)");
  render->add_option("--epub", flags.epub,
                     "also write a read-along ebook (EPUB 3: the text, highlighted sentence by "
                     "sentence as its MP3 plays); a folder for several articles");
  render->add_option("--html", flags.html,
                     "also write a read-along web page into this folder: index.html (the text, "
                     "highlighted as it is spoken, with keyboard control) and STEM.mp3; a "
                     "subfolder per article (DIR/STEM/) for several");
  render
      ->add_option("--max-duration", flags.max_duration,
                   "fail an article whose audio would be longer (e.g. 90m, 2h; 0: no limit)")
      ->capture_default_str();
  render->add_flag("-q,--quiet", flags.quiet, "no progress lines on stderr");
}

}  // namespace rawi::cli
