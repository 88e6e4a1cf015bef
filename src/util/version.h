#pragma once

namespace rawi {

// rawi's version, e.g. "0.1.0" (from CMake's project version).
const char* Version();

}  // namespace rawi
