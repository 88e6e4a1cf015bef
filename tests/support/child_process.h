// A program running beside the test (a sound server, a recorder, rawi playing into a terminal),
// unlike RunProcess, which waits for it to end.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace rawi::testing {

struct ChildOptions {
  std::vector<std::string> env;  // NAME=VALUE, added to the test's environment
  int in = -1;                   // standard input; -1: /dev/null
  int out = -1;                  // standard output; -1: /dev/null
  int err = -1;                  // standard error; -1: /dev/null
  // A new session whose controlling terminal is `in` (a pseudo-terminal's slave), as a login
  // shell would run it: Ctrl-C there reaches the child.
  bool terminal = false;
};

// Whether a server takes connections at the Unix socket `socket_path` (a child that has started).
bool AcceptsConnections(const std::string& socket_path);

// In a forked child: every signal's disposition back to the default and none blocked, so that
// what the test process installed or blocked (rawi's own clean-up handlers from AtomicFile, a
// library's mask, SIGPIPE ignored while writing to a child) never reaches the program under test.
void ResetSignalsForChild();

class ChildProcess {
 public:
  ChildProcess(const std::vector<std::string>& argv, const ChildOptions& options);
  ~ChildProcess();  // kills (SIGKILL) and reaps it if it still runs
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  void Signal(int signal) const;
  // The wait status once it has ended, nullopt when it still runs after `timeout`.
  std::optional<int> Wait(std::chrono::milliseconds timeout);

 private:
  pid_t pid_ = -1;
  std::optional<int> status_;
};

}  // namespace rawi::testing
