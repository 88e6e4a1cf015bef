#include "publish/feed_writer.h"

#include <cmath>
#include <ctime>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "publish/episode_audio.h"
#include "publish/identifiers.h"
#include "publish/xml_writer.h"
#include "text/utf8.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace rawi {

std::string FeedUrl(const PodcastConfig& config) { return config.base_url + "feed.xml"; }

namespace {

// The <channel>'s own elements, before its items.
void Channel(XmlWriter& xml, const PodcastConfig& config, const std::string& image_file,
             int64_t build_time) {
  xml.Element("title", config.title);
  xml.Element("link", config.base_url);
  xml.Element("description", config.description);
  xml.Element("language", config.language);
  xml.Element("generator", "rawi");
  xml.Element("lastBuildDate", Rfc2822(build_time));
  xml.Empty("atom:link",
            {{"href", FeedUrl(config)}, {"rel", "self"}, {"type", "application/rss+xml"}});
  xml.Element("itunes:author", config.author);
  xml.Element("itunes:summary", config.description);
  xml.Element("itunes:explicit", config.explicit_content ? "true" : "false");
  xml.Element("itunes:type", "episodic");
  xml.Start("itunes:owner");
  xml.Element("itunes:name", config.author);
  xml.Element("itunes:email", config.email);
  xml.End();
  xml.Empty("itunes:category", {{"text", config.category}});
  if (!image_file.empty()) {
    xml.Empty("itunes:image", {{"href", config.base_url + image_file}});
    xml.Start("image");
    xml.Element("url", config.base_url + image_file);
    xml.Element("title", config.title);
    xml.Element("link", config.base_url);
    xml.End();
  }
  xml.Element("podcast:guid", PodcastGuid(FeedUrl(config)));
  xml.Element("podcast:locked", {{"owner", config.email}}, config.locked ? "yes" : "no");
}

void Item(XmlWriter& xml, const PodcastConfig& config, const Episode& e) {
  xml.Start("item");
  xml.Element("title", e.title);
  // The read-along page is the episode's web page: where a podcast app's "open" link goes.
  if (!e.page.empty()) xml.Element("link", config.base_url + e.page);
  xml.Element("description", e.description);
  xml.Element("itunes:summary", e.description);
  if (!e.author.empty()) xml.Element("itunes:author", e.author);
  xml.Empty("enclosure", {{"url", config.base_url + e.audio},
                          {"length", std::to_string(e.audio_length)},
                          {"type", e.audio_type}});
  xml.Element("guid", {{"isPermaLink", "false"}}, e.guid);
  xml.Element("pubDate", Rfc2822(e.published));
  xml.Element("itunes:duration", std::to_string(static_cast<long long>(std::lround(e.duration))));
  xml.Element("itunes:explicit", config.explicit_content ? "true" : "false");
  xml.Element("itunes:episodeType", "full");
  xml.Empty("podcast:chapters",
            {{"url", config.base_url + e.chapters}, {"type", "application/json+chapters"}});
  for (const auto& [file, type] :
       {std::pair{&e.vtt, "text/vtt"}, std::pair{&e.srt, "application/x-subrip"}}) {
    xml.Empty("podcast:transcript", {{"url", config.base_url + *file},
                                     {"type", type},
                                     {"language", e.language},
                                     {"rel", "captions"}});
  }
  xml.End();
}

}  // namespace

std::string FeedXml(const PodcastConfig& config, const std::vector<Episode>& episodes,
                    const std::string& image_file, int64_t build_time) {
  XmlWriter xml("the feed");
  xml.Start("rss");
  xml.Attribute("version", "2.0");
  xml.Attribute("xmlns:itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd");
  xml.Attribute("xmlns:content", "http://purl.org/rss/1.0/modules/content/");
  xml.Attribute("xmlns:podcast", "https://podcastindex.org/namespace/1.0");
  xml.Attribute("xmlns:atom", "http://www.w3.org/2005/Atom");
  xml.Start("channel");
  Channel(xml, config, image_file, build_time);
  for (const Episode& e : episodes) Item(xml, config, e);
  xml.End();
  xml.End();
  return xml.Finish();
}

std::vector<Episode> FeedEpisodes(const std::filesystem::path& site,
                                  std::vector<std::string>& warnings) {
  std::vector<Episode> episodes;
  std::map<std::string, std::string> guids;  // guid -> the slug that has it
  for (Episode& e : ReadEpisodes(site)) {
    const std::filesystem::path audio = site / e.audio;
    std::error_code ec;
    const bool there = std::filesystem::is_regular_file(audio, ec);
    const uintmax_t size = there ? std::filesystem::file_size(audio, ec) : 0;
    if (!there || ec) {
      warnings.push_back(audio.string() +
                         ": audio file missing, its episode is left out of the feed");
      continue;
    }
    if (const auto [it, added] = guids.emplace(e.guid, e.slug); !added) {
      warnings.push_back(ManifestPath(site, e.slug).string() + ": same guid as " +
                         ManifestPath(site, it->second).string() +
                         ", its episode is left out of the feed");
      continue;
    }
    e.audio_length = size;
    if (!e.page.empty() && !std::filesystem::is_regular_file(site / e.page, ec)) e.page.clear();
    episodes.push_back(std::move(e));
  }
  return episodes;
}

FeedSummary WriteFeed(const std::filesystem::path& site, const PodcastConfig& config) {
  std::string image_file;
  if (!config.image.empty()) {
    image_file = "cover" + config.image.extension().string();
    std::ifstream in(config.image, std::ios::binary);
    if (!in) throw FileError(config.image.string(), "cannot read the cover image");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Checked again: the file may have changed since the config was read.
    if (const std::string problem = CoverImageProblem(config.image, bytes); !problem.empty()) {
      throw FileError(config.image.string(), problem);
    }
    WriteFileAtomically(site / image_file, bytes);
  }
  FeedSummary summary;
  const std::vector<Episode> episodes = FeedEpisodes(site, summary.warnings);
  WriteFileAtomically(site / "feed.xml", FeedXml(config, episodes, image_file,
                                                 static_cast<int64_t>(std::time(nullptr))));
  summary.items = episodes.size();
  return summary;
}

std::string ChaptersJson(const std::vector<Chapter>& chapters) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Chapter& c : chapters) {
    list.push_back({{"startTime", std::round(c.start * 1000) / 1000}, {"title", XmlSafe(c.title)}});
  }
  nlohmann::ordered_json root = {{"version", "1.2.0"}, {"chapters", list}};
  return root.dump(2, ' ', false) + "\n";
}

}  // namespace rawi
