#include "publish/captions.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

Timings Sample() {
  Timings t;
  t.sample_rate = 1000;
  t.total_samples = 10000;
  t.sections.push_back(SectionTiming{
      std::nullopt,
      0,
      4000,
      {ParagraphTiming{
          0, 4000, {{"جملة أولى.", 0, 1500}, {"Second <b> & sentence.", 2000, 4000}}}}});
  return t;
}

TEST(CuesFromTimingsTest, OneCuePerShortSentence) {
  const auto cues = CuesFromTimings(Sample());
  ASSERT_EQ(cues.size(), 2u);
  EXPECT_EQ(cues[0].text, "جملة أولى.");
  EXPECT_DOUBLE_EQ(cues[0].start, 0.0);
  EXPECT_DOUBLE_EQ(cues[0].end, 1.5);
  EXPECT_DOUBLE_EQ(cues[1].start, 2.0);
}

TEST(CuesFromTimingsTest, LongSentenceSplitsAtSpacesWithTimeByLength) {
  Timings t;
  t.sample_rate = 1000;
  t.sections.push_back(SectionTiming{
      std::nullopt, 0, 3000, {ParagraphTiming{0, 3000, {{"aaaa bbbb cccc dddd", 0, 3000}}}}});
  const auto cues = CuesFromTimings(t, CaptionConfig{9});
  ASSERT_EQ(cues.size(), 2u);
  EXPECT_EQ(cues[0].text, "aaaa bbbb");
  EXPECT_EQ(cues[1].text, "cccc dddd");
  EXPECT_DOUBLE_EQ(cues[0].end, 1.5);
  EXPECT_DOUBLE_EQ(cues[1].start, 1.5);
  EXPECT_DOUBLE_EQ(cues[1].end, 3.0);
}

// "في 25 مدينة، قال - الوزير" with its words timed (the dash is not a word).
Timings WithWords() {
  Timings t;
  t.sample_rate = 1000;
  SentenceTiming sentence{"في 25 مدينة، قال - الوزير",
                          1000,
                          4000,
                          {{"في", 1000, 1200},
                           {"25", 1200, 2000},
                           {"مدينة،", 2000, 2600},
                           {"قال", 2600, 3000},
                           {"الوزير", 3000, 4000}}};
  t.sections.push_back(
      SectionTiming{std::nullopt, 1000, 4000, {ParagraphTiming{1000, 4000, {sentence}}}});
  return t;
}

TEST(CuesFromTimingsTest, ALongSentenceSplitsWhereItsWordsStart) {
  const auto cues = CuesFromTimings(WithWords(), CaptionConfig{14});
  ASSERT_EQ(cues.size(), 2u);
  EXPECT_EQ(cues[0].text, "في 25 مدينة،");
  EXPECT_EQ(cues[1].text, "قال - الوزير");
  EXPECT_DOUBLE_EQ(cues[0].start, 1.0);
  EXPECT_DOUBLE_EQ(cues[0].end, 2.6);
  EXPECT_DOUBLE_EQ(cues[1].start, 2.6);
  EXPECT_DOUBLE_EQ(cues[1].end, 4.0);
  EXPECT_EQ(cues[1].word_starts, (std::vector<std::optional<double>>{2.6, std::nullopt, 3.0}));
}

TEST(CaptionFormatsTest, WebVttWordTimestampsInsideTheCue) {
  const auto cues = CuesFromTimings(WithWords());
  ASSERT_EQ(cues.size(), 1u);
  EXPECT_EQ(ToWebVtt(cues, /*word_timestamps=*/true),
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n"
            "في <00:00:01.200>25 <00:00:02.000>مدينة، <00:00:02.600>قال - <00:00:03.000>الوزير\n");
  EXPECT_EQ(ToWebVtt(cues),
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nفي 25 مدينة، قال - الوزير\n");
}

TEST(CaptionFormatsTest, WordTimestampsNeverRepeatOrLeaveTheCue) {
  // Zero-length words (not spoken) and a word at the cue's end get no timestamp.
  Cue cue{1.0, 2.0, "a b c d", {1.0, 1.5, 1.5, 2.0}};
  EXPECT_EQ(ToWebVtt({cue}, true),
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\na <00:00:01.500>b c d\n");
}

TEST(CaptionFormatsTest, WebVttEscapesAndSrtUsesCommas) {
  const auto cues = CuesFromTimings(Sample());
  EXPECT_EQ(ToWebVtt(cues),
            "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\nجملة أولى.\n\n2\n"
            "00:00:02.000 --> 00:00:04.000\nSecond &lt;b&gt; &amp; sentence.\n");
  EXPECT_EQ(ToSrt(cues),
            "1\n00:00:00,000 --> 00:00:01,500\nجملة أولى.\n\n2\n"
            "00:00:02,000 --> 00:00:04,000\nSecond <b> & sentence.\n");
}

TEST(CaptionFormatsTest, HoursInTimestamps) {
  EXPECT_EQ(ToSrt({{3725.5, 3726.0, "x"}}), "1\n01:02:05,500 --> 01:02:06,000\nx\n");
}

}  // namespace
}  // namespace rawi
