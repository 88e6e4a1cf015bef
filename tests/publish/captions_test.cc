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
