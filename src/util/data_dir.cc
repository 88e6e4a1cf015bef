#include "util/data_dir.h"

#include <cstdlib>
#include <system_error>

namespace rawi {

std::filesystem::path VoicesDir() {
  if (const char* env = std::getenv("RAWI_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto installed = exe.parent_path().parent_path() / "share" / "rawi" / "voices";
    if (std::filesystem::is_directory(installed, ec)) return installed;
  }
  return RAWI_SOURCE_VOICES_DIR;
}

}  // namespace rawi
