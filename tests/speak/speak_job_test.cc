#include "speak/speak_job.h"

#include <gtest/gtest.h>

#include "support/speak_document.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::SpeakTestDocument;

SpeakConfig Config(size_t from_section) {
  SpeakConfig config;
  config.render.text.voices_dir = RAWI_VOICES_DIR;
  config.from_section = from_section;
  return config;
}

TEST(PlanSpeechTest, TheArticlesVoiceWithItsPauses) {
  const SpeechPlan plan = PlanSpeech(SpeakTestDocument(), Config(1));
  EXPECT_EQ(plan.voice.name, "en-news");
  EXPECT_EQ(plan.start, 0u);
  ASSERT_EQ(plan.reading.utterances.size(), 8u);
  // The title is followed by the profile's pause after a heading.
  EXPECT_EQ(plan.reading.utterances[0].pause_after_ms, plan.voice.pauses.after_heading_ms);
  EXPECT_EQ(plan.reading.utterances[7].pause_after_ms, plan.voice.pauses.end_ms);
}

TEST(PlanSpeechTest, RateAndVoiceAsRenderTakesThem) {
  SpeakConfig config = Config(1);
  config.render.voice = "ar-news";
  config.render.rate_wpm = 200;
  const SpeechPlan plan = PlanSpeech(SpeakTestDocument(), config);
  EXPECT_EQ(plan.voice.name, "ar-news");
  EXPECT_EQ(plan.voice.rate_wpm, 200);
}

TEST(PlanSpeechTest, FromSectionStartsAtItsHeading) {
  EXPECT_EQ(PlanSpeech(SpeakTestDocument(), Config(2)).start, 4u);
  EXPECT_EQ(PlanSpeech(SpeakTestDocument(), Config(3)).start, 6u);
}

TEST(PlanSpeechTest, NoSuchSection) {
  for (const size_t k : {0, 4}) {
    try {
      PlanSpeech(SpeakTestDocument(), Config(k));
      FAIL() << k;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kUsage);
      EXPECT_EQ(std::string(e.what()),
                "--from-section " + std::to_string(k) + ": test.txt has 3 sections");
    }
  }
  Document one = SpeakTestDocument();
  one.sections.resize(1);
  try {
    PlanSpeech(one, Config(2));
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "--from-section 2: test.txt has 1 section");
  }
}

TEST(SpeechDispatcherScaleTest, ZeroIsTheVoicesOwnAndTheEndsAreTheRange) {
  // The rate of ar-news (150 words per minute) on eSpeak's 80..450.
  EXPECT_EQ(SpeechDispatcherScale(0, 150, 80, 450), 150);
  EXPECT_EQ(SpeechDispatcherScale(100, 150, 80, 450), 450);
  EXPECT_EQ(SpeechDispatcherScale(-100, 150, 80, 450), 80);
  EXPECT_EQ(SpeechDispatcherScale(50, 150, 80, 450), 300);
  EXPECT_EQ(SpeechDispatcherScale(-50, 150, 80, 450), 115);
  EXPECT_EQ(SpeechDispatcherScale(1, 150, 80, 450), 153);
  // Pitch 45 on 0..100.
  EXPECT_EQ(SpeechDispatcherScale(-30, 45, 0, 100), 32);
  EXPECT_EQ(SpeechDispatcherScale(20, 45, 0, 100), 56);
}

TEST(PlanSpeechTest, SpeechDispatcherRateAndPitchOnTheVoice) {
  SpeakConfig config = Config(1);
  config.render.voice = "ar-news";  // 150 words per minute, pitch 45
  config.spd_rate = 50;
  config.spd_pitch = -100;
  const SpeechPlan plan = PlanSpeech(SpeakTestDocument(), config);
  EXPECT_EQ(plan.voice.rate_wpm, 300);
  EXPECT_EQ(plan.voice.pitch, 0);
  EXPECT_EQ(plan.voice.pitch_range, 55) << "untouched";
}

}  // namespace
}  // namespace rawi
