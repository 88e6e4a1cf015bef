// The text flags, defined once for every command that reads or speaks text: how an article is
// read (segment, render, speak, publish), how text becomes its spoken form (render, speak,
// publish, normalize, phonemes, vocalize), and how it is voiced (render, speak, publish).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>

#include "render/render_job.h"
#include "render/text_pipeline.h"

namespace rawi::cli {

// How an article is read.
struct ReadingFlags {
  std::string boilerplate;
  std::string input_format;
  std::string lang;
};

// How text becomes its spoken form: the normalizer's lexicon and month names, the vocalizer's
// lexicon and whether it runs.
struct SpokenFlags {
  std::string pronunciation;
  std::string vocalization;
  std::string months = "gregorian";
  bool no_vocalize = false;
};

// Which spoken-form flags a command offers, and which of them the old name --lexicon stands for
// (the pronunciation lexicon but in `rawi vocalize`, where it was the vocalized one).
struct SpokenFlagSet {
  bool vocalization = true;
  bool no_vocalize = true;
  bool lexicon_is_vocalization = false;
};

struct ArticleFlags {
  std::string voice;
  int rate = 0;
  ReadingFlags reading;
  SpokenFlags spoken;
};

// Adds --boilerplate, --input-format and --lang to `command`; `articles` names what they apply
// to in the help ("every article").
void AddReadingFlags(CLI::App& command, ReadingFlags& flags, const std::string& articles);

// Adds --pronunciation, --months and, as `set` says, --vocalization and --no-vocalize, with
// --lexicon as the old name of one lexicon flag.
void AddSpokenFlags(CLI::App& command, SpokenFlags& flags, const SpokenFlagSet& set = {});

// Adds --voice, --rate, the reading flags and the spoken flags (`set`) to `command`.
void AddArticleFlags(CLI::App& command, ArticleFlags& flags, const std::string& articles,
                     const SpokenFlagSet& set = {});

// Sets `config` (its voices_dir already set) from the flags; throws a UsageError for an unknown
// input format or language.
void ApplyReadingFlags(const ReadingFlags& flags, TextConfig& config);

// Sets `config` from the flags; throws a UsageError for unknown month names.
void ApplySpokenFlags(const SpokenFlags& flags, TextConfig& config);

// Sets `config` (its text.voices_dir already set) from the flags; throws a UsageError for a rate
// out of range, an unknown voice, input format, language or month names.
void ApplyArticleFlags(const ArticleFlags& flags, RenderConfig& config);

// A registered subcommand and its flags, which live as long as the app.
template <typename Flags>
struct Subcommand {
  CLI::App* command;
  Flags& flags;
};

// Registers subcommand `name` with `help` and flags of its own; when it is chosen, `run` becomes
// action(flags). The command's options are then added to the returned App with those flags.
template <typename Flags>
Subcommand<Flags> AddCommand(CLI::App& app, std::function<int()>& run, const std::string& name,
                             const std::string& help, int (*action)(const Flags&)) {
  auto flags = std::make_shared<Flags>();
  CLI::App* command = app.add_subcommand(name, help);
  command->callback([flags, action, &run] { run = [flags, action] { return action(*flags); }; });
  return {command, *flags};
}

}  // namespace rawi::cli
