// Runs the real libespeak-ng. eSpeak allows one engine per process: every test's body runs in a
// process of its own, also when rawi_tests runs them all in one.
#include "synth/espeak_synthesizer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "support/audio_file.h"
#include "support/fresh_process.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

VoiceProfile Arabic() { return ResolveVoiceProfile("ar-news", RAWI_VOICES_DIR); }

TEST(EspeakSynthesizerTest, SpeaksArabicAt22050Hz) {
  testing::InFreshProcess([] {
    EspeakSynthesizer synth;
    EXPECT_EQ(synth.sample_rate(), 22050);
    synth.SetVoice(Arabic());
    std::vector<int16_t> samples;
    size_t chunks = 0;
    const uint64_t count = synth.Speak("اجتماع لدعم الهدنة في ليبيا", [&](auto chunk) {
      samples.insert(samples.end(), chunk.begin(), chunk.end());
      ++chunks;
    });
    EXPECT_EQ(count, samples.size());
    EXPECT_GT(chunks, 1u);  // streamed, not collected
    const double seconds = static_cast<double>(count) / synth.sample_rate();
    EXPECT_GT(seconds, 1.0);
    EXPECT_LT(seconds, 5.0);
    EXPECT_GT(testing::Rms(samples, 0, samples.size()), 500.0);
  });
}

TEST(EspeakSynthesizerTest, NoTrailingPauseSoProfileControlsSilence) {
  testing::InFreshProcess([] {
    EspeakSynthesizer synth;
    synth.SetVoice(Arabic());
    std::vector<int16_t> samples;
    synth.Speak("مرحبا بكم.",
                [&](auto chunk) { samples.insert(samples.end(), chunk.begin(), chunk.end()); });
    size_t last_loud = 0;
    for (size_t i = 0; i < samples.size(); ++i) {
      if (std::abs(samples[i]) > 300) last_loud = i;
    }
    EXPECT_LT(samples.size() - last_loud, 22050u / 10);  // under 100 ms of tail
  });
}

TEST(EspeakSynthesizerTest, FasterRateGivesShorterAudio) {
  testing::InFreshProcess([] {
    EspeakSynthesizer synth;
    VoiceProfile voice = Arabic();
    const char* text = "يستمر العمل على تعزيز السلام والاستقرار في ليبيا.";
    auto ignore = [](auto) {};
    voice.rate_wpm = 100;
    synth.SetVoice(voice);
    const uint64_t slow = synth.Speak(text, ignore);
    voice.rate_wpm = 300;
    synth.SetVoice(voice);
    const uint64_t fast = synth.Speak(text, ignore);
    EXPECT_LT(fast * 2, slow);
  });
}

TEST(EspeakSynthesizerTest, SinkErrorStopsSynthesisAndPropagates) {
  testing::InFreshProcess([] {
    EspeakSynthesizer synth;
    synth.SetVoice(Arabic());
    int calls = 0;
    EXPECT_THROW(synth.Speak("نص طويل بما يكفي ليصل على دفعات كثيرة من العينات الصوتية.",
                             [&](auto) {
                               ++calls;
                               throw std::runtime_error("disk full");
                             }),
                 std::runtime_error);
    EXPECT_EQ(calls, 1);
    // The engine is still usable afterwards.
    EXPECT_GT(synth.Speak("نعم", [](auto) {}), 0u);
  });
}

TEST(EspeakSynthesizerTest, UnknownEspeakVoiceNamesTheProfile) {
  testing::InFreshProcess([] {
    EspeakSynthesizer synth;
    VoiceProfile voice;
    voice.name = "broken";
    voice.espeak_voice = "no-such-voice";
    try {
      synth.SetVoice(voice);
      FAIL();
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
      EXPECT_EQ(std::string(e.what()).rfind(
                    "voice profile broken: eSpeak NG has no voice 'no-such-voice': ", 0),
                0u)
          << e.what();
    }
  });
}

TEST(EspeakSynthesizerTest, OneEnginePerProcess) {
  testing::InFreshProcess([] {
    EspeakSynthesizer first;
    try {
      EspeakSynthesizer second;
      FAIL();
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kEngine);
      EXPECT_EQ(std::string(e.what()), "eSpeak NG: only one engine may exist per process");
    }
  });
}

TEST(EspeakSynthesizerTest, BadDataPathIsAnEngineErrorNotAnExit) {
  testing::InFreshProcess([] {
    testing::TempDir empty;  // a folder without eSpeak's phoneme data
    EspeakConfig config;
    config.data_path = empty.path().string();
    try {
      EspeakSynthesizer synth(config);
      FAIL();
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kEngine);
      EXPECT_EQ(std::string(e.what()).rfind("eSpeak NG: cannot initialize: ", 0), 0u) << e.what();
    }
  });
}

TEST(EspeakSynthesizerTest, PhonemesLikeEspeakX) {
  testing::InFreshProcess([] {
    EspeakSynthesizer synth;
    synth.SetVoice(Arabic());
    const std::string mnemonics = synth.Phonemes("ليبيا", false);
    EXPECT_FALSE(mnemonics.empty());
    const std::string ipa = synth.Phonemes("ليبيا", true);
    EXPECT_NE(ipa, mnemonics);
  });
}

}  // namespace
}  // namespace rawi
