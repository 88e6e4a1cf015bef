#include "audio/audio_format.h"

#include <gtest/gtest.h>
#include <sndfile.h>

namespace rawi {
namespace {

TEST(AudioFormatTest, ParsesNames) {
  EXPECT_EQ(ParseAudioFormat("wav"), AudioFormat::kWav);
  EXPECT_EQ(ParseAudioFormat("FLAC"), AudioFormat::kFlac);
  EXPECT_EQ(ParseAudioFormat("ogg"), AudioFormat::kOgg);
  EXPECT_EQ(ParseAudioFormat("vorbis"), AudioFormat::kOgg);
  EXPECT_EQ(ParseAudioFormat("mp3"), std::nullopt);
  EXPECT_EQ(ParseAudioFormat(""), std::nullopt);
}

TEST(AudioFormatTest, FromPathExtension) {
  EXPECT_EQ(AudioFormatFromPath("out/a.wav"), AudioFormat::kWav);
  EXPECT_EQ(AudioFormatFromPath("a.b.Flac"), AudioFormat::kFlac);
  EXPECT_EQ(AudioFormatFromPath("a.oga"), AudioFormat::kOgg);
  EXPECT_EQ(AudioFormatFromPath("a.mp3"), std::nullopt);
  EXPECT_EQ(AudioFormatFromPath("noext"), std::nullopt);
}

TEST(AudioFormatTest, ExtensionsAndSndfileFormats) {
  EXPECT_EQ(Extension(AudioFormat::kWav), ".wav");
  EXPECT_EQ(Extension(AudioFormat::kFlac), ".flac");
  EXPECT_EQ(Extension(AudioFormat::kOgg), ".ogg");
  EXPECT_EQ(SndfileFormat(AudioFormat::kWav), SF_FORMAT_WAV | SF_FORMAT_PCM_16);
  EXPECT_EQ(SndfileFormat(AudioFormat::kFlac), SF_FORMAT_FLAC | SF_FORMAT_PCM_16);
  EXPECT_EQ(SndfileFormat(AudioFormat::kOgg), SF_FORMAT_OGG | SF_FORMAT_VORBIS);
}

}  // namespace
}  // namespace rawi
