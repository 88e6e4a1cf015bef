#include "audio/duration_limit_sink.h"

#include <gtest/gtest.h>

#include <vector>

namespace rawi {
namespace {

struct RecordingSink : AudioSink {
  std::vector<int16_t> samples;
  bool finished = false;
  void Write(std::span<const int16_t> s) override {
    samples.insert(samples.end(), s.begin(), s.end());
  }
  void Finish() override { finished = true; }
};

TEST(DurationLimitSinkTest, PassesEverythingUpToTheLimit) {
  RecordingSink inner;
  DurationLimitSink sink(inner, 10);
  const std::vector<int16_t> six(6, 7);
  sink.Write(std::span<const int16_t>(six.data(), 6));
  sink.Write(std::span<const int16_t>(six.data(), 4));
  sink.Finish();
  EXPECT_EQ(inner.samples.size(), 10u);
  EXPECT_TRUE(inner.finished);
}

TEST(DurationLimitSinkTest, StopsBeforeTheSamplesPastTheLimit) {
  RecordingSink inner;
  DurationLimitSink sink(inner, 10);
  sink.WriteSilence(8);
  const std::vector<int16_t> three(3, 7);
  EXPECT_THROW(sink.Write(three), AudioTooLong);
  EXPECT_EQ(inner.samples.size(), 8u);
  EXPECT_FALSE(inner.finished);
}

TEST(DurationLimitSinkTest, ZeroIsNoLimit) {
  RecordingSink inner;
  DurationLimitSink sink(inner, 0);
  sink.WriteSilence(100'000);
  EXPECT_EQ(inner.samples.size(), 100'000u);
}

}  // namespace
}  // namespace rawi
