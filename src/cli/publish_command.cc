#include <unistd.h>

#include <functional>
#include <iostream>
#include <memory>
#include <thread>

#include "audio/audio_format.h"
#include "cli/article_flags.h"
#include "cli/commands.h"
#include "publish/episode_audio.h"
#include "publish/publisher.h"
#include "publish/site_lock.h"
#include "util/data_dir.h"
#include "util/error.h"

namespace rawi::cli {
namespace {

struct PublishFlags {
  std::vector<std::string> articles;
  std::string site;
  std::string feed;
  std::string format = "mp3";
  ArticleFlags text;
  int jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::string shard;
  bool quiet = false;
};

int RunPublish(const PublishFlags& flags) {
  PublishConfig config;
  config.site = flags.site;
  config.podcast = LoadPodcastConfig(flags.feed);
  config.format = ParseEpisodeFormat(flags.format);
  config.render.text.voices_dir = VoicesDir();
  ApplyArticleFlags(flags.text, config.render);
  if (flags.jobs < 1) throw UsageError("-j must be at least 1");
  config.jobs = flags.jobs;
  if (!flags.shard.empty()) config.shard = ParseShard(flags.shard);
  config.progress_bar = isatty(STDERR_FILENO) != 0;
  config.quiet = flags.quiet;

  std::vector<std::filesystem::path> inputs(flags.articles.begin(), flags.articles.end());
  const auto articles = CollectArticles(inputs);
  if (articles.empty()) throw UsageError("no articles found in " + flags.articles.front());
  const PublishSummary summary = Publish(articles, config);
  if (!flags.quiet) {
    std::cerr << "rawi: " << summary.rendered << " rendered, " << summary.unchanged
              << " unchanged, " << summary.failed << " failed";
    if (config.shard) {
      std::cerr << "; shard " << config.shard->index << "/" << config.shard->count
                << " done, assemble the feed with: rawi feed " << flags.site << " --feed "
                << flags.feed << "\n";
    } else {
      std::cerr << "; " << (config.site / "feed.xml").string() << " has " << summary.feed_items
                << " items\n";
    }
  }
  return summary.failed == 0 ? 0 : ExitCode(ErrorKind::kBadInput);
}

int RunFeed(const PublishFlags& flags) {
  const size_t items = PublishFeed(flags.site, LoadPodcastConfig(flags.feed));
  std::cerr << "rawi: " << (std::filesystem::path(flags.site) / "feed.xml").string() << " has "
            << items << " items\n";
  return 0;
}

}  // namespace

void AddPublishCommands(CLI::App& app, std::function<int()>& run) {
  const auto [publish, flags] = AddCommand(
      app, run, "publish", "Publish articles as a podcast: MP3 with chapters, captions and a feed.",
      &RunPublish);
  publish->add_option("articles", flags.articles, "article files or folders of articles")
      ->required();
  publish->add_option("-o,--output", flags.site, "the site folder")->required();
  publish->add_option("--feed", flags.feed, "the podcast's TOML config")->required();
  publish->add_option("--format", flags.format, "audio: " + AudioFormatNames(kEpisodeFormats))
      ->capture_default_str();
  AddArticleFlags(*publish, flags.text, "every article");
  publish->add_option("-j,--jobs", flags.jobs, "worker processes")->capture_default_str();
  publish->add_option("--shard", flags.shard,
                      "I/N: render only the I-th of N shares; then run `rawi feed`");
  publish->add_flag("-q,--quiet", flags.quiet, "no progress on stderr");

  const auto [feed, feed_flags] = AddCommand(
      app, run, "feed",
      "Assemble SITE_DIR/feed.xml from what `rawi publish` (or its shards) wrote.", &RunFeed);
  feed->add_option("site", feed_flags.site, "the site folder")->required();
  feed->add_option("--feed", feed_flags.feed, "the podcast's TOML config")->required();
}

}  // namespace rawi::cli
