// The podcast channel, from a TOML file (`rawi publish --feed podcast.toml`):
//   title = "أخبار ليبيا المسموعة"      description = "…"      language = "ar"
//   author = "…"   email = "owner@example.com"   image = "cover.jpg"   category = "News"
//   explicit = false   base_url = "https://example.com/podcast/"
// and optional audio settings: bitrate_kbps = 96, loudness_lufs = -16.0, true_peak_dbtp = -1.0,
// locked = true; and the read-along outputs beside every episode: an [accessibility] table turns
// on both, or those of its keys `epub` and `page` that are not false (`accessibility = true` is
// the table with both on).
//
// Every key is checked, so a typo or a bad value is a one-line error naming the file, the key and
// the problem instead of a broken feed or a crashed encoder: no unknown keys; strings non-blank,
// without control characters (the description may hold tabs and line breaks); email an address;
// language a tag such as ar or en-GB; base_url an absolute http(s) URL with a host, ASCII, without
// query, fragment or user name; image a .jpg/.jpeg/.png file (relative to the config's folder, or
// absolute) whose bytes start with the JPEG or PNG signature; bitrate_kbps an MPEG-1 Layer III
// rate (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320); loudness_lufs a finite
// number from -40 to -5, true_peak_dbtp from -20 to 0; explicit and locked booleans.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace rawi {

// What `publish` writes beside each episode for readers who follow the text (publish/publisher.h).
struct AccessibilityOutputs {
  bool epub = false;  // SLUG.epub: an EPUB 3 with Media Overlays (publish/epub_writer.h)
  bool page = false;  // SLUG.html: the read-along page playing SLUG's audio (readalong_page.h)
};

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
  AccessibilityOutputs accessibility;
};

// Reads and checks the file; throws a FileError naming the file and the bad or missing key.
PodcastConfig LoadPodcastConfig(const std::filesystem::path& file);

// Why `bytes` (the start of the file `image`, or all of it) are not a cover image of the kind its
// extension names, as "is not a JPEG image (…)"; empty when they are.
std::string CoverImageProblem(const std::filesystem::path& image, std::string_view bytes);

}  // namespace rawi
