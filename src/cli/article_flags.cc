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

}  // namespace

void AddArticleFlags(CLI::App& command, ArticleFlags& flags, const std::string& articles) {
  command.add_option("--voice", flags.voice,
                     "voice profile NAME in " + VoicesDir().string() +
                         " or a PATH to one (default: <language>-news by the article's language)");
  command.add_option("--rate", flags.rate, RateHelp(VoicesDir()));
  command.add_option("--boilerplate", flags.boilerplate,
                     "extra boilerplate patterns (one regular expression per line) on top of " +
                         (VoicesDir() / "boilerplate.txt").string());
  command.add_option("--input-format", flags.input_format,
                     "read " + articles + " as " + InputFormatNames() +
                         " (default: by extension, Content-Type or content; txt for -)");
  command.add_option("--lang", flags.lang,
                     "read " + articles + " in this language, e.g. ar or en (default: detected)");
  command.add_option("--lexicon", flags.lexicon,
                     "your pronunciation lexicon (WRITTEN<TAB>SPOKEN lines) on top of " +
                         (VoicesDir() / "ar-lexicon.tsv").string());
  command
      .add_option("--months", flags.months,
                  "Arabic month names: gregorian (يناير…) or syriac (كانون الثاني…)")
      ->capture_default_str();
  command.add_flag("--no-vocalize", flags.no_vocalize,
                   "speak Arabic words as written, without adding their short vowels");
}

void ApplyArticleFlags(const ArticleFlags& flags, RenderConfig& config) {
  config.voice = flags.voice;
  if (flags.rate != 0) {
    CheckRate(flags.rate);
    config.rate_wpm = flags.rate;
  }
  if (!flags.boilerplate.empty()) config.text.extra_boilerplate = flags.boilerplate;
  if (!flags.lexicon.empty()) config.text.normalizer.user_lexicon = flags.lexicon;
  config.text.normalizer.months = ParseMonthNames(flags.months);
  config.text.input_format = InputFormatFlag(flags.input_format);
  config.text.language = LanguageFlag(flags.lang);
  config.text.vocalize = !flags.no_vocalize;
  if (!flags.voice.empty()) ResolveVoiceProfile(flags.voice, config.text.voices_dir);  // fail early
}

}  // namespace rawi::cli
