#include "support/node_clients.h"

#include <filesystem>

namespace rawi::testing {
namespace {

const std::string kClients = std::string(RAWI_TESTS_DIR) + "/clients";

}  // namespace

bool HaveNodeClient(const std::string& package) {
  return std::filesystem::is_directory(kClients + "/node_modules/" + package);
}

ProcessResult RunNodeClient(const std::string& script, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"/usr/bin/env", "node", kClients + "/" + script};
  argv.insert(argv.end(), args.begin(), args.end());
  return RunProcess(argv);
}

}  // namespace rawi::testing
