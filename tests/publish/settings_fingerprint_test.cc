#include "publish/settings_fingerprint.h"

#include <gtest/gtest.h>

#include <functional>

#include "support/temp_dir.h"

namespace rawi {
namespace {

using testing::TempDir;

TEST(FileFingerprintTest, Sha256OfTheBytesOrMissing) {
  TempDir dir;
  EXPECT_EQ(FileFingerprint(dir.Write("a.tsv", "abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(FileFingerprint(dir / "none.tsv"), "missing");
}

// Each change to what decides the speech changes the fingerprint; nothing else does.
TEST(SettingsFingerprintTest, ChangesWithEverythingThatDecidesTheSpeech) {
  TempDir dir;
  std::filesystem::create_directory(dir / "voices");
  dir.Write("voices/ar-lexicon.tsv", "ليبيا\tلِيبْيَا\n");
  dir.Write("voices/ar-news.json", "{}");
  dir.Write("mine.tsv", "أ\tب\n");
  dir.Write("extra.txt", "^إعلان$\n");
  dir.Write("voice.json", "{}");
  PublishConfig base;
  base.render.text.voices_dir = dir / "voices";
  const std::string before = SettingsFingerprint(base);
  EXPECT_EQ(SettingsFingerprint(base), before);

  const std::vector<std::pair<std::string, std::function<void(PublishConfig&)>>> changes = {
      {"a data file's bytes", [&](auto&) { dir.Write("voices/ar-lexicon.tsv", "ليبيا\tلِيبْيا\n"); }},
      {"a new data file", [&](auto&) { dir.Write("voices/en-news.json", "{}"); }},
      {"the user lexicon",
       [&](auto& c) { c.render.text.normalizer.user_lexicon = dir / "mine.tsv"; }},
      {"extra boilerplate", [&](auto& c) { c.render.text.extra_boilerplate = dir / "extra.txt"; }},
      {"a voice by path", [&](auto& c) { c.render.voice = (dir / "voice.json").string(); }},
      {"a voice by name", [](auto& c) { c.render.voice = "en-news"; }},
      {"the rate", [](auto& c) { c.render.rate_wpm = 180; }},
      {"the language", [](auto& c) { c.render.text.language = "ar"; }},
      {"the input format", [](auto& c) { c.render.text.input_format = InputFormat::kHtml; }},
      {"month names", [](auto& c) { c.render.text.normalizer.months = MonthNames::kSyriac; }},
      {"the vocalized lexicon",
       [&](auto& c) { c.render.text.vocalizer.user_lexicon = dir / "vocalized.tsv"; }},
      {"vocalization", [](auto& c) { c.render.text.vocalize = false; }},
      {"heading limits", [](auto& c) { c.render.text.reader.max_heading_words = 3; }},
      {"the episode format", [](auto& c) { c.format = AudioFormat::kOpus; }},
      {"the bit rate", [](auto& c) { c.podcast.bitrate_kbps = 128; }},
      {"the loudness", [](auto& c) { c.podcast.loudness_lufs = -19; }},
      {"the read-along page", [](auto& c) { c.podcast.accessibility.page = true; }},
      {"the ebook", [](auto& c) { c.podcast.accessibility.epub = true; }},
      {"the podcast's title (album tag)", [](auto& c) { c.podcast.title = "another"; }},
      {"the podcast's author (artist tag)", [](auto& c) { c.podcast.author = "another"; }},
      {"the base URL (guids)", [](auto& c) { c.podcast.base_url = "https://example.org/"; }},
  };
  std::string previous = before;
  for (const auto& [what, change] : changes) {
    PublishConfig config = base;
    change(config);
    const std::string now = SettingsFingerprint(config);
    EXPECT_NE(now, previous) << what;
    previous = now;
    base = config;  // changes add up: each one is seen on top of the others
  }
  // The user's own files are read again on every run: editing one is a change too.
  const std::string with_all = SettingsFingerprint(base);
  dir.Write("mine.tsv", "أ\tت\n");
  EXPECT_NE(SettingsFingerprint(base), with_all);
}

TEST(SettingsFingerprintTest, EditingTheVocalizedLexiconIsAChange) {
  TempDir dir;
  dir.Write("voices/ar-news.json", "{}");
  dir.Write("vocalized.tsv", "مدينة\tمَدِينَة\n");
  PublishConfig config;
  config.render.text.voices_dir = dir / "voices";
  config.render.text.vocalizer.user_lexicon = dir / "vocalized.tsv";
  const std::string before = SettingsFingerprint(config);
  dir.Write("vocalized.tsv", "مدينة\tمَدِينَةٌ\n");
  EXPECT_NE(SettingsFingerprint(config), before);
  config.render.text.vocalize = false;  // not read then: its edits change nothing
  const std::string unvocalized = SettingsFingerprint(config);
  dir.Write("vocalized.tsv", "مدينة\tمَدِينَةً\n");
  EXPECT_EQ(SettingsFingerprint(config), unvocalized);
}

TEST(SettingsFingerprintTest, SettingsThatDoNotChangeTheSpeechDoNot) {
  TempDir dir;
  dir.Write("voices/ar-lexicon.tsv", "ليبيا\tلِيبْيَا\n");
  dir.Write("copy/ar-lexicon.tsv", "ليبيا\tلِيبْيَا\n");
  dir.Write("mine.tsv", "أ\tب\n");
  dir.Write("moved.tsv", "أ\tب\n");
  PublishConfig a;
  a.render.text.voices_dir = dir / "voices";
  a.render.text.normalizer.user_lexicon = dir / "mine.tsv";
  PublishConfig b = a;
  b.render.text.voices_dir = dir / "copy";
  b.render.text.normalizer.user_lexicon = dir / "moved.tsv";
  b.jobs = 8;
  b.quiet = true;
  b.progress_bar = true;
  b.shard = Shard{2, 3};
  b.podcast.description = "another description";
  b.podcast.email = "another@example.com";
  b.podcast.category = "Society";
  b.podcast.explicit_content = true;
  EXPECT_EQ(SettingsFingerprint(a), SettingsFingerprint(b));
}

}  // namespace
}  // namespace rawi
