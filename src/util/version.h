#pragma once

namespace rawi {

// rawi's version: `git describe` of the source tree at build time (0.2.0, 0.2.0-3-gabc1234,
// with "-dirty" for uncommitted changes; PROJECT_VERSION-N-gHASH before the first release tag),
// else CMake's project version (cmake/version.cmake).
const char* Version();

}  // namespace rawi
