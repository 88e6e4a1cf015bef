// End-to-end: `rawi speak --ssml`, the mode a screen reader's text comes in, and rawi as a
// Speech Dispatcher module: a private speech-dispatcher (support/speech_dispatcher.h) loads
// contrib/speech-dispatcher/rawi.conf, `spd-say -o rawi` speaks through it, and what the private
// PulseAudio server played is compared with what `rawi speak --ssml - -o -` makes of the text.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <thread>

#include "support/audio_file.h"
#include "support/pulse_server.h"
#include "support/run_process.h"
#include "support/speech_dispatcher.h"
#include "support/temp_dir.h"

namespace rawi {
namespace {

using testing::AudioData;
using testing::PulseServer;
using testing::ReadAudioBytes;
using testing::Recorder;
using testing::RunRawi;
using testing::SpeechDispatcher;

constexpr int kRate = 22050;
const std::string kSentence = "وصل 25 مسافرا إلى طرابلس.";

AudioData SpeakSsml(const std::string& text, std::vector<std::string> flags = {}) {
  std::vector<std::string> args = {"speak", "--ssml", "-", "-o", "-"};
  args.insert(args.end(), flags.begin(), flags.end());
  const auto r = RunRawi(args, text);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  return ReadAudioBytes(r.out);
}

// [first, last] non-silent sample; {0, 0} for silence.
std::pair<size_t, size_t> Sounding(const std::vector<int16_t>& samples) {
  const auto loud = [](int16_t s) { return s != 0; };
  const auto first = std::find_if(samples.begin(), samples.end(), loud);
  if (first == samples.end()) return {0, 0};
  const auto last = std::find_if(samples.rbegin(), samples.rend(), loud);
  return {static_cast<size_t>(first - samples.begin()),
          static_cast<size_t>(samples.rend() - last - 1)};
}

double SoundingSeconds(const std::vector<int16_t>& samples) {
  const auto [first, last] = Sounding(samples);
  return static_cast<double>(last - first) / kRate;
}

// The article pipeline's text stages: the sentence as `rawi render` speaks it, then only the
// voice's silence at the end, which a screen reader's text does not get.
TEST(SpeakSsmlCliTest, TheTextStagesOfRenderWithoutItsEndPause) {
  const AudioData spoken = SpeakSsml(kSentence + "\n");
  const auto rendered = RunRawi({"render", "-", "-o", "-", "-q"}, kSentence + "\n");
  ASSERT_EQ(rendered.exit_code, 0) << rendered.err;
  const AudioData render = ReadAudioBytes(rendered.out);
  ASSERT_EQ(spoken.sample_rate, kRate);
  ASSERT_GT(spoken.samples.size(), 0u);
  ASSERT_LT(spoken.samples.size(), render.samples.size());
  EXPECT_TRUE(std::equal(spoken.samples.begin(), spoken.samples.end(), render.samples.begin()))
      << "not render's speech";
  EXPECT_EQ(testing::Rms(render.samples, spoken.samples.size(), render.samples.size()), 0.0);
  EXPECT_NEAR(render.duration() - spoken.duration(), 0.6, 0.001) << "ar-news's end pause";
  // «خمسة وعشرون» said for 25: well over half a second more than the sentence without it.
  const double without = SoundingSeconds(SpeakSsml("وصل مسافرا إلى طرابلس.").samples);
  EXPECT_GT(SoundingSeconds(spoken.samples), without + 0.6);
  EXPECT_GT(testing::Rms(spoken.samples, 0, spoken.samples.size()), 500.0);
}

TEST(SpeakSsmlCliTest, SsmlAsPlainTextAndBreaks) {
  const AudioData plain = SpeakSsml(kSentence);
  const AudioData ssml = SpeakSsml("<speak xml:lang=\"ar\"><mark name=\"a\"/>" + kSentence +
                                   "<mark name=\"b\"/></speak>");
  EXPECT_TRUE(plain.samples == ssml.samples) << "marks change nothing";
  const AudioData one = SpeakSsml("<speak>واحد</speak>");
  const AudioData two = SpeakSsml("<speak>اثنان</speak>");
  const AudioData both = SpeakSsml("<speak>واحد<break time=\"1s\"/>اثنان</speak>");
  EXPECT_NEAR(both.duration(), one.duration() + 1.0 + two.duration(), 0.05);
  const AudioData entity = SpeakSsml("<speak>&#1608;&#x627;&#1581;&#1583;</speak>");
  EXPECT_TRUE(entity.samples == one.samples) << "«واحد» written as character references";
}

TEST(SpeakSsmlCliTest, SpeechDispatcherRateAndPitch) {
  const double normal = SoundingSeconds(SpeakSsml(kSentence, {"--spd-rate=0"}).samples);
  const double fastest = SoundingSeconds(SpeakSsml(kSentence, {"--spd-rate=100"}).samples);
  const double slowest = SoundingSeconds(SpeakSsml(kSentence, {"--spd-rate=-100"}).samples);
  // 150 words per minute against 450 and 80 (eSpeak shortens pauses too, so only roughly).
  EXPECT_LT(fastest, normal * 0.55);
  EXPECT_GT(slowest, normal * 1.5);
  const AudioData low = SpeakSsml(kSentence, {"--spd-pitch", "-100"});
  EXPECT_FALSE(low.samples == SpeakSsml(kSentence).samples);
}

TEST(SpeakSsmlCliTest, NothingToSayIsSilenceAndExitZero) {
  EXPECT_EQ(SpeakSsml(" \n\t\n").samples.size(), 0u);
  EXPECT_EQ(SpeakSsml("<speak> <!-- x --> <break time=\"1s\"/> </speak>").samples.size(), 0u);
}

TEST(SpeakSsmlCliTest, UsageAndInputErrorsAreOneLine) {
  struct Case {
    std::vector<std::string> args;
    std::string input;
    int exit_code;
    std::string err;
  };
  const std::vector<Case> cases = {
      {{"--spd-rate", "101"}, "x", 2, "rawi: --spd-rate must be from -100 to 100, got 101\n"},
      {{"--spd-pitch=-101"}, "x", 2, "rawi: --spd-pitch must be from -100 to 100, got -101\n"},
      {{"--spd-rate", "5", "--rate", "200"},
       "x",
       2,
       "rawi: --spd-rate and --rate both set the rate; give one\n"},
      {{}, "abc \xFF\xFE\xFD def", 1, "rawi: stdin: invalid UTF-8 at byte 4\n"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> args = {"speak", "--ssml", "-", "-o", "-"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const auto r = RunRawi(args, c.input);
    EXPECT_EQ(r.exit_code, c.exit_code) << c.err;
    EXPECT_EQ(r.err, c.err);
    EXPECT_EQ(r.out, "") << c.err;
  }
}

class SpeechDispatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!pulse_.ok()) GTEST_SKIP() << pulse_.why();
    speechd_ = std::make_unique<SpeechDispatcher>(pulse_);
    if (!speechd_->installed()) GTEST_SKIP() << speechd_->why();
    ASSERT_TRUE(speechd_->ok()) << speechd_->why();
  }
  void TearDown() override {
    if (speechd_ && speechd_->ok()) {
      EXPECT_EQ(speechd_->Stop(), 0) << "processes left after speech-dispatcher ended";
    }
  }

  // Says `text` with spd-say -o rawi -w (waiting until it is spoken), recording the sound
  // server; returns what it played.
  std::vector<int16_t> Say(const std::string& text, std::vector<std::string> flags) {
    Recorder recorder(pulse_);
    std::vector<std::string> args = {"-o", "rawi", "-w"};
    args.insert(args.end(), flags.begin(), flags.end());
    args.push_back(text);
    const auto said = speechd_->Say(args);
    EXPECT_EQ(said.exit_code, 0) << said.err << speechd_->Logs();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the last 10 ms blocks
    return recorder.Stop();
  }

  // What was played is `expected` (rawi speak --ssml - -o -): the same length of sound, and
  // half a second of it from 0.2 s in found sample for sample (not from the very first sample:
  // the monitor may miss the start of a stream).
  void ExpectPlayed(const std::vector<int16_t>& heard, const AudioData& expected) {
    ASSERT_GT(SoundingSeconds(expected.samples), 1.0);
    const auto [first, last] = Sounding(heard);
    ASSERT_GT(last, first) << "nothing was played\n" << speechd_->Logs();
    EXPECT_NEAR(SoundingSeconds(heard), SoundingSeconds(expected.samples), 0.05);
    ASSERT_GE(heard.size(), first + kRate * 7 / 10);
    const std::vector<int16_t> part(heard.begin() + first + kRate / 5,
                                    heard.begin() + first + kRate * 7 / 10);
    EXPECT_LT(testing::FindSamples(expected.samples, part), expected.samples.size())
        << "what was played is not what rawi speak --ssml makes of the text";
  }

  PulseServer pulse_;
  std::unique_ptr<SpeechDispatcher> speechd_;
};

TEST_F(SpeechDispatcherTest, SpdSayThroughRawi) {
  const auto heard = Say(kSentence, {"-l", "ar"});
  ExpectPlayed(heard,
               SpeakSsml(kSentence, {"--voice", "ar-news", "--spd-rate=0", "--spd-pitch=0"}));
}

TEST_F(SpeechDispatcherTest, RateAndPitchReachRawi) {
  const auto heard = Say(kSentence, {"-l", "ar", "-r", "60", "-p", "-40"});
  ExpectPlayed(heard,
               SpeakSsml(kSentence, {"--voice", "ar-news", "--spd-rate=60", "--spd-pitch=-40"}));
}

// Whatever the text holds reaches rawi as text: quotes, backquotes, $( ), ; & | < > and a line
// break never reach a shell as code (each would create a file if it did).
TEST_F(SpeechDispatcherTest, TheTextCannotRunCommands) {
  const std::string dir = speechd_->dir().path().string();
  const std::string text = "It's \"q\" `touch " + dir + "/a` $(touch " + dir + "/b) ; touch " +
                           dir + "/c & touch " + dir + "/d | touch " + dir + "/e '; touch " + dir +
                           "/f; ' end.\ntouch " + dir + "/g";
  const auto heard = Say(text, {"-l", "en"});
  for (const char* name : {"a", "b", "c", "d", "e", "f", "g"}) {
    EXPECT_FALSE(std::filesystem::exists(speechd_->dir() / name)) << name << " was created";
  }
  ExpectPlayed(heard, SpeakSsml(text, {"--voice", "en-news", "--spd-rate=0", "--spd-pitch=0"}));
}

}  // namespace
}  // namespace rawi
