#include "publish/podcast_config.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::TempDir;

const char* kMinimal =
    "title = \"أخبار ليبيا المسموعة\"\ndescription = \"نشرة\"\nauthor = \"راوي\"\n"
    "email = \"owner@example.com\"\nbase_url = \"https://example.com/podcast\"\n";

const char* kJpeg = "\xFF\xD8\xFF\xE0\x00\x10JFIF";
const char* kPng = "\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR";

// The minimal config with keys replaced or added (a value of "" removes the key); values are
// TOML as written.
std::string Toml(const std::map<std::string, std::string>& changes) {
  std::vector<std::pair<std::string, std::string>> keys = {
      {"title", "\"أخبار ليبيا المسموعة\""},
      {"description", "\"نشرة\""},
      {"author", "\"راوي\""},
      {"email", "\"owner@example.com\""},
      {"base_url", "\"https://example.com/podcast\""}};
  for (const auto& [key, value] : changes) {
    bool found = false;
    for (auto& kept : keys) {
      if (kept.first == key) kept.second = value, found = true;
    }
    if (!found) keys.emplace_back(key, value);
  }
  std::string toml;
  for (const auto& [key, value] : keys) {
    if (!value.empty()) toml += key + " = " + value + "\n";
  }
  return toml;
}

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
  EXPECT_TRUE(c.locked);
  EXPECT_EQ(c.bitrate_kbps, 96);
  EXPECT_DOUBLE_EQ(c.loudness_lufs, -16.0);
  EXPECT_DOUBLE_EQ(c.true_peak_dbtp, -1.0);
  EXPECT_TRUE(c.image.empty());
  EXPECT_FALSE(c.accessibility.epub);
  EXPECT_FALSE(c.accessibility.page);
}

TEST(PodcastConfigTest, AccessibilityTableTurnsOnWhatItDoesNotTurnOff) {
  TempDir dir;
  const std::vector<std::pair<std::string, std::pair<bool, bool>>> cases = {
      {"[accessibility]\n", {true, true}},
      {"[accessibility]\nepub = true\npage = true\n", {true, true}},
      {"[accessibility]\npage = false\n", {true, false}},
      {"[accessibility]\nepub = false\n", {false, true}},
      {"[accessibility]\nepub = false\npage = false\n", {false, false}},
      {"accessibility = true\n", {true, true}},
      {"accessibility = false\n", {false, false}},
      {"accessibility = { page = false }\n", {true, false}},
  };
  for (const auto& [toml, expected] : cases) {
    const PodcastConfig c = LoadPodcastConfig(dir.Write("p.toml", std::string(kMinimal) + toml));
    EXPECT_EQ(c.accessibility.epub, expected.first) << toml;
    EXPECT_EQ(c.accessibility.page, expected.second) << toml;
  }
}

TEST(PodcastConfigTest, ImageRelativeToTheConfig) {
  TempDir dir;
  dir.Write("cover.jpg", kJpeg);
  const PodcastConfig c = LoadPodcastConfig(
      dir.Write("p.toml", std::string(kMinimal) + "image = \"cover.jpg\"\nexplicit = true\n"));
  EXPECT_EQ(c.image, dir / "cover.jpg");
  EXPECT_TRUE(c.explicit_content);
}

TEST(PodcastConfigTest, ValidSettings) {
  TempDir dir;
  dir.Write("art.PNG", std::string(kPng, 16));
  std::filesystem::create_directory(dir / "art");
  dir.Write("art/c.jpeg", kJpeg);
  struct Case {
    std::map<std::string, std::string> changes;
    std::function<void(const PodcastConfig&)> check;
  };
  const std::vector<Case> cases = {
      {{{"loudness_lufs", "-23"}}, [](auto& c) { EXPECT_DOUBLE_EQ(c.loudness_lufs, -23); }},
      {{{"loudness_lufs", "-40.0"}}, [](auto& c) { EXPECT_DOUBLE_EQ(c.loudness_lufs, -40); }},
      {{{"loudness_lufs", "-5"}}, [](auto& c) { EXPECT_DOUBLE_EQ(c.loudness_lufs, -5); }},
      {{{"true_peak_dbtp", "0"}}, [](auto& c) { EXPECT_DOUBLE_EQ(c.true_peak_dbtp, 0); }},
      {{{"true_peak_dbtp", "-20.0"}}, [](auto& c) { EXPECT_DOUBLE_EQ(c.true_peak_dbtp, -20); }},
      {{{"bitrate_kbps", "32"}}, [](auto& c) { EXPECT_EQ(c.bitrate_kbps, 32); }},
      {{{"bitrate_kbps", "128"}}, [](auto& c) { EXPECT_EQ(c.bitrate_kbps, 128); }},
      {{{"bitrate_kbps", "320"}}, [](auto& c) { EXPECT_EQ(c.bitrate_kbps, 320); }},
      {{{"locked", "false"}}, [](auto& c) { EXPECT_FALSE(c.locked); }},
      {{{"language", "\"en-GB\""}}, [](auto& c) { EXPECT_EQ(c.language, "en-GB"); }},
      {{{"language", "\"ar\""}}, [](auto& c) { EXPECT_EQ(c.language, "ar"); }},
      {{{"category", "\"Society & Culture\""}},
       [](auto& c) { EXPECT_EQ(c.category, "Society & Culture"); }},
      {{{"description", "\"\"\"\nسطر\n\tوسطر\n\"\"\""}},
       [](auto& c) { EXPECT_EQ(c.description, "سطر\n\tوسطر\n"); }},
      {{{"title", "\"\\u200fأخبار\""}}, [](auto& c) { EXPECT_EQ(c.title, "\u200fأخبار"); }},
      {{{"email", "\"news.desk+pod@mail.example.ly\""}},
       [](auto& c) { EXPECT_EQ(c.email, "news.desk+pod@mail.example.ly"); }},
      {{{"base_url", "\"https://example.com\""}},
       [](auto& c) { EXPECT_EQ(c.base_url, "https://example.com/"); }},
      {{{"base_url", "\"http://127.0.0.1:8080/p/\""}},
       [](auto& c) { EXPECT_EQ(c.base_url, "http://127.0.0.1:8080/p/"); }},
      {{{"base_url", "\"https://[::1]/pod%20cast/\""}},
       [](auto& c) { EXPECT_EQ(c.base_url, "https://[::1]/pod%20cast/"); }},
      {{{"image", "\"art.PNG\""}}, [&](auto& c) { EXPECT_EQ(c.image, dir / "art.PNG"); }},
      {{{"image", "\"art/c.jpeg\""}}, [&](auto& c) { EXPECT_EQ(c.image, dir / "art/c.jpeg"); }},
      {{{"image", "\"" + (dir / "art/c.jpeg").string() + "\""}},
       [&](auto& c) { EXPECT_EQ(c.image, dir / "art/c.jpeg"); }},
  };
  for (const Case& c : cases) {
    const auto file = dir.Write("p.toml", Toml(c.changes));
    SCOPED_TRACE(Toml(c.changes));
    try {
      c.check(LoadPodcastConfig(file));
    } catch (const Error& e) {
      ADD_FAILURE() << e.what();
    }
  }
}

TEST(PodcastConfigTest, ErrorsNameTheFileTheKeyAndTheProblem) {
  TempDir dir;
  dir.Write("fake.jpg", "not an image at all");
  dir.Write("jpeg.png", kJpeg);
  dir.Write("png.jpg", std::string(kPng, 16));
  dir.Write("short.png", "\x89P");
  std::filesystem::create_directory(dir / "folder.jpg");
  const std::string lufs = "'loudness_lufs' must be a number from -40 to -5 (LUFS)";
  const std::string peak = "'true_peak_dbtp' must be a number from -20 to 0 (dBTP)";
  const std::string bitrate =
      "'bitrate_kbps' must be one of 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, "
      "320 (MP3 CBR kbps)";
  const std::string host = "'base_url' must be an absolute http:// or https:// URL with a host";
  const std::vector<std::pair<std::map<std::string, std::string>, std::string>> cases = {
      {{{"loudness_lufs", "nan"}}, lufs + ", not nan"},
      {{{"loudness_lufs", "-nan"}}, lufs + ", not nan"},
      {{{"loudness_lufs", "inf"}}, lufs + ", not inf"},
      {{{"loudness_lufs", "-inf"}}, lufs + ", not -inf"},
      {{{"loudness_lufs", "-41"}}, lufs + ", not -41"},
      {{{"loudness_lufs", "-4.5"}}, lufs + ", not -4.5"},
      {{{"loudness_lufs", "0"}}, lufs + ", not 0"},
      {{{"loudness_lufs", "\"-16\""}}, lufs},
      {{{"true_peak_dbtp", "inf"}}, peak + ", not inf"},
      {{{"true_peak_dbtp", "nan"}}, peak + ", not nan"},
      {{{"true_peak_dbtp", "-21"}}, peak + ", not -21"},
      {{{"true_peak_dbtp", "0.5"}}, peak + ", not 0.5"},
      {{{"true_peak_dbtp", "true"}}, peak},
      {{{"bitrate_kbps", "4294967392"}}, bitrate + ", not 4294967392"},
      {{{"bitrate_kbps", "-9223372036854775808"}}, bitrate + ", not -9223372036854775808"},
      {{{"bitrate_kbps", "8"}}, bitrate + ", not 8"},
      {{{"bitrate_kbps", "100"}}, bitrate + ", not 100"},
      {{{"bitrate_kbps", "96.0"}}, bitrate},
      // Found by fuzzing: a float beyond int64_t was undefined behaviour in toml++'s narrowing.
      {{{"bitrate_kbps", "-2e60"}}, bitrate},
      {{{"bitrate_kbps", "\"96\""}}, bitrate},
      {{{"base_url", "\"http://\""}}, host},
      {{{"base_url", "\"https://\""}}, host},
      {{{"base_url", "\"http:///podcast/\""}}, host},
      {{{"base_url", "\"https://:8080/\""}}, host},
      {{{"base_url", "\"https://example..com/\""}}, host},
      {{{"base_url", "\"https://-example.com/\""}}, host},
      {{{"base_url", "\"https://example.com:99999/\""}}, host},
      {{{"base_url", "\"https://example.com:http/\""}}, host},
      {{{"base_url", "\"https://[::1/\""}}, host},
      {{{"base_url", "\"ftp://example.com/\""}}, host},
      {{{"base_url", "\"example.com/podcast/\""}}, host},
      {{{"base_url", "\"HTTPS://example.com/\""}}, host},
      {{{"base_url", "\"https://user:pw@example.com/\""}},
       "'base_url' must not contain a user name or password"},
      {{{"base_url", "\"https://example.com/a b/\""}},
       "'base_url' must be ASCII without spaces, quotes, <, >, \\, ^, `, {, | or } "
       "(percent-encode them)"},
      {{{"base_url", "\"https://example.com/أخبار/\""}},
       "'base_url' must be ASCII without spaces, quotes, <, >, \\, ^, `, {, | or } "
       "(percent-encode them)"},
      {{{"base_url", "\"https://example.com/?feed=\""}},
       "'base_url' must not have a query or fragment ('?' or '#'): file names are appended to it"},
      {{{"base_url", "\"https://example.com/#x\""}},
       "'base_url' must not have a query or fragment ('?' or '#'): file names are appended to it"},
      {{{"base_url", "\"https://example.com/\\u0001\""}},
       "'base_url' contains the control character U+0001"},
      {{{"image", "\"/etc/shadow\""}}, "'image' /etc/shadow must be a .jpg, .jpeg or .png file"},
      {{{"image", "\"../podcast.toml\""}},
       "'image' " + (dir / "../podcast.toml").string() + " must be a .jpg, .jpeg or .png file"},
      {{{"image", "\"none.jpg\""}}, "'image' " + (dir / "none.jpg").string() + " does not exist"},
      {{{"image", "\"folder.jpg\""}},
       "'image' " + (dir / "folder.jpg").string() + " is not a regular file"},
      {{{"image", "\"fake.jpg\""}},
       "'image' " + (dir / "fake.jpg").string() +
           " is not a JPEG image (a .jpg or .jpeg file starts with FF D8 FF)"},
      {{{"image", "\"png.jpg\""}},
       "'image' " + (dir / "png.jpg").string() +
           " is not a JPEG image (a .jpg or .jpeg file starts with FF D8 FF)"},
      {{{"image", "\"jpeg.png\""}},
       "'image' " + (dir / "jpeg.png").string() +
           " is not a PNG image (a .png file starts with 89 50 4E 47 0D 0A 1A 0A)"},
      {{{"image", "\"short.png\""}},
       "'image' " + (dir / "short.png").string() +
           " is not a PNG image (a .png file starts with 89 50 4E 47 0D 0A 1A 0A)"},
      {{{"image", "\"\""}}, "'image' must not be empty or blank"},
      {{{"image", "42"}}, "'image' must be a string"},
      {{{"title", "\"\""}}, "'title' must not be empty or blank"},
      {{{"title", "\" \\t \""}}, "'title' must not be empty or blank"},
      {{{"title", ""}}, "'title' is missing (a non-empty string)"},
      {{{"title", "5"}}, "'title' must be a string"},
      {{{"title", "\"a\\u0001b\""}}, "'title' contains the control character U+0001"},
      {{{"title", "\"a\\nb\""}}, "'title' contains the control character U+000A"},
      {{{"title", "\"a\\u0085b\""}}, "'title' contains the control character U+0085"},
      {{{"title", "\"a\\uFFFEb\""}}, "'title' contains the noncharacter U+FFFE"},
      {{{"description", "\"\\u0000\""}}, "'description' contains the control character U+0000"},
      {{{"description", "\"a\\u000bb\""}}, "'description' contains the control character U+000B"},
      {{{"description", ""}}, "'description' is missing (a non-empty string)"},
      {{{"author", "\"x\\u007f\""}}, "'author' contains the control character U+007F"},
      {{{"author", "\"  \""}}, "'author' must not be empty or blank"},
      {{{"category", "\"\""}}, "'category' must not be empty or blank"},
      {{{"category", "\"News\\u001b\""}}, "'category' contains the control character U+001B"},
      {{{"category", "[\"News\"]"}}, "'category' must be a string"},
      {{{"email", "\"e\""}}, "'email' must be an email address such as owner@example.com"},
      {{{"email", "\"owner@localhost\""}},
       "'email' must be an email address such as owner@example.com"},
      {{{"email", "\"@example.com\""}},
       "'email' must be an email address such as owner@example.com"},
      {{{"email", "\"a b@example.com\""}},
       "'email' must be an email address such as owner@example.com"},
      {{{"email", "\"a@b@example.com\""}},
       "'email' must be an email address such as owner@example.com"},
      {{{"email", "\"<a@example.com>\""}},
       "'email' must be an email address such as owner@example.com"},
      {{{"language", "\"arabic\""}}, "'language' must be a language tag such as ar or en-GB"},
      {{{"language", "\"a\""}}, "'language' must be a language tag such as ar or en-GB"},
      {{{"language", "\"ar LY\""}}, "'language' must be a language tag such as ar or en-GB"},
      {{{"language", "\"ar-\""}}, "'language' must be a language tag such as ar or en-GB"},
      {{{"language", "\"\""}}, "'language' must not be empty or blank"},
      {{{"explicit", "\"no\""}}, "'explicit' must be true or false"},
      {{{"locked", "1"}}, "'locked' must be true or false"},
      {{{"loudnes_lufs", "-16.0"}},
       "unknown key 'loudnes_lufs' (the keys are title, description, language, author, email, "
       "image, category, explicit, base_url, locked, bitrate_kbps, loudness_lufs, true_peak_dbtp, "
       "accessibility)"},
      {{{"feed", "{ title = \"x\" }"}},
       "unknown key 'feed' (the keys are title, description, language, author, email, image, "
       "category, explicit, base_url, locked, bitrate_kbps, loudness_lufs, true_peak_dbtp, "
       "accessibility)"},
      {{{"accessibility", "\"yes\""}},
       "'accessibility' must be true, false or a table with the keys epub and page"},
      {{{"accessibility", "{ epub = 1 }"}}, "'accessibility.epub' must be true or false"},
      {{{"accessibility", "{ page = \"no\" }"}}, "'accessibility.page' must be true or false"},
      {{{"accessibility", "{ ebook = true }"}},
       "unknown key 'accessibility.ebook' (the keys are epub, page)"},
  };
  for (const auto& [changes, problem] : cases) {
    const auto file = dir.Write("p.toml", Toml(changes));
    EXPECT_EQ(ErrorOf(file), file.string() + ": " + problem) << Toml(changes);
  }
}

TEST(PodcastConfigTest, SyntaxAndMissingFile) {
  TempDir dir;
  const auto duplicate = dir.Write("b.toml", std::string(kMinimal) + "base_url = \"ftp://x\"\n");
  EXPECT_EQ(ErrorOf(duplicate).rfind(duplicate.string() + ": line ", 0), 0u);
  const auto syntax = dir.Write("f.toml", "title = \n");
  EXPECT_EQ(ErrorOf(syntax).rfind(syntax.string() + ": line 1: ", 0), 0u) << ErrorOf(syntax);
  EXPECT_EQ(ErrorOf(dir / "none.toml"), (dir / "none.toml").string() + ": no such feed config");
}

TEST(CoverImageProblemTest, SignatureMustMatchTheExtension) {
  EXPECT_EQ(CoverImageProblem("a.jpg", kJpeg), "");
  EXPECT_EQ(CoverImageProblem("a.JPEG", kJpeg), "");
  EXPECT_EQ(CoverImageProblem("a.png", std::string(kPng, 16)), "");
  EXPECT_EQ(CoverImageProblem("a.gif", "GIF89a"), "must be a .jpg, .jpeg or .png file");
  EXPECT_EQ(CoverImageProblem("a.jpg", ""),
            "is not a JPEG image (a .jpg or .jpeg file starts with FF D8 FF)");
  EXPECT_EQ(CoverImageProblem("a.png", kJpeg),
            "is not a PNG image (a .png file starts with 89 50 4E 47 0D 0A 1A 0A)");
}

}  // namespace
}  // namespace rawi
