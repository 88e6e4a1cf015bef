#include "synth/voice_profile.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::TempDir;

std::string ErrorOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

TEST(VoiceProfileTest, ProjectProfilesLoad) {
  const VoiceProfile ar = ResolveVoiceProfile("ar-news", RAWI_VOICES_DIR);
  EXPECT_EQ(ar.name, "ar-news");
  EXPECT_EQ(ar.espeak_voice, "ar");
  EXPECT_EQ(ar.language, "ar");
  EXPECT_GT(ar.pauses.before_heading_ms, ar.pauses.paragraph_ms);
  EXPECT_GT(ar.pauses.paragraph_ms, ar.pauses.sentence_ms);
  const VoiceProfile en = ResolveVoiceProfile("en-news", RAWI_VOICES_DIR);
  EXPECT_EQ(en.language, "en");
  // Both announce who wrote an article and when, not the site (a feed names it already).
  for (const VoiceProfile& p : {ar, en}) {
    EXPECT_TRUE(p.announce.byline) << p.name;
    EXPECT_TRUE(p.announce.date) << p.name;
    EXPECT_FALSE(p.announce.site_name) << p.name;
  }
  EXPECT_EQ(AvailableVoices(RAWI_VOICES_DIR), (std::vector<std::string>{"ar-news", "en-news"}));
}

TEST(VoiceProfileTest, MissingKeysKeepDefaults) {
  TempDir dir;
  const VoiceProfile p = LoadVoiceProfile(dir.Write("slow.json", R"({"rate": 100})"));
  EXPECT_EQ(p.name, "slow");
  EXPECT_EQ(p.rate_wpm, 100);
  EXPECT_EQ(p.pitch, VoiceProfile{}.pitch);
  EXPECT_EQ(p.pauses.sentence_ms, Pauses{}.sentence_ms);
  EXPECT_FALSE(p.announce.byline || p.announce.date || p.announce.site_name);
}

TEST(VoiceProfileTest, Announcements) {
  TempDir dir;
  const VoiceProfile p = LoadVoiceProfile(
      dir.Write("credits.json", R"({"announce": {"site_name": true, "date": true}})"));
  EXPECT_TRUE(p.announce.site_name);
  EXPECT_FALSE(p.announce.byline);
  EXPECT_TRUE(p.announce.date);
}

TEST(VoiceProfileTest, ByPath) {
  TempDir dir;
  const auto file =
      dir.Write("mine.json", R"({"espeak_voice": "ar", "pauses_ms": {"sentence": 10}})");
  EXPECT_EQ(ResolveVoiceProfile(file.string(), RAWI_VOICES_DIR).pauses.sentence_ms, 10);
}

TEST(VoiceProfileTest, BadProfilesNameFileAndKey) {
  TempDir dir;
  const auto bad_json = dir.Write("a.json", "{rate: ");
  EXPECT_EQ(ErrorOf([&] { LoadVoiceProfile(bad_json); }),
            bad_json.string() + ": voice profile is not valid JSON");
  const auto array = dir.Write("b.json", "[]");
  EXPECT_EQ(ErrorOf([&] { LoadVoiceProfile(array); }),
            array.string() + ": voice profile must be a JSON object");
  const auto fast = dir.Write("c.json", R"({"rate": 9000})");
  EXPECT_EQ(ErrorOf([&] { LoadVoiceProfile(fast); }),
            fast.string() + ": 'rate' must be a whole number from 80 to 450");
  const auto pause = dir.Write("d.json", R"({"pauses_ms": {"sentence": "long"}})");
  EXPECT_EQ(ErrorOf([&] { LoadVoiceProfile(pause); }),
            pause.string() + ": 'pauses_ms.sentence' must be a whole number from 0 to 10000");
  const auto voice = dir.Write("e.json", R"({"espeak_voice": ""})");
  EXPECT_EQ(ErrorOf([&] { LoadVoiceProfile(voice); }),
            voice.string() + ": 'espeak_voice' must be a non-empty string");
  const auto announce = dir.Write("f.json", R"({"announce": ["byline"]})");
  EXPECT_EQ(ErrorOf([&] { LoadVoiceProfile(announce); }),
            announce.string() + ": 'announce' must be an object");
  const auto flag = dir.Write("g.json", R"({"announce": {"byline": "yes"}})");
  EXPECT_EQ(ErrorOf([&] { LoadVoiceProfile(flag); }),
            flag.string() + ": 'announce.byline' must be true or false");
}

TEST(VoiceProfileTest, UnknownNameIsUsageErrorListingVoices) {
  try {
    ResolveVoiceProfile("fr-news", RAWI_VOICES_DIR);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
    EXPECT_EQ(std::string(e.what()), "unknown voice 'fr-news' (available: ar-news, en-news)");
  }
  EXPECT_EQ(ErrorOf([] { ResolveVoiceProfile("./nope.json", RAWI_VOICES_DIR); }),
            "./nope.json: no such voice profile");
}

TEST(VoiceProfileTest, DefaultNameFollowsLanguage) {
  EXPECT_EQ(DefaultVoiceName("ar"), "ar-news");
  EXPECT_EQ(DefaultVoiceName("en"), "en-news");
}

TEST(VoiceProfileTest, RateRange) {
  EXPECT_NO_THROW(CheckRate(80));
  EXPECT_NO_THROW(CheckRate(450));
  EXPECT_EQ(ErrorOf([] { CheckRate(79); }),
            "--rate must be from 80 to 450 words per minute, got 79");
}

}  // namespace
}  // namespace rawi
