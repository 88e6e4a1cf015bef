// `rawi render` as a library: one article file through every stage into one audio file.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "document/document.h"
#include "render/text_pipeline.h"
#include "render/timings.h"
#include "synth/synthesizer.h"
#include "synth/voice_profile.h"

namespace rawi {

// What `render` needs: the text stages' settings (text_pipeline.h) and the speech's.
struct RenderConfig {
  TextConfig text;
  std::optional<AudioFormat> format;  // else from the output's extension, else WAV
  std::string voice;                  // profile name or path; empty: "<language>-news"
  std::optional<int> rate_wpm;        // overrides the profile's rate
  double vorbis_quality = 0.5;
  // --max-duration: a longer render fails with nothing written (0: no limit). A day is far
  // beyond any article and stops runaway input (a book, a dump) from filling the disk.
  double max_duration_seconds = 24 * 3600;
};

// Where the audio for `input` goes. `output` is the -o value: empty (beside the input), "-"
// (stdout), an existing folder or one ending in '/', or a file (only when `several` is false).
// Throws a usage error when -o and --format disagree or the format cannot be told.
std::filesystem::path AudioPathFor(const std::filesystem::path& input, const std::string& output,
                                   const std::optional<AudioFormat>& format, bool several);

// Where the timings for `input` go: `timings` itself for one article, or, when `several`,
// inside the folder `timings` as STEM.timings.json.
std::filesystem::path TimingsPathFor(const std::filesystem::path& input,
                                     const std::filesystem::path& timings, bool several);

// Throws a FileError naming `audio` when it is the article `input` itself (one file).
void RefuseToOverwriteInput(const std::filesystem::path& input, const std::filesystem::path& audio);

// The voice that speaks `doc`: --voice, else "<language>-news" by the article's language, at
// --rate when given. Throws as ResolveVoiceProfile does.
VoiceProfile VoiceFor(const Document& doc, const RenderConfig& config);

class ArticleRenderer {
 public:
  // Loads the text stages' data files; throws a FileError for a broken one.
  ArticleRenderer(Synthesizer& synth, RenderConfig config);

  // The Document the synthesizer will speak: TextPipeline::Prepare with spoken forms, and the
  // credits its voice announces first (render/credit_line.h). `input` is an article file, "-"
  // for standard input, or an http(s) URL (read/article_reader.h).
  Document Prepare(const std::filesystem::path& input) const;

  // The stages after read (segment + normalize + vocalize) on a Document read elsewhere: the
  // text a screen reader sends (speak/speech_text.h).
  Document PrepareRead(Document doc) const { return text_.PrepareRead(std::move(doc)); }

  // Renders `input` to `audio` ("-" streams WAV to stdout) and, when given, writes the timings
  // JSON (to stdout when `timings` is "-"). On failure nothing is left at `audio` or `timings` but
  // what was there before. Throws a FileError naming the article when its audio would be longer
  // than max_duration_seconds. When `spoken` is given, it receives the Document that was spoken
  // (for callers that also lay out its text, such as the read-along page).
  Timings Render(const std::filesystem::path& input, const std::filesystem::path& audio,
                 const std::optional<std::filesystem::path>& timings, Document* spoken = nullptr);

  // Speaks a Document that Prepare made (for callers that also need the document itself). With
  // `wav_copy`, the same samples also go to that WAV file (16-bit mono at the synthesizer's rate),
  // complete before `audio` is moved into place: for a stage that encodes them again (an ebook's
  // MP3) whatever `audio` is, a stream or a lossy file.
  Timings RenderPrepared(const Document& doc, const std::filesystem::path& audio,
                         const std::optional<std::filesystem::path>& timings,
                         const std::optional<std::filesystem::path>& wav_copy = std::nullopt);

 private:
  Synthesizer& synth_;
  RenderConfig config_;
  TextPipeline text_;
};

}  // namespace rawi
