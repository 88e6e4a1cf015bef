// The flags that say how an article is read and spoken, defined once for `rawi render` and
// `rawi speak` so that both take an article the same way.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "render/render_job.h"

namespace rawi::cli {

struct ArticleFlags {
  std::string voice;
  int rate = 0;
  std::string boilerplate;
  std::string input_format;
  std::string lang;
  std::string lexicon;
  std::string months = "gregorian";
  bool no_vocalize = false;
};

// Adds --voice, --rate, --boilerplate, --input-format, --lang, --lexicon, --months and
// --no-vocalize to `command`; `articles` names what they apply to in the help ("every article").
void AddArticleFlags(CLI::App& command, ArticleFlags& flags, const std::string& articles);

// Sets `config` (its voices_dir already set) from the flags; throws a UsageError for a rate out
// of range, an unknown voice, input format, language or month names.
void ApplyArticleFlags(const ArticleFlags& flags, RenderConfig& config);

}  // namespace rawi::cli
