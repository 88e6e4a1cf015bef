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

// Copies the cover into the site, then writes SITE_DIR/feed.xml atomically from the manifests
// there. Returns the number of items.
size_t WriteFeed(const std::filesystem::path& site, const PodcastConfig& config);

// The Podcasting 2.0 chapters JSON: {"version": "1.2.0", "chapters": [{"startTime", "title"}]}.
struct Chapter;
std::string ChaptersJson(const std::vector<Chapter>& chapters);

}  // namespace rawi
