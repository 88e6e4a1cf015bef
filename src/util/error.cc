#include "util/error.h"

namespace rawi {

Error::Error(ErrorKind kind, const std::string& message)
    : std::runtime_error(message), kind_(kind) {}

Error FileError(const std::string& path, const std::string& problem) {
  return Error(ErrorKind::kBadInput, path + ": " + problem);
}

Error UsageError(const std::string& message) { return Error(ErrorKind::kUsage, message); }

Error EngineError(const std::string& message) { return Error(ErrorKind::kEngine, message); }

Error BusyError(const std::string& message) { return Error(ErrorKind::kBusy, message); }

int ExitCode(ErrorKind kind) { return static_cast<int>(kind); }

}  // namespace rawi
