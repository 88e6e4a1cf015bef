// `rawi publish`: articles into a podcast site. Each article that changed is rendered by a
// worker process of its own (eSpeak NG is process-global), at most `jobs` at a time, into
// SLUG.mp3 (tagged, with chapters), SLUG.vtt, SLUG.srt, SLUG.chapters.json and the manifest
// .rawi/SLUG.json; then feed.xml is assembled from the manifests. Every output is written
// atomically, so an interrupted run leaves the previous site intact.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "publish/episode_audio.h"
#include "publish/podcast_config.h"
#include "render/render_job.h"

namespace rawi {

struct Shard {
  int index = 1;  // 1-based
  int count = 1;
};

// "2/3" -> {2, 3}; throws a UsageError for anything else.
Shard ParseShard(const std::string& text);

struct PublishConfig {
  std::filesystem::path site;
  PodcastConfig podcast;
  EpisodeFormat format = EpisodeFormat::kMp3;
  RenderConfig render;
  int jobs = 1;
  std::optional<Shard> shard;  // render only this share; the feed is left to `rawi feed`
  bool progress_bar = false;   // a bar with ETA (for a terminal), else one line per article
  bool quiet = false;
};

struct PublishSummary {
  size_t rendered = 0;
  size_t unchanged = 0;
  size_t failed = 0;
  size_t feed_items = 0;  // 0 when sharded
};

// Article files: the files given, and in each folder given its .txt, .md, .markdown, .html
// and .htm files; sorted, without duplicates.
std::vector<std::filesystem::path> CollectArticles(
    const std::vector<std::filesystem::path>& inputs);

// Publishes; a failing article is reported on stderr and counted, the others go on.
PublishSummary Publish(const std::vector<std::filesystem::path>& articles,
                       const PublishConfig& config);

}  // namespace rawi
