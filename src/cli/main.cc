// rawi: articles into speech. main only parses flags and hands over to the library.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>

#include "cli/commands.h"
#include "util/error.h"

namespace rawi::cli {

void FlushStdout() {
  errno = 0;
  std::cout.flush();
  const bool flushed = std::fflush(stdout) == 0;
  if (!flushed || std::ferror(stdout) || !std::cout) {
    // errno is the failed write's when this flush wrote the lost bytes (the usual case).
    throw FileError("stdout", std::string("cannot write: ") + std::strerror(errno ? errno : EIO));
  }
}

}  // namespace rawi::cli

int main(int argc, char** argv) {
  CLI::App app("rawi (راوي): news articles into spoken audio, Arabic first.", "rawi");
  rawi::cli::AddVersionFlag(app);
  app.require_subcommand(1);
  std::function<int()> run;
  rawi::cli::AddRenderCommand(app, run);
  rawi::cli::AddSpeakCommand(app, run);
  rawi::cli::AddNormalizeCommand(app, run);
  rawi::cli::AddPhonemesCommand(app, run);
  rawi::cli::AddVocalizeCommand(app, run);
  rawi::cli::AddPublishCommands(app, run);
  rawi::cli::AddSegmentCommand(app, run);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "rawi: " << e.what() << "\nRun 'rawi --help' for usage.\n";
    return rawi::ExitCode(rawi::ErrorKind::kUsage);
  }
  try {
    const int code = run();
    rawi::cli::FlushStdout();
    return code;
  } catch (const rawi::Error& e) {
    std::cerr << "rawi: " << e.what() << "\n";
    return rawi::ExitCode(e.kind());
  } catch (const std::exception& e) {
    std::cerr << "rawi: internal error: " << e.what() << "\n";
    return rawi::ExitCode(rawi::ErrorKind::kEngine);
  }
}
