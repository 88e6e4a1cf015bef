#include "publish/feed_writer.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <nlohmann/json.hpp>

#include "publish/episode_audio.h"
#include "publish/identifiers.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

PodcastConfig Config() {
  PodcastConfig c;
  c.title = "أخبار <ليبيا> & العالم";
  c.description = "نشرة";
  c.author = "راوي";
  c.email = "owner@example.com";
  c.base_url = "https://example.com/podcast/";
  return c;
}

Episode Item() {
  Episode e;
  e.slug = "a";
  e.guid = "guid-1";
  e.title = "عنوان \"مقتبس\"";
  e.description = "وصف";
  e.published = 1710662400;
  e.duration = 125.6;
  e.audio = "a.mp3";
  e.audio_length = 4242;
  e.audio_type = "audio/mpeg";
  e.chapters = "a.chapters.json";
  e.vtt = "a.vtt";
  e.srt = "a.srt";
  e.language = "ar";
  return e;
}

// Evaluates an XPath over the feed with the feed's namespaces registered.
std::vector<std::string> Query(const std::string& xml, const char* path) {
  std::vector<std::string> values;
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "feed.xml", nullptr, 0);
  EXPECT_NE(doc, nullptr);
  if (doc == nullptr) return values;
  xmlXPathContext* context = xmlXPathNewContext(doc);
  xmlXPathRegisterNs(context, BAD_CAST "itunes",
                     BAD_CAST "http://www.itunes.com/dtds/podcast-1.0.dtd");
  xmlXPathRegisterNs(context, BAD_CAST "podcast",
                     BAD_CAST "https://podcastindex.org/namespace/1.0");
  xmlXPathObject* result = xmlXPathEvalExpression(BAD_CAST path, context);
  if (result != nullptr && result->nodesetval != nullptr) {
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      xmlChar* text = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
      values.emplace_back(reinterpret_cast<char*>(text));
      xmlFree(text);
    }
  }
  xmlXPathFreeObject(result);
  xmlXPathFreeContext(context);
  xmlFreeDoc(doc);
  return values;
}

TEST(FeedXmlTest, ChannelAndItemFields) {
  const std::string xml = FeedXml(Config(), {Item()}, "cover.jpg", 0);
  EXPECT_EQ(Query(xml, "/rss/channel/title"), std::vector<std::string>{"أخبار <ليبيا> & العالم"});
  EXPECT_NE(xml.find("أخبار &lt;ليبيا&gt; &amp; العالم"), std::string::npos);  // escaped
  EXPECT_EQ(Query(xml, "/rss/channel/language"), std::vector<std::string>{"ar"});
  EXPECT_EQ(Query(xml, "/rss/channel/itunes:explicit"), std::vector<std::string>{"false"});
  EXPECT_EQ(Query(xml, "/rss/channel/itunes:image/@href"),
            std::vector<std::string>{"https://example.com/podcast/cover.jpg"});
  EXPECT_EQ(Query(xml, "/rss/channel/itunes:owner/itunes:email"),
            std::vector<std::string>{"owner@example.com"});
  EXPECT_EQ(Query(xml, "/rss/channel/podcast:guid"),
            std::vector<std::string>{PodcastGuid("https://example.com/podcast/feed.xml")});
  EXPECT_EQ(Query(xml, "/rss/channel/podcast:locked"), std::vector<std::string>{"yes"});
  EXPECT_EQ(Query(xml, "//item/title"), std::vector<std::string>{"عنوان \"مقتبس\""});
  EXPECT_EQ(Query(xml, "//item/enclosure/@length"), std::vector<std::string>{"4242"});
  EXPECT_EQ(Query(xml, "//item/enclosure/@url"),
            std::vector<std::string>{"https://example.com/podcast/a.mp3"});
  EXPECT_EQ(Query(xml, "//item/guid"), std::vector<std::string>{"guid-1"});
  EXPECT_EQ(Query(xml, "//item/guid/@isPermaLink"), std::vector<std::string>{"false"});
  EXPECT_EQ(Query(xml, "//item/pubDate"),
            std::vector<std::string>{"Sun, 17 Mar 2024 08:00:00 +0000"});
  EXPECT_EQ(Query(xml, "//item/itunes:duration"), std::vector<std::string>{"126"});
  EXPECT_EQ(Query(xml, "//item/podcast:chapters/@url"),
            std::vector<std::string>{"https://example.com/podcast/a.chapters.json"});
  EXPECT_EQ(Query(xml, "//item/podcast:transcript/@type"),
            (std::vector<std::string>{"text/vtt", "application/x-subrip"}));
  EXPECT_EQ(Query(xml, "//item/podcast:transcript/@rel"),
            (std::vector<std::string>{"captions", "captions"}));
}

TEST(FeedXmlTest, TheReadAlongPageIsTheItemLink) {
  EXPECT_EQ(Query(FeedXml(Config(), {Item()}, "", 0), "//item/link"), std::vector<std::string>{});
  Episode e = Item();
  e.page = "a.html";
  EXPECT_EQ(Query(FeedXml(Config(), {e}, "", 0), "//item/link"),
            std::vector<std::string>{"https://example.com/podcast/a.html"});
}

TEST(FeedEpisodesTest, APageThatIsNotThereIsNoLink) {
  testing::TempDir dir;
  Episode e = Item();
  e.page = "a.html";
  WriteEpisode(dir.path(), e);
  dir.Write("a.mp3", "x");
  std::vector<std::string> warnings;
  EXPECT_EQ(FeedEpisodes(dir.path(), warnings).at(0).page, "");
  dir.Write("a.html", "<!doctype html>");
  EXPECT_EQ(FeedEpisodes(dir.path(), warnings).at(0).page, "a.html");
}

TEST(FeedXmlTest, ControlCharactersAreDropped) {
  PodcastConfig config = Config();
  config.title = "نشرة\x01 الأخبار";
  config.author = "راوي\x0b";
  Episode item = Item();
  item.title = "عنوان\x01";
  item.author = "سالم\x01 الورفلي";
  item.description = "سطر\x0bآخر\x1f";
  const std::string xml = FeedXml(config, {item}, "", 0);
  EXPECT_EQ(xml.find_first_of(std::string("\x01\x0b\x1f")), std::string::npos);
  EXPECT_EQ(Query(xml, "/rss/channel/title"), std::vector<std::string>{"نشرة الأخبار"});
  EXPECT_EQ(Query(xml, "/rss/channel/itunes:author"), std::vector<std::string>{"راوي "});
  EXPECT_EQ(Query(xml, "//item/title"), std::vector<std::string>{"عنوان"});
  EXPECT_EQ(Query(xml, "//item/itunes:author"), std::vector<std::string>{"سالم الورفلي"});
  EXPECT_EQ(Query(xml, "//item/description"), std::vector<std::string>{"سطر آخر"});
}

TEST(ChaptersJsonTest, Podcasting20Format) {
  const auto json =
      nlohmann::json::parse(ChaptersJson({{"عنوان", 0.0, 10.0}, {"قسم ثان", 12.3456, 20.0}}));
  EXPECT_EQ(json["version"], "1.2.0");
  ASSERT_EQ(json["chapters"].size(), 2u);
  EXPECT_EQ(json["chapters"][0]["startTime"], 0.0);
  EXPECT_EQ(json["chapters"][1]["startTime"], 12.346);
  EXPECT_EQ(json["chapters"][1]["title"], "قسم ثان");
}

// Manifests a, b and c (c newest) with audio files of 1, 2 and 3 bytes.
struct Site {
  testing::TempDir dir;
  Site() {
    for (int i = 0; i < 3; ++i) {
      Episode e = Item();
      e.slug = std::string(1, static_cast<char>('a' + i));
      e.guid = "guid-" + e.slug;
      e.audio = e.slug + ".mp3";
      e.published = 100 + i;
      e.audio_length = 999;
      WriteEpisode(dir.path(), e);
      dir.Write(e.audio, std::string(static_cast<size_t>(i + 1), 'x'));
    }
  }
  std::vector<std::string> Slugs(std::vector<std::string>& warnings) const {
    std::vector<std::string> slugs;
    for (const Episode& e : FeedEpisodes(dir.path(), warnings)) {
      slugs.push_back(e.slug + ":" + std::to_string(e.audio_length));
    }
    return slugs;
  }
};

TEST(FeedEpisodesTest, LengthsAreTheFilesOnDiskNow) {
  Site site;
  std::vector<std::string> warnings;
  EXPECT_EQ(site.Slugs(warnings), (std::vector<std::string>{"c:3", "b:2", "a:1"}));
  site.dir.Write("b.mp3", std::string(5000, 'y'));  // replaced after its manifest was written
  EXPECT_EQ(site.Slugs(warnings), (std::vector<std::string>{"c:3", "b:5000", "a:1"}));
  EXPECT_EQ(warnings, std::vector<std::string>{});
}

TEST(FeedEpisodesTest, MissingAudioIsLeftOutWithAWarning) {
  Site site;
  std::filesystem::remove(site.dir / "b.mp3");
  std::filesystem::remove(site.dir / "c.mp3");
  std::filesystem::create_directory(site.dir / "c.mp3");
  std::vector<std::string> warnings;
  EXPECT_EQ(site.Slugs(warnings), std::vector<std::string>{"a:1"});
  EXPECT_EQ(warnings, (std::vector<std::string>{
                          (site.dir / "c.mp3").string() +
                              ": audio file missing, its episode is left out of the feed",
                          (site.dir / "b.mp3").string() +
                              ": audio file missing, its episode is left out of the feed"}));
}

TEST(FeedEpisodesTest, OneItemPerGuid) {
  Site site;
  Episode stale = Item();
  stale.slug = "a-old";
  stale.guid = "guid-b";
  stale.audio = "a-old.mp3";
  stale.published = 50;
  WriteEpisode(site.dir.path(), stale);
  site.dir.Write("a-old.mp3", "zzzz");
  std::vector<std::string> warnings;
  EXPECT_EQ(site.Slugs(warnings), (std::vector<std::string>{"c:3", "b:2", "a:1"}));
  EXPECT_EQ(warnings,
            std::vector<std::string>{(site.dir / ".rawi/a-old.json").string() + ": same guid as " +
                                     (site.dir / ".rawi/b.json").string() +
                                     ", its episode is left out of the feed"});
}

TEST(WriteFeedTest, CoverIsCheckedAgainWhenCopied) {
  Site site;
  PodcastConfig config = Config();
  config.image = site.dir.Write("art.png", "\x89PNG\r\n\x1A\n....");
  FeedSummary summary = WriteFeed(site.dir.path(), config);
  EXPECT_EQ(summary.items, 3u);
  EXPECT_EQ(testing::ReadFile(site.dir / "cover.png"), testing::ReadFile(config.image));
  site.dir.Write("art.png", "secret, not an image");
  try {
    WriteFeed(site.dir.path(), config);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              config.image.string() +
                  ": is not a PNG image (a .png file starts with 89 50 4E 47 0D 0A 1A 0A)");
  }
  EXPECT_EQ(testing::ReadFile(site.dir / "cover.png"), "\x89PNG\r\n\x1A\n....");
}

}  // namespace
}  // namespace rawi
