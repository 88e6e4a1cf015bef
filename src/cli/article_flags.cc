#include "cli/article_flags.h"

#include "read/read_flags.h"
#include "util/data_dir.h"
#include "util/error.h"

namespace rawi::cli {
namespace {

std::string RateHelp(const std::filesystem::path& voices_dir) {
  std::string help = "speaking rate in words per minute, overriding the profile's (";
  bool first = true;
  for (const auto& name : AvailableVoices(voices_dir)) {
    try {
      help += (first ? "" : ", ") + name + ": " +
              std::to_string(LoadVoiceProfile(voices_dir / (name + ".json")).rate_wpm);
      first = false;
    } catch (const Error&) {
    }
  }
  return help + ")";
}

// The flag's names with --lexicon as an alias when `old` says so, and the note for its help.
std::string Names(const std::string& name, bool old) { return old ? name + ",--lexicon" : name; }
std::string OldName(bool old) { return old ? "; --lexicon is its old name" : ""; }

}  // namespace

void AddReadingFlags(CLI::App& command, ReadingFlags& flags, const std::string& articles) {
  command.add_option("--boilerplate", flags.boilerplate,
                     "extra boilerplate patterns (one regular expression per line) on top of " +
                         (VoicesDir() / "boilerplate.txt").string());
  command.add_option("--input-format", flags.input_format,
                     "read " + articles + " as " + InputFormatNames() +
                         " (default: by extension, Content-Type or content; txt for -)");
  command.add_option("--lang", flags.lang,
                     "read " + articles + " in this language, e.g. ar or en (default: detected)");
}

void AddSpokenFlags(CLI::App& command, SpokenFlags& flags, const SpokenFlagSet& set) {
  const bool vocalization_is_old = set.vocalization && set.lexicon_is_vocalization;
  command.add_option(Names("--pronunciation", !vocalization_is_old), flags.pronunciation,
                     "your pronunciation lexicon (WRITTEN<TAB>SPOKEN lines) on top of " +
                         (VoicesDir() / "ar-lexicon.tsv").string() + OldName(!vocalization_is_old));
  if (set.vocalization) {
    command.add_option(Names("--vocalization", vocalization_is_old), flags.vocalization,
                       "your vocalized lexicon ([WRITTEN<TAB>]VOCALIZED[<TAB>n|v|p|x] lines), "
                       "looked up before every other layer" +
                           OldName(vocalization_is_old));
  }
  command
      .add_option("--months", flags.months,
                  "Arabic month names: gregorian (يناير…) or syriac (كانون الثاني…)")
      ->capture_default_str();
  if (set.no_vocalize) {
    command.add_flag("--no-vocalize", flags.no_vocalize,
                     "speak Arabic words as written, without adding their short vowels");
  }
}

void AddArticleFlags(CLI::App& command, ArticleFlags& flags, const std::string& articles,
                     const SpokenFlagSet& set) {
  command.add_option("--voice", flags.voice,
                     "voice profile NAME in " + VoicesDir().string() +
                         " or a PATH to one (default: <language>-news by the article's language)");
  command.add_option("--rate", flags.rate, RateHelp(VoicesDir()));
  AddReadingFlags(command, flags.reading, articles);
  AddSpokenFlags(command, flags.spoken, set);
}

void ApplyReadingFlags(const ReadingFlags& flags, TextConfig& config) {
  if (!flags.boilerplate.empty()) config.extra_boilerplate = flags.boilerplate;
  config.input_format = InputFormatFlag(flags.input_format);
  config.language = LanguageFlag(flags.lang);
}

void ApplySpokenFlags(const SpokenFlags& flags, TextConfig& config) {
  if (!flags.pronunciation.empty()) config.normalizer.user_lexicon = flags.pronunciation;
  if (!flags.vocalization.empty()) config.vocalizer.user_lexicon = flags.vocalization;
  config.normalizer.months = ParseMonthNames(flags.months);
  config.vocalize = !flags.no_vocalize;
}

void ApplyArticleFlags(const ArticleFlags& flags, RenderConfig& config) {
  config.voice = flags.voice;
  if (flags.rate != 0) {
    CheckRate(flags.rate);
    config.rate_wpm = flags.rate;
  }
  // Spoken before reading: the order the flags were checked in when they were one block.
  ApplySpokenFlags(flags.spoken, config.text);
  ApplyReadingFlags(flags.reading, config.text);
  if (!flags.voice.empty()) ResolveVoiceProfile(flags.voice, config.text.voices_dir);  // fail early
}

}  // namespace rawi::cli
