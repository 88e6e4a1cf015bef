// The subcommands of the rawi executable. Each adds its flags to the app and, when chosen,
// runs through the library; errors surface as rawi::Error and become exit codes in main.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace rawi::cli {

// Registers `rawi render`; after parsing, `run` holds the command's action.
void AddRenderCommand(CLI::App& app, std::function<int()>& run);

// Registers `rawi speak` (an article read aloud now, steered by keys on a terminal).
void AddSpeakCommand(CLI::App& app, std::function<int()>& run);

// Registers `rawi normalize` and `rawi phonemes` (one output line per input line).
void AddNormalizeCommand(CLI::App& app, std::function<int()>& run);
void AddPhonemesCommand(CLI::App& app, std::function<int()>& run);

// Registers `rawi vocalize` (normalized text with its short vowels; --explain, --score).
void AddVocalizeCommand(CLI::App& app, std::function<int()>& run);

// Registers `rawi publish` and `rawi feed`.
void AddPublishCommands(CLI::App& app, std::function<int()>& run);

// Registers `rawi segment` (the article as render reads it: outline or JSON).
void AddSegmentCommand(CLI::App& app, std::function<int()>& run);

// Adds `rawi --version`: VersionReport() on stdout, exit 0.
void AddVersionFlag(CLI::App& app);

// Four lines: "rawi VERSION" (git describe at build time), "eSpeak NG VERSION, data: PATH",
// "voices: PATH" (the data folder in use) and the vocalizer data's line (vocalizer_data_info.h).
std::string VersionReport();

// Flushes standard output; throws a FileError "stdout: cannot write: REASON" when anything written
// to it was lost (a full disk, a closed pipe), so a text command never exits 0 without its output.
void FlushStdout();

}  // namespace rawi::cli
