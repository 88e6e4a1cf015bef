#include "publish/podcast_config.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::TempDir;

const char* kMinimal =
    "title = \"أخبار ليبيا المسموعة\"\ndescription = \"نشرة\"\nauthor = \"راوي\"\n"
    "email = \"owner@example.com\"\nbase_url = \"https://example.com/podcast\"\n";

std::string ErrorOf(const std::filesystem::path& file) {
  try {
    LoadPodcastConfig(file);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    return e.what();
  }
  return "no error";
}

TEST(PodcastConfigTest, MinimalWithDefaults) {
  TempDir dir;
  const PodcastConfig c = LoadPodcastConfig(dir.Write("p.toml", kMinimal));
  EXPECT_EQ(c.title, "أخبار ليبيا المسموعة");
  EXPECT_EQ(c.base_url, "https://example.com/podcast/");
  EXPECT_EQ(c.language, "ar");
  EXPECT_EQ(c.category, "News");
  EXPECT_FALSE(c.explicit_content);
  EXPECT_EQ(c.bitrate_kbps, 96);
  EXPECT_DOUBLE_EQ(c.loudness_lufs, -16.0);
  EXPECT_DOUBLE_EQ(c.true_peak_dbtp, -1.0);
  EXPECT_TRUE(c.image.empty());
}

TEST(PodcastConfigTest, ImageRelativeToTheConfig) {
  TempDir dir;
  dir.Write("cover.jpg", "jpeg");
  const PodcastConfig c = LoadPodcastConfig(
      dir.Write("p.toml", std::string(kMinimal) + "image = \"cover.jpg\"\nexplicit = true\n"));
  EXPECT_EQ(c.image, dir / "cover.jpg");
  EXPECT_TRUE(c.explicit_content);
}

TEST(PodcastConfigTest, ErrorsNameTheFileAndKey) {
  TempDir dir;
  const auto missing_title = dir.Write("a.toml", "description = \"x\"\n");
  EXPECT_EQ(ErrorOf(missing_title),
            missing_title.string() + ": 'title' is missing (a non-empty string)");
  const auto bad_url = dir.Write("b.toml", std::string(kMinimal) + "base_url = \"ftp://x\"\n");
  EXPECT_EQ(ErrorOf(bad_url).rfind(bad_url.string() + ": line ", 0), 0u);  // duplicate key
  const auto ftp = dir.Write("c.toml",
                             "title = \"t\"\ndescription = \"d\"\nauthor = \"a\"\nemail = "
                             "\"e\"\nbase_url = \"ftp://x/\"\n");
  EXPECT_EQ(ErrorOf(ftp), ftp.string() + ": 'base_url' must start with http:// or https://");
  const auto image = dir.Write("d.toml", std::string(kMinimal) + "image = \"none.jpg\"\n");
  EXPECT_EQ(ErrorOf(image),
            image.string() + ": 'image' " + (dir / "none.jpg").string() + " does not exist");
  const auto bitrate = dir.Write("e.toml", std::string(kMinimal) + "bitrate_kbps = 8\n");
  EXPECT_EQ(ErrorOf(bitrate),
            bitrate.string() + ": 'bitrate_kbps' must be a whole number from 32 to 320");
  const auto syntax = dir.Write("f.toml", "title = \n");
  EXPECT_EQ(ErrorOf(syntax).rfind(syntax.string() + ": line 1: ", 0), 0u) << ErrorOf(syntax);
  EXPECT_EQ(ErrorOf(dir / "none.toml"), (dir / "none.toml").string() + ": no such feed config");
}

// Found by fuzzing (tests/fuzz/podcast_config_fuzz.cc): a float too large for int64_t was
// undefined behaviour in toml++, and 2^32 + 96 was narrowed to int as 96.
TEST(PodcastConfigTest, BitrateIsAWholeNumberInRange) {
  TempDir dir;
  for (const char* value : {"-2e60", "128.0", "\"128\"", "4294967392", "9223372036854775807"}) {
    const auto file = dir.Write("p.toml", std::string(kMinimal) + "bitrate_kbps = " + value + "\n");
    EXPECT_EQ(ErrorOf(file),
              file.string() + ": 'bitrate_kbps' must be a whole number from 32 to 320")
        << value;
  }
  EXPECT_EQ(LoadPodcastConfig(dir.Write("q.toml", std::string(kMinimal) + "bitrate_kbps = 128\n"))
                .bitrate_kbps,
            128);
}

// NaN passed the range check and made every sample of the episode NaN; a string was ignored.
TEST(PodcastConfigTest, LoudnessAndPeakAreFiniteNumbers) {
  TempDir dir;
  for (const char* value : {"nan", "inf", "\"-16\"", "-50"}) {
    const auto file =
        dir.Write("p.toml", std::string(kMinimal) + "loudness_lufs = " + value + "\n");
    EXPECT_EQ(ErrorOf(file), file.string() + ": 'loudness_lufs' must be from -40 to -5") << value;
  }
  for (const char* value : {"nan", "-inf", "\"-1\""}) {
    const auto file =
        dir.Write("p.toml", std::string(kMinimal) + "true_peak_dbtp = " + value + "\n");
    EXPECT_EQ(ErrorOf(file), file.string() + ": 'true_peak_dbtp' must be a number") << value;
  }
  const PodcastConfig c = LoadPodcastConfig(
      dir.Write("q.toml", std::string(kMinimal) + "loudness_lufs = -19\ntrue_peak_dbtp = -2.5\n"));
  EXPECT_DOUBLE_EQ(c.loudness_lufs, -19.0);
  EXPECT_DOUBLE_EQ(c.true_peak_dbtp, -2.5);
}

}  // namespace
}  // namespace rawi
