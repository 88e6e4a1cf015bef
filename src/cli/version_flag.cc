#include <string>

#include "cli/commands.h"
#include "synth/espeak_info.h"
#include "util/data_dir.h"
#include "util/version.h"
#include "vocalize/vocalizer_data_info.h"

namespace rawi::cli {

std::string VersionReport() {
  const EspeakInfo espeak = GetEspeakInfo();
  const auto voices = VoicesDir();
  return std::string("rawi ") + Version() + "\n" +                               //
         "eSpeak NG " + espeak.version + ", data: " + espeak.data_path + "\n" +  //
         "voices: " + voices.string() + "\n" +                                   //
         VocalizerDataLine(DescribeVocalizerData(voices / "ar-vocalizer.bin"));
}

void AddVersionFlag(CLI::App& app) {
  app.set_version_flag("--version", VersionReport,
                       "print the versions of rawi, eSpeak NG and the vocalizer data, and exit");
}

}  // namespace rawi::cli
