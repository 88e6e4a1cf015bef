// End-to-end: `rawi speak --ssml`, the mode a screen reader's text comes in, and rawi as a
// Speech Dispatcher module: a private speech-dispatcher (support/speech_dispatcher.h) loads
// contrib/speech-dispatcher/rawi.conf, `spd-say -o rawi` speaks through it, and what the private
// PulseAudio server played is compared with what `rawi speak --ssml - -o -` makes of the text.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
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
  // Starts the private server: the module plays through the private sound server, or with
  // `to_file` writes its WAV streams to wav().
  void Start(bool to_file) {
    if (!pulse_.ok()) GTEST_SKIP() << pulse_.why();
    speechd_ = std::make_unique<SpeechDispatcher>(
        pulse_, to_file ? std::optional<std::filesystem::path>(wav()) : std::nullopt);
    if (!speechd_->installed()) GTEST_SKIP() << speechd_->why();
    ASSERT_TRUE(speechd_->ok()) << speechd_->why();
  }
  void TearDown() override {
    if (speechd_ && speechd_->ok()) {
      EXPECT_EQ(speechd_->Stop(), 0) << "processes left after speech-dispatcher ended";
    }
  }
  std::filesystem::path wav() const { return files_ / "said.wav"; }

  // spd-say -o rawi -w FLAGS TEXT: returns once it has been spoken.
  void Say(const std::string& text, std::vector<std::string> flags) {
    std::vector<std::string> args = {"-o", "rawi", "-w"};
    args.insert(args.end(), flags.begin(), flags.end());
    args.push_back(text);
    const auto said = speechd_->Say(args);
    EXPECT_EQ(said.exit_code, 0) << said.err << speechd_->Logs();
  }

  // What the module wrote is `expected`, sample for sample.
  void ExpectWritten(const AudioData& expected) {
    ASSERT_TRUE(std::filesystem::exists(wav())) << "nothing written\n" << speechd_->Logs();
    const AudioData written = testing::ReadAudio(wav());
    EXPECT_GT(SoundingSeconds(expected.samples), 1.0);
    EXPECT_EQ(written.samples.size(), expected.samples.size());
    EXPECT_TRUE(written.samples == expected.samples) << "not what rawi speak --ssml makes of it";
  }

  PulseServer pulse_;
  testing::TempDir files_;
  std::unique_ptr<SpeechDispatcher> speechd_;
};

const std::vector<std::string> kArabicAsSpeechDispatcherSays = {"--voice", "ar-news",
                                                                "--spd-rate=0", "--spd-pitch=0"};

// Played: what the sound server plays is rawi's speech of the sentence. A loaded machine may
// starve the 0.1 s buffer for a moment, adding silence, so the sound is at most 1 s longer and
// most (not all) of 0.1 s excerpts every 0.5 s are found sample for sample in rawi's audio.
TEST_F(SpeechDispatcherTest, SpdSayPlaysThroughRawi) {
  Start(/*to_file=*/false);
  Recorder recorder(pulse_);
  Say(kSentence, {"-l", "ar"});
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the last 10 ms blocks
  const std::vector<int16_t> heard = recorder.Stop();
  const AudioData expected = SpeakSsml(kSentence, kArabicAsSpeechDispatcherSays);
  const auto [first, last] = Sounding(heard);
  ASSERT_GT(last, first) << "nothing was played\n" << speechd_->Logs();
  EXPECT_GT(testing::Rms(heard, first, last), 500.0);
  const double expected_seconds = SoundingSeconds(expected.samples);
  EXPECT_GT(SoundingSeconds(heard), expected_seconds - 0.05);
  EXPECT_LT(SoundingSeconds(heard), expected_seconds + 1.0);
  int excerpts = 0, found = 0;
  for (size_t at = first + kRate / 5; at + kRate / 10 < last; at += kRate / 2) {
    const std::vector<int16_t> part(heard.begin() + at, heard.begin() + at + kRate / 10);
    ++excerpts;
    if (testing::FindSamples(expected.samples, part) < expected.samples.size()) ++found;
  }
  EXPECT_GE(excerpts, 6);
  EXPECT_GE(found * 2, excerpts) << "what was played is not rawi's speech of the sentence";
}

TEST_F(SpeechDispatcherTest, SpdSayIsRawisSpeech) {
  Start(/*to_file=*/true);
  Say(kSentence, {"-l", "ar"});
  ExpectWritten(SpeakSsml(kSentence, kArabicAsSpeechDispatcherSays));
}

TEST_F(SpeechDispatcherTest, RateAndPitchReachRawi) {
  Start(/*to_file=*/true);
  Say(kSentence, {"-l", "ar", "-r", "60", "-p", "-40"});
  ExpectWritten(SpeakSsml(kSentence, {"--voice", "ar-news", "--spd-rate=60", "--spd-pitch=-40"}));
}

// Whatever the text holds reaches rawi as text: quotes, backquotes, $( ), ; & | < > and a line
// break never reach a shell as code (each would create a file if it did). And the message
// reaches it whole, sentences and line break included: one WAV stream in the file.
TEST_F(SpeechDispatcherTest, TheTextCannotRunCommands) {
  Start(/*to_file=*/true);
  const std::string dir = files_.path().string();
  const std::string text = "It's \"q\" `touch " + dir + "/a` $(touch " + dir + "/b) ; touch " +
                           dir + "/c & touch " + dir + "/d | touch " + dir + "/e '; touch " + dir +
                           "/f; ' end. More.\ntouch " + dir + "/g";
  Say(text, {"-l", "en"});
  for (const char* name : {"a", "b", "c", "d", "e", "f", "g"}) {
    EXPECT_FALSE(std::filesystem::exists(files_ / name)) << name << " was created";
  }
  ExpectWritten(SpeakSsml(text, {"--voice", "en-news", "--spd-rate=0", "--spd-pitch=0"}));
}

}  // namespace
}  // namespace rawi
