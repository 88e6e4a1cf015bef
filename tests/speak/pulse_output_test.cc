// Against a real PulseAudio server of the test's own (support/pulse_server.h).
#include "speak/pulse_output.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>

#include "support/audio_file.h"
#include "support/pulse_server.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using Clock = std::chrono::steady_clock;
using testing::PulseServer;
using testing::Recorder;
using testing::TempDir;

constexpr int kRate = PulseServer::kRate;

// Sets environment variables for the test's lifetime (libpulse reads them when connecting).
class ScopedEnv {
 public:
  explicit ScopedEnv(const std::vector<std::string>& assignments) {
    for (const auto& a : assignments) {
      const std::string name = a.substr(0, a.find('='));
      const char* old = std::getenv(name.c_str());
      saved_.emplace_back(name, old ? std::optional<std::string>(old) : std::nullopt);
      setenv(name.c_str(), a.substr(a.find('=') + 1).c_str(), 1);
    }
  }
  ~ScopedEnv() {
    for (const auto& [name, value] : saved_) {
      value ? setenv(name.c_str(), value->c_str(), 1) : unsetenv(name.c_str());
    }
  }

 private:
  std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

std::vector<int16_t> Tone(double seconds) {
  std::vector<int16_t> samples(static_cast<size_t>(seconds * kRate));
  for (size_t i = 0; i < samples.size(); ++i) {
    samples[i] = static_cast<int16_t>(8000 * std::sin(2 * M_PI * 440 * i / kRate));
  }
  return samples;
}

TEST(PulseOutputTest, NoServerIsOneLineSayingWhy) {
  TempDir dir;
  ScopedEnv env(
      {"PULSE_SERVER=unix:" + (dir / "no-server").string(), "HOME=" + dir.path().string()});
  try {
    PulseOutput output(kRate, "test");
    FAIL() << "connected to nothing";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_STREQ(e.what(), "no sound output: Connection refused");
  }
}

class PulseOutputServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new PulseServer; }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    if (!server_->ok()) GTEST_SKIP() << server_->why();
  }
  static PulseServer* server_;
};
PulseServer* PulseOutputServerTest::server_ = nullptr;

// Writing paces the caller at the speed of sound (the buffer is small), what is written is
// heard unchanged, and Drain waits for the end.
TEST_F(PulseOutputServerTest, PlaysInRealTimeWhatItIsGiven) {
  ScopedEnv env(server_->ClientEnv());
  Recorder recorder(*server_);
  const std::vector<int16_t> tone = Tone(1.0);
  const auto start = Clock::now();
  {
    PulseOutput output(kRate, "test");
    for (size_t i = 0; i < tone.size(); i += 441) {
      output.Write(
          std::span<const int16_t>(tone).subspan(i, std::min<size_t>(441, tone.size() - i)));
    }
    EXPECT_GT(Clock::now() - start, std::chrono::milliseconds(700));
    output.Drain();
    EXPECT_GT(Clock::now() - start, std::chrono::milliseconds(950));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const std::vector<int16_t> heard = recorder.Stop();
  // 0.2 s from the middle of what was heard, found bit for bit in the tone: the null sink takes
  // 16-bit mono at eSpeak's rate, at full volume. (Not from the first sample: the monitor may
  // miss the start of a stream when the sink rewinds over it.)
  const auto first = std::find_if(heard.begin(), heard.end(), [](int16_t s) { return s != 0; });
  ASSERT_NE(first, heard.end()) << "silence";
  const auto at = static_cast<size_t>(first - heard.begin());
  ASSERT_GE(heard.size(), at + kRate);
  const std::vector<int16_t> middle(heard.begin() + at + kRate / 2,
                                    heard.begin() + at + kRate / 2 + kRate / 5);
  EXPECT_LT(testing::FindSamples(tone, middle), tone.size()) << "not the tone written";
}

// After a Flush the output is silent within 150 ms, whatever it had queued (the server rewinds
// over it), and says how much it dropped: at most the 0.5 s buffer.
TEST_F(PulseOutputServerTest, FlushFallsSilentAtOnce) {
  ScopedEnv env(server_->ClientEnv());
  Recorder recorder(*server_);
  PulseOutput output(kRate, "test");
  const std::vector<int16_t> tone = Tone(0.6);
  for (size_t i = 0; i < tone.size(); i += 441) {
    output.Write(std::span<const int16_t>(tone).subspan(i, std::min<size_t>(441, tone.size() - i)));
  }
  const auto flushed = Clock::now();
  const uint64_t dropped = output.Flush();
  EXPECT_GT(dropped, 0u);
  EXPECT_LE(dropped, static_cast<uint64_t>(kRate * 0.6));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  recorder.Stop();
  EXPECT_GT(testing::RmsArrived(recorder, flushed - std::chrono::milliseconds(300), flushed), 1000);
  EXPECT_LT(testing::RmsArrived(recorder, flushed + std::chrono::milliseconds(150),
                                flushed + std::chrono::milliseconds(500)),
            1.0);
}

}  // namespace
}  // namespace rawi
