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

}  // namespace
}  // namespace rawi
