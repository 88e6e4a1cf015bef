#include "speak/player.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <thread>

#include "render/narrator.h"
#include "support/fake_audio_output.h"
#include "support/fake_synthesizer.h"
#include "support/speak_document.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::FakeAudioOutput;
using testing::FakeSynthesizer;
using testing::SpeakTestDocument;
using testing::SpeakTestVoice;

// Utterance lengths in the test document (samples of fake speech, 10 per code point).
constexpr size_t kTitle = 90, kOne = 190, kFive = 150, kEight = 60, kPartTwo = 80, kNine = 230,
                 kFinal = 100, kThirteen = 180;

// The fake synthesizer, each utterance at a level of its own (from its text), so that the
// audio shows where one utterance ends and the next begins even without a pause between them.
class LevelSynthesizer : public FakeSynthesizer {
 public:
  using FakeSynthesizer::Speak;
  uint64_t Speak(std::string_view text, const SampleCallback& out,
                 std::vector<WordMark>* words) override {
    const auto level = static_cast<int16_t>(1 + std::hash<std::string_view>()(text) % 20000);
    return FakeSynthesizer::Speak(
        text,
        [&out, level](std::span<const int16_t> samples) {
          const std::vector<int16_t> leveled(samples.size(), level);
          out(leveled);
        },
        words);
  }
};

// A listener who gives each command once the output has been written `at` samples in all; while
// paused, the next command comes at once (time passes while a listener pauses).
class ScriptedCommands : public CommandSource {
 public:
  ScriptedCommands(const FakeAudioOutput& output, std::vector<std::pair<uint64_t, Command>> script)
      : output_(output), script_(std::move(script)) {}

  std::optional<Command> Next(int timeout_ms) override {
    if (next_ >= script_.size()) return std::nullopt;
    if (timeout_ms < 0 || output_.written >= script_[next_].first) return script_[next_++].second;
    return std::nullopt;
  }

 private:
  const FakeAudioOutput& output_;
  std::vector<std::pair<uint64_t, Command>> script_;
  size_t next_ = 0;
};

// The lengths of the runs of speech in `audio` (LevelSynthesizer's; pauses are zeros): which
// utterances were heard, and how much of each.
std::vector<size_t> SpeechRuns(const std::vector<int16_t>& audio) {
  std::vector<size_t> runs;
  int16_t previous = 0;
  for (const int16_t sample : audio) {
    if (sample != 0 && sample != previous) runs.push_back(0);
    if (sample != 0) ++runs.back();
    previous = sample;
  }
  return runs;
}

class PlayerTest : public ::testing::Test {
 protected:
  // Plays the test document from `start` with `script`; returns Play's result.
  bool PlayWith(std::vector<std::pair<uint64_t, Command>> script, size_t start = 0,
                uint64_t buffer = 0) {
    output_ = std::make_unique<FakeAudioOutput>(buffer);
    ScriptedCommands commands(*output_, std::move(script));
    PlayerConfig config;
    config.voice = SpeakTestVoice();
    config.on_status = [this](const PlayerStatus& status) { statuses_.push_back(status); };
    return Player(synth_, reading_, *output_, config).Play(start, &commands);
  }

  std::vector<size_t> Heard() const { return SpeechRuns(output_->heard); }

  // The utterances whose speech started, in order.
  std::vector<size_t> Started() const {
    std::vector<size_t> started;
    for (const auto& status : statuses_) {
      if (!status.paused && (started.empty() || started.back() != status.utterance)) {
        started.push_back(status.utterance);
      }
    }
    return started;
  }

  const Document doc_ = SpeakTestDocument();
  const Reading reading_ = ReadingOrder(doc_, SpeakTestVoice().pauses);
  LevelSynthesizer synth_;
  std::unique_ptr<FakeAudioOutput> output_;
  std::vector<PlayerStatus> statuses_;
};

// Straight through, the player writes what render's narrator writes, sample for sample.
TEST_F(PlayerTest, StraightThroughSoundsExactlyLikeRender) {
  class MemorySink : public AudioSink {
   public:
    void Write(std::span<const int16_t> samples) override {
      data.insert(data.end(), samples.begin(), samples.end());
    }
    void Finish() override {}
    std::vector<int16_t> data;
  } rendered;
  LevelSynthesizer render_synth;
  Narrate(doc_, SpeakTestVoice(), render_synth, rendered);

  EXPECT_TRUE(PlayWith({}));
  EXPECT_EQ(output_->heard, rendered.data);
  EXPECT_EQ(output_->drains, 1);
  EXPECT_EQ(output_->flushes, 0);
  // Every utterance once; with a listener, the section starts are synthesized ahead too.
  std::vector<std::string> spoken = synth_.spoken;
  std::sort(spoken.begin(), spoken.end());
  std::vector<std::string> rendered_spoken = render_synth.spoken;
  std::sort(rendered_spoken.begin(), rendered_spoken.end());
  EXPECT_EQ(spoken, rendered_spoken);
  EXPECT_EQ(Started(), (std::vector<size_t>{0, 1, 2, 3, 4, 5, 6, 7}));
  ASSERT_EQ(synth_.voices.size(), 1u);
  EXPECT_EQ(synth_.voices[0].rate_wpm, 150);
}

TEST_F(PlayerTest, SectionStartsAreReadyBeforeTheyAreAskedFor) {
  // Counts what the worker thread synthesized; the listener presses N once three utterances are
  // ready: the title, the next sentence, and the next section's heading, synthesized ahead.
  class CountingSynthesizer : public LevelSynthesizer {
   public:
    using LevelSynthesizer::Speak;
    uint64_t Speak(std::string_view text, const SampleCallback& out,
                   std::vector<WordMark>* words) override {
      {
        std::lock_guard lock(mutex);
        texts.emplace_back(text);
      }
      const uint64_t n = LevelSynthesizer::Speak(text, out, words);
      ++count;
      return n;
    }
    std::mutex mutex;
    std::vector<std::string> texts;
    std::atomic<int> count = 0;
  } synth;
  class WhenThreeAreReady : public CommandSource {
   public:
    explicit WhenThreeAreReady(const std::atomic<int>& count) : count_(count) {}
    std::optional<Command> Next(int) override {
      if (given_) return std::nullopt;
      for (int i = 0; i < 2000 && count_ < 3; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
      given_ = true;
      return Command::kNextSection;
    }

   private:
    const std::atomic<int>& count_;
    bool given_ = false;
  } commands(synth.count);
  FakeAudioOutput output;
  PlayerConfig config;
  config.voice = SpeakTestVoice();
  EXPECT_TRUE(Player(synth, reading_, output, config).Play(0, &commands));
  std::lock_guard lock(synth.mutex);
  ASSERT_GE(synth.texts.size(), 3u);
  EXPECT_EQ(synth.texts[1], "One two three four.");
  EXPECT_EQ(synth.texts[2], "Part two");
  EXPECT_EQ(std::count(synth.texts.begin(), synth.texts.end(), "Part two"), 1);
}

TEST_F(PlayerTest, WithoutCommandsToo) {
  output_ = std::make_unique<FakeAudioOutput>();
  PlayerConfig config;
  config.voice = SpeakTestVoice();
  EXPECT_TRUE(Player(synth_, reading_, *output_, config).Play(0, nullptr));
  EXPECT_EQ(SpeechRuns(output_->heard),
            (std::vector<size_t>{kTitle, kOne, kFive, kEight, kPartTwo, kNine, kFinal, kThirteen}));
}

// Chunks are 20 ms (20 samples here); the title and its pause end at 140, the first sentence
// at 330 (and its pause at 430).
TEST_F(PlayerTest, NextSentenceCutsTheSentenceShort) {
  EXPECT_TRUE(PlayWith({{200, Command::kNextSentence}}));
  EXPECT_EQ(Heard(),
            (std::vector<size_t>{kTitle, 60, kFive, kEight, kPartTwo, kNine, kFinal, kThirteen}));
  EXPECT_EQ(output_->flushes, 1);
  EXPECT_EQ(Started(), (std::vector<size_t>{0, 1, 2, 3, 4, 5, 6, 7}));
}

TEST_F(PlayerTest, AFlushDropsWhatWasNotHeardYet) {
  EXPECT_TRUE(PlayWith({{200, Command::kNextSentence}}, 0, /*buffer=*/30));
  EXPECT_EQ(Heard(),
            (std::vector<size_t>{kTitle, 30, kFive, kEight, kPartTwo, kNine, kFinal, kThirteen}));
}

TEST_F(PlayerTest, PreviousSentenceReadsTheOneBeforeAgain) {
  // 490: 60 samples into "Five six seven." (430-580)
  EXPECT_TRUE(PlayWith({{490, Command::kPreviousSentence}}));
  EXPECT_EQ(Heard(), (std::vector<size_t>{kTitle, kOne, 60, kOne, kFive, kEight, kPartTwo, kNine,
                                          kFinal, kThirteen}));
  EXPECT_EQ(Started(), (std::vector<size_t>{0, 1, 2, 1, 2, 3, 4, 5, 6, 7}));
}

TEST_F(PlayerTest, PreviousSentenceAtTheFirstStartsItAgain) {
  EXPECT_TRUE(PlayWith({{40, Command::kPreviousSentence}}));
  // The same utterance again at once: one run of 40 + 90 samples.
  EXPECT_EQ(Heard(), (std::vector<size_t>{40 + kTitle, kOne, kFive, kEight, kPartTwo, kNine, kFinal,
                                          kThirteen}));
  EXPECT_EQ(output_->written, 40 + 2200u);  // straight: 1080 of speech, 1120 of pauses
  ASSERT_GE(statuses_.size(), 2u);
  EXPECT_EQ(statuses_[1].utterance, 0u);
}

TEST_F(PlayerTest, NextSectionJumpsToTheNextHeading) {
  EXPECT_TRUE(PlayWith({{200, Command::kNextSection}}));
  EXPECT_EQ(Heard(), (std::vector<size_t>{kTitle, 60, kPartTwo, kNine, kFinal, kThirteen}));
  EXPECT_EQ(Started(), (std::vector<size_t>{0, 1, 4, 5, 6, 7}));
}

TEST_F(PlayerTest, NextSectionInTheLastSectionReadsOn) {
  EXPECT_TRUE(PlayWith({}, 6));
  const size_t straight = output_->written;
  EXPECT_TRUE(PlayWith({{40, Command::kNextSection}}, 6));
  EXPECT_EQ(Heard(), (std::vector<size_t>{kFinal, kThirteen}));
  EXPECT_EQ(output_->written, straight);
  EXPECT_EQ(output_->flushes, 0);
}

TEST_F(PlayerTest, PreviousSectionGoesToThisHeadingThenTheOneBefore) {
  // From 4 ("Part two"): 130 samples of heading and pause, then 100 into "Nine ten…"; then,
  // at the heading again, back to the lede's start, the title.
  EXPECT_TRUE(PlayWith({{230, Command::kPreviousSection}, {250, Command::kPreviousSection}}, 4));
  EXPECT_EQ(Heard(), (std::vector<size_t>{kPartTwo, 100, 20, kTitle, kOne, kFive, kEight, kPartTwo,
                                          kNine, kFinal, kThirteen}));
  EXPECT_EQ(Started(), (std::vector<size_t>{4, 5, 4, 0, 1, 2, 3, 4, 5, 6, 7}));
}

// A pause silences the output; playing on repeats what the flush dropped: the listener hears
// every sample once, as if there had been no pause.
TEST_F(PlayerTest, PauseAndPlayOnLosesNothing) {
  EXPECT_TRUE(PlayWith({}, 0, 30));
  const std::vector<int16_t> straight = output_->heard;
  statuses_.clear();
  EXPECT_TRUE(PlayWith({{200, Command::kPlayPause}, {200, Command::kPlayPause}}, 0, /*buffer=*/30));
  EXPECT_EQ(output_->heard, straight);
  EXPECT_EQ(output_->flushes, 1);
  ASSERT_GE(statuses_.size(), 4u);
  EXPECT_FALSE(statuses_[1].paused);
  EXPECT_TRUE(statuses_[2].paused);
  EXPECT_EQ(statuses_[2].utterance, 1u);
  EXPECT_FALSE(statuses_[3].paused);
  EXPECT_EQ(statuses_[3].utterance, 1u);
}

TEST_F(PlayerTest, ANavigationKeyWhilePausedPlaysOn) {
  EXPECT_TRUE(PlayWith({{200, Command::kPlayPause}, {0, Command::kNextSentence}}));
  EXPECT_EQ(Heard(),
            (std::vector<size_t>{kTitle, 60, kFive, kEight, kPartTwo, kNine, kFinal, kThirteen}));
  EXPECT_EQ(output_->flushes, 1);  // only the pause's
}

TEST_F(PlayerTest, FasterRestartsTheSentenceFromTheWordBeingSpoken) {
  // 200: 60 samples into "One two three four.", in "two" (code points 4-6, samples 40-69).
  EXPECT_TRUE(PlayWith({{200, Command::kFaster}}));
  EXPECT_EQ(Heard(), (std::vector<size_t>{kTitle, 60, 150, kFive, kEight, kPartTwo, kNine, kFinal,
                                          kThirteen}));
  ASSERT_GE(synth_.voices.size(), 2u);
  EXPECT_EQ(synth_.voices[1].rate_wpm, 165);
  EXPECT_EQ(synth_.voices.back().rate_wpm, 165);
  EXPECT_NE(std::find(synth_.spoken.begin(), synth_.spoken.end(), "two three four."),
            synth_.spoken.end());
  EXPECT_EQ(statuses_.back().rate_wpm, 165);
}

TEST_F(PlayerTest, SlowerStepsDownByTenPercentOfTheStartingRate) {
  EXPECT_TRUE(PlayWith({{200, Command::kSlower}, {400, Command::kSlower}}));
  EXPECT_EQ(synth_.voices.back().rate_wpm, 120);
  EXPECT_EQ(statuses_.back().rate_wpm, 120);
}

TEST_F(PlayerTest, ARateChangeInAPauseTakesEffectWithTheNextSentence) {
  // 350: in the pause after "One two three four." (330-430).
  EXPECT_TRUE(PlayWith({{350, Command::kFaster}}));
  EXPECT_EQ(Heard(),
            (std::vector<size_t>{kTitle, kOne, kFive, kEight, kPartTwo, kNine, kFinal, kThirteen}));
  EXPECT_EQ(std::count(synth_.spoken.begin(), synth_.spoken.end(), "One two three four."), 1);
  EXPECT_EQ(synth_.voices.back().rate_wpm, 165);
}

TEST_F(PlayerTest, RateStaysInsideESpeaksRange) {
  output_ = std::make_unique<FakeAudioOutput>();
  ScriptedCommands commands(*output_, {{200, Command::kFaster}, {400, Command::kFaster}});
  PlayerConfig config;
  config.voice = SpeakTestVoice();
  config.voice.rate_wpm = 440;
  EXPECT_TRUE(Player(synth_, reading_, *output_, config).Play(0, &commands));
  EXPECT_EQ(synth_.voices.back().rate_wpm, 450);
  EXPECT_EQ(output_->flushes, 1);  // the second one changed nothing
}

TEST_F(PlayerTest, QuitSilencesAndStops) {
  EXPECT_FALSE(PlayWith({{200, Command::kQuit}}, 0, 30));
  EXPECT_EQ(output_->written, 200u);
  EXPECT_EQ(Heard(), (std::vector<size_t>{kTitle, 30}));
  EXPECT_EQ(output_->flushes, 1);
  EXPECT_EQ(output_->drains, 0);
}

TEST_F(PlayerTest, NextAtTheLastSentenceIsTheEnd) {
  EXPECT_TRUE(PlayWith({{100, Command::kNextSentence}}, 7));
  EXPECT_EQ(Heard(), (std::vector<size_t>{100}));
  EXPECT_EQ(output_->drains, 1);
}

TEST_F(PlayerTest, StartsWhereItIsTold) {
  EXPECT_TRUE(PlayWith({}, 4));
  EXPECT_EQ(Heard(), (std::vector<size_t>{kPartTwo, kNine, kFinal, kThirteen}));
  EXPECT_EQ(Started(), (std::vector<size_t>{4, 5, 6, 7}));
}

TEST_F(PlayerTest, ACommandSourceThatEndsWhilePausedEndsThePlay) {
  EXPECT_FALSE(PlayWith({{200, Command::kPlayPause}}));
  EXPECT_EQ(output_->drains, 0);
}

TEST_F(PlayerTest, SynthesizerErrorsReachTheCaller) {
  class Failing : public LevelSynthesizer {
   public:
    using LevelSynthesizer::Speak;
    uint64_t Speak(std::string_view text, const SampleCallback& out,
                   std::vector<WordMark>* words) override {
      if (text == "Eight.") throw EngineError("eSpeak NG failed");
      return LevelSynthesizer::Speak(text, out, words);
    }
  } failing;
  FakeAudioOutput output;
  PlayerConfig config;
  config.voice = SpeakTestVoice();
  try {
    Player(failing, reading_, output, config).Play(0, nullptr);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "eSpeak NG failed");
  }
  EXPECT_EQ(SpeechRuns(output.heard), (std::vector<size_t>{kTitle, kOne, kFive}));
}

// eSpeak begins an utterance with silence. Read straight through it is kept (the audio is
// render's), but a jump starts 5 ms before the utterance's first sound: the answer to a key is
// heard at once.
class LeadSilenceTest : public PlayerTest {
 protected:
  static constexpr size_t kLead = 100;  // samples: 100 ms at the fake's 1000 Hz
  class LeadSilenceSynthesizer : public LevelSynthesizer {
   public:
    using LevelSynthesizer::Speak;
    uint64_t Speak(std::string_view text, const SampleCallback& out,
                   std::vector<WordMark>* words) override {
      const std::vector<int16_t> lead(kLead, 0);
      out(lead);
      const size_t first = words != nullptr ? words->size() : 0;
      const uint64_t spoken = LevelSynthesizer::Speak(text, out, words);
      if (words != nullptr) {
        for (size_t i = first; i < words->size(); ++i) (*words)[i].sample += kLead;
      }
      return kLead + spoken;
    }
  };

  std::vector<int16_t> PlayLeading(std::vector<std::pair<uint64_t, Command>> script) {
    FakeAudioOutput output;
    ScriptedCommands commands(output, std::move(script));
    PlayerConfig config;
    config.voice = SpeakTestVoice();
    LeadSilenceSynthesizer synth;
    Player(synth, reading_, output, config).Play(0, &commands);
    return output.heard;
  }

  // Zeros in `audio` from `at` to its next sound.
  static size_t SilenceFrom(const std::vector<int16_t>& audio, size_t at) {
    size_t end = at;
    while (end < audio.size() && audio[end] == 0) ++end;
    return end - at;
  }
};

TEST_F(LeadSilenceTest, StraightThroughKeepsIt) {
  const auto audio = PlayLeading({});
  EXPECT_EQ(SilenceFrom(audio, 0), kLead);
}

TEST_F(LeadSilenceTest, AJumpSkipsAllButFiveMilliseconds) {
  for (const Command jump : {Command::kNextSentence, Command::kNextSection,
                             Command::kPreviousSentence, Command::kPreviousSection}) {
    const auto audio = PlayLeading({{240, jump}});  // 140 samples into the title's sound
    ASSERT_GT(audio.size(), 240u);
    EXPECT_EQ(SilenceFrom(audio, 240), 5u) << static_cast<int>(jump);
  }
}

TEST_F(LeadSilenceTest, PauseAndPlayOnKeepsEverySample) {
  EXPECT_EQ(PlayLeading({{40, Command::kPlayPause}, {40, Command::kPlayPause}}), PlayLeading({}));
}

}  // namespace
}  // namespace rawi
