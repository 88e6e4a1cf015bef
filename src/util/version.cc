#include "util/version.h"

namespace rawi {

const char* Version() { return RAWI_VERSION; }

}  // namespace rawi
