// The podcast feed: RSS 2.0 with the itunes, content and podcast (Podcasting 2.0) namespaces,
// written with libxml2's xmlTextWriter (so every text is escaped).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "publish/episode.h"
#include "publish/podcast_config.h"

namespace rawi {

// The feed's URL: base_url + "feed.xml".
std::string FeedUrl(const PodcastConfig& config);

// The feed XML for these episodes (in the order given). `image_file` is the cover's file name
// in the site, or empty.
std::string FeedXml(const PodcastConfig& config, const std::vector<Episode>& episodes,
                    const std::string& image_file, int64_t build_time);

// The feed's episodes, from what is on disk now rather than what a run meant to write (a killed
// run can leave a new audio file beside its old manifest): every readable manifest in the site
// (ReadEpisodes order, newest first) whose audio file is there, its audio_length the file's
// size now (the duration stays the manifest's), its read-along page only when that file is there
// (the item's <link>), and one episode per guid (the first). Each
// manifest left out adds a line "PATH: PROBLEM, its episode is left out of the feed" to
// `warnings`.
std::vector<Episode> FeedEpisodes(const std::filesystem::path& site,
                                  std::vector<std::string>& warnings);

struct FeedSummary {
  size_t items = 0;
  std::vector<std::string> warnings;  // from FeedEpisodes, for stderr
};

// Copies the cover into the site, then writes SITE_DIR/feed.xml atomically from FeedEpisodes.
// Throws a FileError naming the cover when it is no longer a JPEG or PNG image.
FeedSummary WriteFeed(const std::filesystem::path& site, const PodcastConfig& config);

// The Podcasting 2.0 chapters JSON: {"version": "1.2.0", "chapters": [{"startTime", "title"}]}.
struct Chapter;
std::string ChaptersJson(const std::vector<Chapter>& chapters);

}  // namespace rawi
