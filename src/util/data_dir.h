// Where rawi's data (voice profiles, lexicons, text patterns) lives.
#pragma once

#include <filesystem>

namespace rawi {

// The voices/ folder: $RAWI_DATA_DIR if set, else <exe>/../share/rawi/voices when installed,
// else the source tree's voices/ (so a fresh build runs in place).
std::filesystem::path VoicesDir();

}  // namespace rawi
