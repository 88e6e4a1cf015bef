// The text stages in their flow order, wired once: read an article into a Document (reader mode
// for HTML, boilerplate dropped), split its sentences, and fill the forms the voice says
// (normalize, then vocalize Arabic). Every command that turns articles into text or speech builds
// one from a TextConfig; only what it needs is loaded (`rawi segment` prints written text, so it
// loads neither the normalizer's nor the vocalizer's data).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "document/document.h"
#include "normalize/normalizer.h"
#include "read/article_reader.h"
#include "read/boilerplate.h"
#include "read/input_format.h"
#include "read/text_reader.h"
#include "read/url_fetch.h"
#include "segment/abbreviations.h"
#include "vocalize/phonemizer.h"
#include "vocalize/vocalizer.h"

namespace rawi {

struct TextConfig {
  std::filesystem::path voices_dir;                        // the data files
  std::optional<std::filesystem::path> extra_boilerplate;  // user patterns on top of voices/'s
  TextReaderConfig reader;
  std::optional<InputFormat> input_format;  // --input-format; else told per input
  std::string language;                     // --lang; "" detects each article's
  FetchConfig fetch;                        // limits for URL inputs
  NormalizerConfig normalizer;              // its voices_dir defaults to the one above
  bool vocalize = true;  // add short vowels to Arabic text (vocalize/vocalizer.h); --no-vocalize
  VocalizerConfig vocalizer;  // with vocalize; its voices_dir defaults to the one above
};

// What a pipeline fills in: the written text only, or the spoken forms too.
enum class TextForms { kWritten, kSpoken };

class TextPipeline {
 public:
  // Loads the data files the forms need; throws a FileError naming a broken one. `phonemizer`
  // (may be empty) runs the vocalizer's espeak layer (`rawi vocalize --explain`).
  explicit TextPipeline(TextConfig config, TextForms forms = TextForms::kSpoken,
                        Phonemizer phonemizer = {});
  ~TextPipeline();
  TextPipeline(TextPipeline&&) noexcept;

  // `input` (an article file, "-" for standard input, or an http(s) URL) as a Document with its
  // sentences split and, for kSpoken, every spoken form filled. Throws what ReadArticle throws.
  Document Prepare(const std::filesystem::path& input) const;

  // The stages after read on a Document read elsewhere (the text a screen reader sends,
  // speak/speech_text.h): its sentences split and, for kSpoken, its spoken forms filled.
  Document PrepareRead(Document doc) const;

  // The spoken forms of `doc`'s title, headings and sentences (normalized, then vocalized when
  // vocalize is on). Throws a UsageError for a kWritten pipeline.
  void Speak(Document& doc) const;

  // One line of text in `language` as the voice says it (normalized, vocalized when on and the
  // language is Arabic). Throws a UsageError for a kWritten pipeline.
  std::string SpokenLine(std::string_view text, const std::string& language) const;

  // The line normalized only, the first half of SpokenLine, for the commands that show the stages
  // one at a time. Throws a UsageError for a kWritten pipeline.
  std::string NormalizedLine(std::string_view text, const std::string& language) const;

  // The vocalizer the pipeline speaks with; null for kWritten or with vocalize off.
  const Vocalizer* vocalizer() const { return vocalizer_.get(); }

  const TextConfig& config() const { return config_; }

 private:
  TextConfig config_;
  BoilerplateFilter boilerplate_;
  Abbreviations abbreviations_;  // the sentence splitter never ends a sentence after these
  std::unique_ptr<Normalizer> normalizer_;  // null for kWritten
  std::unique_ptr<Vocalizer> vocalizer_;    // null for kWritten or with vocalize off
};

}  // namespace rawi
