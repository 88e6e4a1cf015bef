#include "publish/publisher.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace rawi
