#include "publish/publisher.h"

#include <gtest/gtest.h>

#include <set>

#include "publish/episode.h"
#include "publish/feed_writer.h"
#include "publish/identifiers.h"
#include "support/fake_episode_renderer.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

TEST(ParseShardTest, ValidAndInvalid) {
  EXPECT_EQ(ParseShard("1/1").index, 1);
  EXPECT_EQ(ParseShard("2/3").count, 3);
  for (const char* bad : {"0/2", "3/2", "2", "a/b", "1/0", "1/2/3", "1/2x"}) {
    try {
      ParseShard(bad);
      FAIL() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kUsage);
      EXPECT_EQ(std::string(e.what()),
                std::string("--shard ") + bad + ": expected I/N with 1 <= I <= N, e.g. 2/4");
    }
  }
}

TEST(CollectArticlesTest, FilesAndFoldersSortedWithoutDuplicates) {
  testing::TempDir dir;
  dir.Write("b.txt", "x");
  dir.Write("a.md", "x");
  dir.Write("c.html", "x");
  dir.Write("cover.jpg", "x");
  const auto articles = CollectArticles({dir.path(), dir / "b.txt", dir / "zz.txt"});
  EXPECT_EQ(articles, (std::vector<std::filesystem::path>{dir / "a.md", dir / "b.txt",
                                                          dir / "c.html", dir / "zz.txt"}));
}

TEST(ArticleKeysTest, SlugsAndGuidNamesAreUnique) {
  using Paths = std::vector<std::filesystem::path>;
  using Keys = std::vector<std::pair<std::string, std::string>>;
  const std::vector<std::pair<Paths, Keys>> cases = {
      {{"a/news.txt", "b/news.txt"}, {{"news", "news.txt"}, {"news-2", "news.txt/2"}}},
      {{"a.md", "a.txt"}, {{"a", "a.md"}, {"a-2", "a.txt"}}},
      {{"x/a.txt", "y/a.md", "z/a.txt"}, {{"a", "a.txt"}, {"a-2", "a.md"}, {"a-3", "a.txt/2"}}},
      // A numbered slug never takes another article's own slug, wherever that article sorts.
      {{"a/news.txt", "b/news.txt", "c/news-2.txt"},
       {{"news", "news.txt"}, {"news-3", "news.txt/2"}, {"news-2", "news-2.txt"}}},
      {{"a/news-2.txt", "b/news.txt", "c/news.txt"},
       {{"news-2", "news-2.txt"}, {"news", "news.txt"}, {"news-3", "news.txt/2"}}},
      {{"a/News.txt", "b/news.md", "c/NEWS.html"},
       {{"news", "News.txt"}, {"news-2", "news.md"}, {"news-3", "NEWS.html"}}},
      {{"one.txt", "two.txt"}, {{"one", "one.txt"}, {"two", "two.txt"}}},
      {{}, {}},
  };
  for (const auto& [articles, expected] : cases) {
    Keys got;
    for (const ArticleKey& key : ArticleKeys(articles)) got.emplace_back(key.slug, key.guid_name);
    EXPECT_EQ(got, expected) << (articles.empty() ? "(none)" : articles.front().string());
  }
}

TEST(ArticleKeysTest, SlugsWithoutLettersStayDistinct) {
  const auto keys = ArticleKeys({"a/!!!.txt", "b/!!!.txt"});
  ASSERT_EQ(keys.size(), 2u);
  EXPECT_EQ(keys[0].slug.rfind("article-", 0), 0u);
  EXPECT_NE(keys[0].slug, keys[1].slug);
  EXPECT_EQ(keys[0].guid_name, "!!!.txt");
  EXPECT_EQ(keys[1].guid_name, "!!!.txt/2");
}

// Publish with the fake renderer: each article in a worker process, as the real one does.
class PublishTest : public ::testing::Test {
 protected:
  PublishTest() {
    std::filesystem::create_directories(dir_ / "voices");
    config_.site = dir_ / "site";
    config_.podcast.title = "Test news";
    config_.podcast.author = "Newsroom";
    config_.podcast.email = "news@example.org";
    config_.podcast.base_url = "https://example.org/news/";
    config_.render.text.voices_dir = dir_ / "voices";
    config_.jobs = 2;
    config_.quiet = true;
  }

  std::filesystem::path Article(const std::string& name, const std::string& text) {
    return dir_.Write("articles/" + name, text);
  }

  PublishSummary Run(const std::vector<std::filesystem::path>& articles) {
    return Publish(articles, config_, testing::MakeFakeEpisodeRenderer);
  }

  // Every manifest in `site`: slug -> (source, guid).
  static std::map<std::string, std::pair<std::string, std::string>> Manifests(
      const std::filesystem::path& site) {
    std::map<std::string, std::pair<std::string, std::string>> out;
    for (const Episode& e : ReadEpisodes(site)) out[e.slug] = {e.source, e.guid};
    return out;
  }

  testing::TempDir dir_;
  PublishConfig config_;
};

TEST_F(PublishTest, TwoShardsAndTheFeedEqualOneRun) {
  // a.md and a.txt collide on the slug "a": the keys are made before the shards are taken.
  const auto articles =
      CollectArticles({Article("a.txt", "One\nfirst.\n"), Article("a.md", "Two\nsecond.\n"),
                       Article("b.txt", "Three\nthird.\n")});
  const PublishSummary whole = Run(articles);
  EXPECT_EQ(whole.rendered, 3u);
  EXPECT_EQ(whole.feed_items, 3u);
  const auto one_run = Manifests(config_.site);

  config_.site = dir_ / "sharded";
  for (int index : {1, 2}) {
    config_.shard = Shard{index, 2};
    const PublishSummary part = Run(articles);
    EXPECT_EQ(part.failed, 0u);
    EXPECT_EQ(part.feed_items, 0u);  // the feed is left to `rawi feed`
  }
  ::testing::internal::CaptureStderr();
  EXPECT_EQ(PublishFeed(config_.site, config_.podcast), 3u);
  ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(Manifests(config_.site), one_run);
  EXPECT_EQ(one_run.size(), 3u);
  EXPECT_EQ(one_run.at("a").first, "a.md");
  EXPECT_EQ(one_run.at("a-2").first, "a.txt");
}

TEST_F(PublishTest, UnchangedSettingsSkipAndAChangedOneRendersAgain) {
  const std::vector<std::filesystem::path> articles = {Article("a.txt", "One\nfirst.\n"),
                                                       Article("b.txt", "Two\nsecond.\n")};
  EXPECT_EQ(Run(articles).rendered, 2u);
  const auto mp3 = config_.site / "a.mp3";
  const auto first_write = std::filesystem::last_write_time(mp3);

  const PublishSummary again = Run(articles);
  EXPECT_EQ(again.rendered, 0u);
  EXPECT_EQ(again.unchanged, 2u);
  EXPECT_EQ(again.feed_items, 2u);
  EXPECT_EQ(std::filesystem::last_write_time(mp3), first_write);

  config_.podcast.bitrate_kbps = 128;
  const PublishSummary changed = Run(articles);
  EXPECT_EQ(changed.rendered, 2u);
  EXPECT_EQ(changed.unchanged, 0u);
}

TEST_F(PublishTest, AFailingArticleIsReportedAndTheOthersPublished) {
  const std::vector<std::filesystem::path> articles = {Article("bad.txt", "FAIL\n"),
                                                       Article("good.txt", "Fine\nall well.\n")};
  ::testing::internal::CaptureStderr();
  const PublishSummary summary = Run(articles);
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(summary.failed, 1u);
  EXPECT_EQ(summary.rendered, 1u);
  EXPECT_EQ(summary.feed_items, 1u);
  EXPECT_NE(err.find("rawi: " + (dir_ / "articles/bad.txt").string() +
                     ": the fake renderer fails on purpose\n"),
            std::string::npos)
      << err;
  EXPECT_TRUE(std::filesystem::exists(ManifestPath(config_.site, "good")));
  EXPECT_FALSE(std::filesystem::exists(ManifestPath(config_.site, "bad")));
}

TEST_F(PublishTest, TheManifestDescribesTheEpisode) {
  const auto article = Article("news.txt", "The title\nThe first paragraph.\nThe second.\n");
  Run({article});
  const auto e = ReadEpisode(ManifestPath(config_.site, "news"));
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->source, "news.txt");
  EXPECT_EQ(e->slug, "news");
  EXPECT_EQ(e->guid, UuidV5(PodcastGuid(FeedUrl(config_.podcast)), "news.txt"));
  EXPECT_EQ(e->content_hash.size(), 64u);
  EXPECT_EQ(e->title, "The title");
  EXPECT_EQ(e->description, "The first paragraph.");
  EXPECT_EQ(e->author, "Newsroom");  // the article names none
  EXPECT_EQ(e->language, "en");
  EXPECT_EQ(e->published, ParseIsoDate(testing::FakeEpisodeRenderer::kDate));
  EXPECT_NEAR(e->duration, 1.5, 0.1);  // the title and two sentences
  EXPECT_EQ(e->audio, "news.mp3");
  EXPECT_EQ(e->audio_type, "audio/mpeg");
  EXPECT_EQ(e->audio_length, std::filesystem::file_size(config_.site / "news.mp3"));
  EXPECT_EQ(e->vtt, "news.vtt");
  EXPECT_EQ(e->srt, "news.srt");
  EXPECT_EQ(e->chapters, "news.chapters.json");
  EXPECT_EQ(e->epub, "");
  EXPECT_EQ(e->page, "");
  for (const std::string& file : {e->vtt, e->srt, e->chapters}) {
    EXPECT_TRUE(std::filesystem::is_regular_file(config_.site / file)) << file;
  }
}

}  // namespace
}  // namespace rawi
