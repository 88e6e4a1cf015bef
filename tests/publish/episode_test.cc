#include "publish/episode.h"

#include <gtest/gtest.h>

#include "support/document_sentences.h"
#include "support/temp_dir.h"

namespace rawi {
namespace {

TEST(Rfc2822Test, EnglishNamesUtc) {
  EXPECT_EQ(Rfc2822(0), "Thu, 01 Jan 1970 00:00:00 +0000");
  EXPECT_EQ(Rfc2822(1710662400), "Sun, 17 Mar 2024 08:00:00 +0000");
}

TEST(ParseIsoDateTest, Forms) {
  EXPECT_EQ(ParseIsoDate("2024-03-17"), 1710633600);
  EXPECT_EQ(ParseIsoDate("2024-03-17T08:00:00Z"), 1710662400);
  EXPECT_EQ(ParseIsoDate("2024-03-17T10:00:00+02:00"), 1710662400);
  EXPECT_EQ(ParseIsoDate("2024-03-17T08:00:00.123Z"), 1710662400);
  EXPECT_EQ(ParseIsoDate(""), std::nullopt);
  EXPECT_EQ(ParseIsoDate("17/3/2024"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("2024-13-01"), std::nullopt);
}

TEST(ArticleTitleTest, TitleLineElseFirstHeadingElseFileName) {
  Document doc;
  doc.sections.push_back({std::nullopt, {}});
  doc.sections.push_back({Heading("اجتماع لدعم الهدنة"), {}});
  doc.sections.push_back({Heading("لقاء آخر"), {}});
  EXPECT_EQ(ArticleTitle(doc, "news/libya-truce_meeting.txt"), "اجتماع لدعم الهدنة");
  doc.title.written = "العنوان";
  EXPECT_EQ(ArticleTitle(doc, "news/libya-truce_meeting.txt"), "العنوان");
  Document untitled;
  untitled.sections.push_back({std::nullopt, {}});
  EXPECT_EQ(ArticleTitle(untitled, "news/libya-truce_meeting.txt"), "libya truce meeting");
}

TEST(EpisodeManifestTest, RoundTripAndNewestFirst) {
  testing::TempDir site;
  Episode a;
  a.source = "a.txt";
  a.slug = "a";
  a.title = "عنوان";
  a.published = 100;
  a.audio = "a.mp3";
  a.audio_length = 1234;
  a.language = "ar";
  Episode b = a;
  b.slug = "b";
  b.audio = "b.mp3";
  b.published = 200;
  b.epub = "b.epub";
  b.page = "b.html";
  WriteEpisode(site.path(), a);
  WriteEpisode(site.path(), b);
  site.Write("a.mp3", "x");
  site.Write("b.mp3", "y");
  const auto read = ReadEpisode(ManifestPath(site.path(), "a"));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->title, "عنوان");
  EXPECT_EQ(read->audio_length, 1234u);
  EXPECT_EQ(read->language, "ar");
  EXPECT_EQ(read->epub, "");  // not published: absent from the manifest, as in older ones
  EXPECT_EQ(read->page, "");
  EXPECT_EQ(testing::ReadFile(ManifestPath(site.path(), "a")).find("\"epub\""), std::string::npos);
  const auto all = ReadEpisodes(site.path());
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].slug, "b");
  EXPECT_EQ(all[0].epub, "b.epub");
  EXPECT_EQ(all[0].page, "b.html");
  std::filesystem::remove(site / "b.mp3");  // listed all the same: the feed decides
  EXPECT_EQ(ReadEpisodes(site.path()).size(), 2u);
  site.Write(".rawi/broken.json", "{");
  EXPECT_EQ(ReadEpisodes(site.path()).size(), 2u);
}

}  // namespace
}  // namespace rawi
