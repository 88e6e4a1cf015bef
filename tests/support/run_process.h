// Runs a program (the real rawi CLI in end-to-end tests) and collects what it did.
#pragma once

#include <string>
#include <vector>

namespace rawi::testing {

struct ProcessResult {
  int exit_code = -1;   // -1 when killed by a signal
  std::string out;      // stdout
  std::string err;      // stderr
  long max_rss_kb = 0;  // peak resident set size of the child
};

// Runs `argv` with `stdin_data` on its standard input; waits for it.
ProcessResult RunProcess(const std::vector<std::string>& argv, const std::string& stdin_data = "");

// RunProcess of the rawi binary under test with these arguments.
ProcessResult RunRawi(const std::vector<std::string>& args, const std::string& stdin_data = "");

// RunProcess of `argv` under GNU time (/usr/bin/time), whose max_rss_kb is the program's own peak:
// a process started straight from the test process counts the test process's pages until its
// exec, and a test process that has run many tests (rawi_tests run directly) is large.
ProcessResult RunMeasuringMemory(const std::vector<std::string>& argv,
                                 const std::string& stdin_data = "");

}  // namespace rawi::testing
