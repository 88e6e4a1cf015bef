#include "audio/sndfile_sink.h"

#include <gtest/gtest.h>
#include <sndfile.h>

#include "support/audio_file.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::ListDir;
using testing::ReadAudio;
using testing::ReadFile;
using testing::TempDir;

std::vector<int16_t> Tone(size_t n) {
  std::vector<int16_t> samples(n);
  for (size_t i = 0; i < n; ++i) samples[i] = static_cast<int16_t>((i % 100) * 200 - 10000);
  return samples;
}

class SndfileSinkFormatTest : public ::testing::TestWithParam<AudioFormat> {};

TEST_P(SndfileSinkFormatTest, WritesReadableMono22050) {
  TempDir dir;
  const auto path = dir / ("a" + Extension(GetParam()));
  SndfileSinkConfig config;
  config.format = GetParam();
  {
    SndfileSink sink(path, config);
    const auto tone = Tone(22050);
    sink.Write(tone);
    sink.WriteSilence(11025);
    sink.Finish();
  }
  const auto audio = ReadAudio(path);
  EXPECT_EQ(audio.sample_rate, 22050);
  EXPECT_EQ(audio.channels, 1);
  EXPECT_EQ(audio.format & SF_FORMAT_TYPEMASK, SndfileFormat(GetParam()) & SF_FORMAT_TYPEMASK);
  EXPECT_NEAR(audio.duration(), 1.5, 0.015);
  EXPECT_EQ(ListDir(dir.path()), std::vector<std::string>{path.filename().string()});
}

INSTANTIATE_TEST_SUITE_P(Formats, SndfileSinkFormatTest,
                         ::testing::Values(AudioFormat::kWav, AudioFormat::kFlac,
                                           AudioFormat::kOgg));

// A 1.6 MB text used to give 33 h of WAV whose RIFF sizes wrapped around: readers saw 6 h.
TEST(SndfileSinkTest, WavBeyondWhatItsSizesHoldIsRefused) {
  TempDir dir;
  const auto path = dir.Write("long.wav", "earlier");
  SndfileSinkConfig config;
  config.wav_max_data_bytes = 2 * 22050 * 3600;  // one hour, as the real limit is 27
  SndfileSink sink(path, config);
  sink.WriteSilence(22050 * 3600);
  try {
    sink.WriteSilence(1);
    ADD_FAILURE() << "no throw";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              path.string() +
                  ": the audio is longer than a WAV file can hold (1 h at 22050 Hz); write FLAC "
                  "or Ogg instead (--format flac)");
  }
  EXPECT_EQ(ReadFile(path), "earlier");
}

TEST(SndfileSinkTest, FlacHasNoWavLimit) {
  TempDir dir;
  SndfileSinkConfig config;
  config.format = AudioFormat::kFlac;
  config.wav_max_data_bytes = 100;
  SndfileSink sink(dir / "long.flac", config);
  sink.WriteSilence(1000);
  sink.Finish();
  EXPECT_EQ(ReadAudio(dir / "long.flac").samples.size(), 1000u);
}

TEST(SndfileSinkTest, UnfinishedSinkKeepsEarlierFile) {
  TempDir dir;
  const auto path = dir.Write("a.wav", "earlier good file");
  {
    SndfileSink sink(path, SndfileSinkConfig{});
    sink.Write(Tone(1000));
  }  // destroyed without Finish(): a failed run
  EXPECT_EQ(ReadFile(path), "earlier good file");
  EXPECT_EQ(ListDir(dir.path()), std::vector<std::string>{"a.wav"});
}

// Someone who can write the output folder swaps the temporary file for a symlink mid-render: the
// audio never goes through the name, and the swapped name is never renamed into place.
TEST(SndfileSinkTest, TemporaryFileSwappedForASymlinkIsRefused) {
  TempDir dir, elsewhere;
  const auto victim = elsewhere.Write("victim", "secret");
  const auto path = dir / "a.wav";
  {
    SndfileSink sink(path, SndfileSinkConfig{});
    sink.Write(Tone(1000));
    const std::string temp = ListDir(dir.path()).at(0);
    std::filesystem::remove(dir / temp);
    std::filesystem::create_symlink(victim, dir / temp);
    sink.Write(Tone(1000));
    try {
      sink.Finish();
      FAIL() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()),
                path.string() + ": the temporary file was replaced by someone else");
    }
  }
  EXPECT_EQ(ReadFile(victim), "secret");
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(SndfileSinkTest, MissingFolderNamesTheOutput) {
  TempDir dir;
  const auto path = dir / "no" / "a.wav";
  try {
    SndfileSink sink(path, SndfileSinkConfig{});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), path.string() + ": output folder does not exist");
  }
}

TEST(SndfileSinkTest, RefusedFormatIsAnErrorNotACrash) {
  TempDir dir;
  SndfileSinkConfig config;
  config.format = AudioFormat::kOgg;
  config.sample_rate = 0;
  const auto path = dir / "a.ogg";
  try {
    SndfileSink sink(path, config);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind(path.string() + ": cannot write audio: ", 0), 0u)
        << e.what();
  }
  EXPECT_TRUE(ListDir(dir.path()).empty());
}

}  // namespace
}  // namespace rawi
