// The flags of the commands that turn text into its spoken form line by line (`rawi normalize`,
// `phonemes`, `vocalize`): an input file, its language and the spoken-form flags that render
// takes too (article_flags.h), so that each prints what render would speak.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "cli/article_flags.h"
#include "read/text_lines.h"
#include "render/text_pipeline.h"

namespace rawi::cli {

struct LineFlags {
  std::string input = "-";
  std::string lang;
  SpokenFlags spoken;
};

// Adds the input argument ("-" by default), --lang and the spoken flags `set` names.
void AddLineFlags(CLI::App& command, LineFlags& flags, const SpokenFlagSet& set);

// The language of the whole input: --lang as given, else detected from its first block.
std::string LinesLanguage(const LineFlags& flags, const TextLines& lines);

// The TextConfig a line command builds its TextPipeline from: the data in VoicesDir() and the
// spoken flags. Throws a UsageError for unknown month names.
TextConfig LineTextConfig(const LineFlags& flags);

}  // namespace rawi::cli
