// The man page and the bash and zsh completions the build generates (cmake/docs.cmake) against
// the program they describe: every subcommand and every flag its --help lists must be in them,
// and the completions must load and complete.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>
#include <vector>

#include "support/run_process.h"
#include "support/temp_dir.h"

namespace rawi {
namespace {

using testing::ReadFile;
using testing::RunProcess;
using testing::RunRawi;

const std::filesystem::path kDocs = RAWI_DOCS_DIR;

// The entries of one section ("Subcommands", "Options") of a CLI11 help text: the first word of
// each indented line, split at commas ("-o,--output" -> "-o", "--output").
std::vector<std::string> HelpSection(const std::string& help, const std::string& section) {
  std::vector<std::string> entries;
  std::istringstream in(help);
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != ' ') {
      inside = line == section + ":";
      continue;
    }
    if (!inside || line.size() < 3 || line[2] == ' ') continue;
    std::string word = line.substr(2, line.find(' ', 2) - 2);
    std::istringstream names(word);
    for (std::string name; std::getline(names, name, ',');) entries.push_back(name);
  }
  return entries;
}

std::vector<std::string> Subcommands() {
  const auto r = RunRawi({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  return HelpSection(r.out, "Subcommands");
}

std::vector<std::string> Flags(const std::string& command) {
  const auto r = RunRawi({command, "--help"});
  EXPECT_EQ(r.exit_code, 0) << command;
  return HelpSection(r.out, "Options");
}

// The text of one command's branch in a generated completion script: from "NAME)" to ";;"
// at the end of the branch.
std::string Branch(const std::string& script, const std::string& command, const std::string& end) {
  const auto at = script.find("\n    " + command + ")\n");
  const auto zsh_at = script.find("\n        " + command + ")\n");
  const auto start = at != std::string::npos ? at : zsh_at;
  if (start == std::string::npos) return "";
  return script.substr(start, script.find(end, start) - start);
}

TEST(DocsCliTest, ThereAreSubcommandsToCheck) {
  const auto commands = Subcommands();
  for (const char* name :
       {"render", "segment", "normalize", "phonemes", "vocalize", "publish", "feed"}) {
    EXPECT_NE(std::find(commands.begin(), commands.end(), name), commands.end()) << name;
  }
}

TEST(DocsCliTest, ManPageHasASectionPerSubcommandWithEveryFlag) {
  const std::string man = ReadFile(kDocs / "rawi.1");
  EXPECT_EQ(man.rfind(".TH RAWI 1 ", 0), 0u);
  for (const auto& command : Subcommands()) {
    const auto section = man.find(".SS \"rawi " + command + "\"\n");
    ASSERT_NE(section, std::string::npos) << command;
    const auto end = man.find(".SS ", section + 1);
    const std::string text = man.substr(section, end == std::string::npos ? end : end - section);
    for (const auto& flag : Flags(command)) {
      if (flag == "-h" || flag == "--help") continue;  // said once for all commands
      const std::string roff = std::regex_replace(flag, std::regex("-"), "\\-");
      EXPECT_NE(text.find("\\fB" + roff + "\\fR"), std::string::npos) << command << " " << flag;
    }
  }
  for (const char* section : {".SH EXIT STATUS", ".SH ENVIRONMENT", ".SH FILES"}) {
    EXPECT_NE(man.find(section), std::string::npos) << section;
  }
  EXPECT_EQ(man.find(RAWI_VOICES_DIR), std::string::npos) << "the build tree's path leaked";
}

TEST(DocsCliTest, ManPageFormatsWithoutWarnings) {
  if (RunProcess({"/bin/sh", "-c", "command -v man"}).exit_code != 0) GTEST_SKIP() << "no man";
  // As lintian checks a page.
  const auto r =
      RunProcess({"/usr/bin/env", "LC_ALL=C.UTF-8", "MANROFFSEQ=", "MANWIDTH=80", "man",
                  "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", (kDocs / "rawi.1").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
}

TEST(DocsCliTest, CompletionsOfferEveryFlagOfEverySubcommand) {
  const std::string bash = ReadFile(kDocs / "rawi.bash");
  const std::string zsh = ReadFile(kDocs / "_rawi");
  for (const auto& command : Subcommands()) {
    EXPECT_NE(bash.find(" " + command), std::string::npos) << command;
    EXPECT_NE(zsh.find("'" + command + ":"), std::string::npos) << command;
    const std::string bash_branch = Branch(bash, command, "esac ;;");
    const std::string zsh_branch = Branch(zsh, command, "&& ret=0 ;;");
    ASSERT_FALSE(bash_branch.empty()) << command;
    ASSERT_FALSE(zsh_branch.empty()) << command;
    std::smatch flags;
    ASSERT_TRUE(std::regex_search(bash_branch, flags, std::regex("flags=\"([^\"]*)\"")));
    std::set<std::string> offered;
    std::istringstream words(flags[1].str());
    for (std::string word; words >> word;) offered.insert(word);
    for (const auto& flag : Flags(command)) {
      EXPECT_TRUE(offered.contains(flag)) << "bash: rawi " << command << " " << flag;
      EXPECT_TRUE(std::regex_search(zsh_branch, std::regex("[{,)'*]" + flag + "[\\[,}]")))
          << "zsh: rawi " << command << " " << flag;
    }
  }
}

// What bash offers for `WORDS…` (the last word is being completed), as one line.
// In an empty folder: a voice may be a .json file there, and those would be offered too.
std::string BashComplete(const std::vector<std::string>& words) {
  const testing::TempDir empty;
  std::string line;
  for (const auto& word : words) line += " '" + word + "'";
  const auto r =
      RunProcess({"/usr/bin/env", std::string("RAWI_DATA_DIR=") + RAWI_VOICES_DIR, "bash", "-c",
                  "cd \"$1\" && source \"$0\"; COMP_WORDS=(" + line +
                      "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _rawi; echo \"${COMPREPLY[*]}\"",
                  (kDocs / "rawi.bash").string(), empty.path().string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  return r.out.substr(0, r.out.find('\n'));
}

TEST(DocsCliTest, BashCompletionCompletesCommandsFlagsVoicesAndFormats) {
  std::string commands;
  for (const auto& command : Subcommands()) commands += (commands.empty() ? "" : " ") + command;
  EXPECT_EQ(BashComplete({"rawi", ""}), commands);
  EXPECT_EQ(BashComplete({"rawi", "--v"}), "--version");
  EXPECT_EQ(BashComplete({"rawi", "render", "--input-f"}), "--input-format");
  EXPECT_EQ(BashComplete({"rawi", "render", "--format", ""}), "wav flac ogg");
  EXPECT_EQ(BashComplete({"rawi", "publish", "--format", ""}), "mp3 opus ogg flac wav");
  EXPECT_EQ(BashComplete({"rawi", "segment", "--input-format", "m"}), "md");
  EXPECT_EQ(BashComplete({"rawi", "vocalize", "--skip", "table,le"}), "table,lemma table,lexicon");
  std::string voices;
  for (const auto& name : testing::ListDir(RAWI_VOICES_DIR)) {
    if (name.ends_with(".json"))
      voices += (voices.empty() ? "" : " ") + name.substr(0, name.size() - 5);
  }
  EXPECT_EQ(BashComplete({"rawi", "render", "--voice", ""}), voices);
  EXPECT_EQ(BashComplete({"rawi", "publish", "--voice", "en"}), "en-news");
}

TEST(DocsCliTest, ZshCompletionParses) {
  if (RunProcess({"/bin/sh", "-c", "command -v zsh"}).exit_code != 0) GTEST_SKIP() << "no zsh";
  const auto r = RunProcess({"/usr/bin/env", "zsh", "-n", (kDocs / "_rawi").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

}  // namespace
}  // namespace rawi
