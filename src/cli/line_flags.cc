#include "cli/line_flags.h"

#include "read/language.h"
#include "util/data_dir.h"

namespace rawi::cli {

void AddLineFlags(CLI::App& command, LineFlags& flags, const SpokenFlagSet& set) {
  command.add_option("input", flags.input, "text file, or - for stdin")->capture_default_str();
  command.add_option("--lang", flags.lang,
                     "language of the text: ar, en … (default: from its script)");
  AddSpokenFlags(command, flags.spoken, set);
}

std::string LinesLanguage(const LineFlags& flags, const TextLines& lines) {
  return flags.lang.empty() ? DetectLanguage(lines.head()) : flags.lang;
}

TextConfig LineTextConfig(const LineFlags& flags) {
  TextConfig config;
  config.voices_dir = VoicesDir();
  ApplySpokenFlags(flags.spoken, config);
  return config;
}

}  // namespace rawi::cli
