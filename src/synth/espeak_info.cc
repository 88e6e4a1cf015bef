#include "synth/espeak_info.h"

#include <espeak-ng/espeak_ng.h>

namespace rawi {

EspeakInfo GetEspeakInfo() {
  espeak_ng_InitializePath(nullptr);
  const char* data_path = nullptr;
  const char* version = espeak_Info(&data_path);
  return {version ? version : "", data_path ? data_path : ""};
}

}  // namespace rawi
