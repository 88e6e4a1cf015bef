// A private Speech Dispatcher for tests of rawi's module (contrib/speech-dispatcher/rawi.conf):
// its own configuration folder (a speechd.conf that loads only the module "rawi", sd_generic
// with that conf, where `rawi` is the binary under test), socket, home, runtime and log
// folders in a temporary folder, and audio through a private PulseAudio server. Nothing of the
// machine's Speech Dispatcher is used or touched.
//
// The server, its module and the rawi processes the module starts all carry the server's HOME
// in their environment, which is how Stop finds and ends every one of them.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "support/child_process.h"
#include "support/pulse_server.h"
#include "support/temp_dir.h"

namespace rawi::testing {

class SpeechDispatcher {
 public:
  // Starts the server (it exits by itself after 60 s without a client) and waits up to 10 s
  // until its socket takes connections. With `wav`, the module's rawi writes the WAV stream of
  // each message to the end of that file (`-o - >> WAV` at the end of the command) instead of
  // playing it: the audio sample for sample, whatever the load of the machine.
  explicit SpeechDispatcher(const PulseServer& pulse,
                            const std::optional<std::filesystem::path>& wav = std::nullopt);
  ~SpeechDispatcher();  // Stop
  SpeechDispatcher(const SpeechDispatcher&) = delete;
  SpeechDispatcher& operator=(const SpeechDispatcher&) = delete;

  // Whether it is installed (if not: why, for GTEST_SKIP) and whether it started (if not: its
  // log, for a failure).
  bool installed() const { return installed_; }
  bool ok() const { return ok_; }
  const std::string& why() const { return why_; }

  // Runs `spd-say ARGS` against this server (within 60 s, else it is killed).
  struct Said {
    int exit_code = -1;
    std::string out, err;
  };
  Said Say(const std::vector<std::string>& args) const;

  // The server's and the module's logs.
  std::string Logs() const;
  // Where a test may leave files the server's processes should never touch.
  const TempDir& dir() const { return dir_; }

  // Ends the server (SIGTERM, then SIGKILL after 5 s) and then every process left with its HOME
  // (SIGKILL after 5 s more); returns how many were left running after the first 5 s (0 when
  // Speech Dispatcher shut its module and rawi down itself). Idempotent.
  int Stop();

 private:
  std::vector<pid_t> Processes() const;  // those with this server's HOME, but the test itself

  TempDir dir_;
  std::vector<std::string> env_;
  std::unique_ptr<ChildProcess> server_;
  bool installed_ = false;
  bool ok_ = false;
  std::string why_;
};

}  // namespace rawi::testing
