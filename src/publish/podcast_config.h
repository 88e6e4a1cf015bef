// The podcast channel, from a TOML file (`rawi publish --feed podcast.toml`):
//   title = "أخبار ليبيا المسموعة"      description = "…"      language = "ar"
//   author = "…"   email = "owner@example.com"   image = "cover.jpg"   category = "News"
//   explicit = false   base_url = "https://example.com/podcast/"
// and optional audio settings: bitrate_kbps = 96, loudness_lufs = -16.0, true_peak_dbtp = -1.0,
// locked = true.
#pragma once

#include <filesystem>
#include <string>

namespace rawi {

struct PodcastConfig {
  std::string title;
  std::string description;
  std::string language = "ar";
  std::string author;
  std::string email;
  std::filesystem::path image;  // absolute (resolved against the config's folder); may be empty
  std::string category = "News";
  bool explicit_content = false;
  std::string base_url;  // ends with '/'
  bool locked = true;
  int bitrate_kbps = 96;
  double loudness_lufs = -16.0;
  double true_peak_dbtp = -1.0;
};

// Reads and checks the file; throws a FileError naming the file and the bad or missing key.
PodcastConfig LoadPodcastConfig(const std::filesystem::path& file);

}  // namespace rawi
