// Errors that reach the user. Every failure rawi reports is an Error whose message is one line a
// user can act on ("article.txt: invalid UTF-8 at byte 12"), and whose kind selects the exit code.
#pragma once

#include <stdexcept>
#include <string>

namespace rawi {

enum class ErrorKind {
  kBadInput = 1,  // an article, data file or output path the user named is unusable
  kUsage = 2,     // the command line itself is wrong
  kEngine = 3,    // the speech engine or a system library failed
  kBusy = 4,      // another rawi run holds what this one needs: try again later
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message);
  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;
};

// "PATH: PROBLEM", the shape of every error about a file.
Error FileError(const std::string& path, const std::string& problem);
Error UsageError(const std::string& message);
Error EngineError(const std::string& message);
Error BusyError(const std::string& message);

// The process exit code for an error of this kind (the enum's value).
int ExitCode(ErrorKind kind);

}  // namespace rawi
