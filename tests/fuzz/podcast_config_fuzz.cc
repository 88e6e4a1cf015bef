// Fuzzes the podcast channel config (publish/podcast_config.h): the input is a podcast.toml.
// A rawi::Error naming the bad key or line is a fine outcome.
#include "fuzz_support.h"
#include "publish/podcast_config.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static rawi::fuzz::MemFile file;
  try {
    const rawi::PodcastConfig config =
        rawi::LoadPodcastConfig(file.Write(rawi::fuzz::AsText(data, size)));
    rawi::fuzz::CheckUtf8(config.base_url, "base_url");
  } catch (const rawi::Error&) {
  }
  return 0;
}
