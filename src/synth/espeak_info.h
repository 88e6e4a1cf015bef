// Which eSpeak NG rawi runs on, for `rawi --version`: the library's version and the data folder
// it reads its voices and dictionaries from.
#pragma once

#include <string>

namespace rawi {

struct EspeakInfo {
  std::string version;    // e.g. "1.51"
  std::string data_path;  // e.g. "/usr/lib/x86_64-linux-gnu/espeak-ng-data"
};

// Asks the library (espeak_Info) after resolving its data path as a synthesizer would
// ($ESPEAK_DATA_PATH, else the library's built-in path). Loads no voice; never throws.
EspeakInfo GetEspeakInfo();

}  // namespace rawi
