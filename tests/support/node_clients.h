// The npm test clients in tests/clients (installed by scripts/setup): real parsers and browsers
// that check rawi's outputs as their users' software would.
#pragma once

#include <string>
#include <vector>

#include "support/run_process.h"

namespace rawi::testing {

// Whether tests/clients/node_modules holds `package` (tests skip with a reason when not).
bool HaveNodeClient(const std::string& package);

// Runs `node tests/clients/SCRIPT ARGS...`.
ProcessResult RunNodeClient(const std::string& script, const std::vector<std::string>& args);

}  // namespace rawi::testing
