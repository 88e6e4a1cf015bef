#include "util/version.h"

#include "rawi_build_version.h"  // generated at build time (cmake/write_version.cmake)

namespace rawi {

const char* Version() { return RAWI_BUILD_VERSION; }

}  // namespace rawi
