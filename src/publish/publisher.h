// `rawi publish`: articles into a podcast site. Each article that changed is rendered by a
// worker process of its own (eSpeak NG is process-global), at most `jobs` at a time, into
// SLUG.mp3 (tagged, with chapters), SLUG.vtt, SLUG.srt, SLUG.chapters.json, with [accessibility]
// in the podcast config the read-along SLUG.epub and SLUG.html (the page plays SLUG.mp3 and is the
// feed item's link), and the manifest .rawi/SLUG.json; then feed.xml is assembled from the
// manifests and the files on disk. Every output is written atomically, so an interrupted run leaves
// the previous site intact; a run holds the site's lock (site_lock.h), so a second run into the
// same site fails at once instead of tripping over the first.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "publish/episode_renderer.h"
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
  AudioFormat format = AudioFormat::kMp3;
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

// What names an article in the site: `slug`, the base of its file names (SLUG.mp3,
// .rawi/SLUG.json), and `guid_name`, what its item guid is made from (UUIDv5 in the feed's
// podcast:guid namespace).
struct ArticleKey {
  std::string slug;
  std::string guid_name;
};

// Keys for `articles` (sorted, as CollectArticles returns them: the keys depend on the order), all
// slugs distinct and all guid names distinct. An article's slug is its file name's (ASCII, see
// Slug), and its guid name is its file name, as long as no earlier article has them; a later one
// gets the first free "SLUG-2", "SLUG-3"… (never another article's own slug) and, when its file
// name is taken, "FILE_NAME/2", "FILE_NAME/3"… (a file name never holds '/', so these never meet
// one). Made over the whole list before a shard is taken, so every shard agrees with one run.
std::vector<ArticleKey> ArticleKeys(const std::vector<std::filesystem::path>& articles);

// Publishes: takes the site's lock (shared for a shard, else exclusive, and then removes the
// temporary files killed runs left: RemoveStaleTemps), renders, then writes the feed unless
// sharded. Each article is rendered in a worker process by a renderer `renderer` makes there.
// A failing article is reported on stderr and counted, the others go on; so are the feed's
// warnings. Throws a SiteBusyError while another run holds the site.
PublishSummary Publish(const std::vector<std::filesystem::path>& articles,
                       const PublishConfig& config,
                       const EpisodeRendererFactory& renderer = MakeEspeakRenderer);

// `rawi feed`: in the folder `site` (which must exist), under its exclusive lock, removes the
// temporary files killed runs left and writes the feed (WriteFeed), reporting both and the feed's
// warnings on stderr. Returns the number of items. Throws a SiteBusyError while another run holds
// the site.
size_t PublishFeed(const std::filesystem::path& site, const PodcastConfig& podcast);

}  // namespace rawi
