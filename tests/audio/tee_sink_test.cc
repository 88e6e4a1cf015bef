#include "audio/tee_sink.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rawi {
namespace {

// Records what it is given and, on Finish, its name in a shared log (to see the order).
struct RecordingSink : AudioSink {
  RecordingSink(std::string name, std::vector<std::string>& log)
      : name(std::move(name)), log(log) {}
  std::string name;
  std::vector<std::string>& log;
  std::vector<int16_t> samples;
  uint64_t silence_calls = 0;
  void Write(std::span<const int16_t> s) override {
    samples.insert(samples.end(), s.begin(), s.end());
  }
  void WriteSilence(uint64_t count) override {
    ++silence_calls;
    samples.insert(samples.end(), count, 0);
  }
  void Finish() override { log.push_back(name); }
};

TEST(TeeSinkTest, BothSinksGetEverySampleAndSilence) {
  std::vector<std::string> log;
  RecordingSink first("first", log), second("second", log);
  TeeSink tee(first, second);
  const std::vector<int16_t> speech = {1, -2, 3};
  tee.Write(speech);
  tee.WriteSilence(2);
  tee.Write(speech);
  const std::vector<int16_t> expected = {1, -2, 3, 0, 0, 1, -2, 3};
  EXPECT_EQ(first.samples, expected);
  EXPECT_EQ(second.samples, expected);
  // Silence is passed on as silence, not as written zeros.
  EXPECT_EQ(first.silence_calls, 1u);
  EXPECT_EQ(second.silence_calls, 1u);
  EXPECT_TRUE(log.empty());
}

TEST(TeeSinkTest, FinishesTheCopyBeforeTheOutput) {
  std::vector<std::string> log;
  RecordingSink output("output", log), copy("copy", log);
  TeeSink tee(output, copy);
  tee.Finish();
  EXPECT_EQ(log, (std::vector<std::string>{"copy", "output"}));
}

}  // namespace
}  // namespace rawi
