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

TEST(AudioFormatTest, OneTableForEveryFormat) {
  EXPECT_EQ(Extension(AudioFormat::kMp3), ".mp3");
  EXPECT_EQ(Extension(AudioFormat::kOpus), ".opus");
  EXPECT_EQ(MimeType(AudioFormat::kWav), "audio/wav");
  EXPECT_EQ(MimeType(AudioFormat::kFlac), "audio/flac");
  EXPECT_EQ(MimeType(AudioFormat::kOgg), "audio/ogg");
  EXPECT_EQ(MimeType(AudioFormat::kMp3), "audio/mpeg");
  EXPECT_EQ(MimeType(AudioFormat::kOpus), "audio/ogg; codecs=opus");
  EXPECT_EQ(Name(AudioFormat::kOpus), "opus");
  EXPECT_EQ(SndfileFormat(AudioFormat::kOpus), SF_FORMAT_OGG | SF_FORMAT_OPUS);
  EXPECT_EQ(SndfileFormat(AudioFormat::kMp3), 0);  // LAME writes MP3
}

TEST(AudioFormatTest, EachStageItsFormats) {
  EXPECT_EQ(AudioFormatNames(), "wav, flac, ogg");
  EXPECT_EQ(AudioFormatNames(kEpisodeFormats), "mp3, opus, ogg, flac, wav");
  EXPECT_EQ(FindAudioFormat("opus", kEpisodeFormats), AudioFormat::kOpus);
  EXPECT_EQ(FindAudioFormat("opus", kRenderFormats), std::nullopt);
  EXPECT_EQ(FindAudioFormat("MP3", kEpisodeFormats), std::nullopt);  // exact names only
  EXPECT_EQ(FindAudioFormat("vorbis", kEpisodeFormats), std::nullopt);
  EXPECT_EQ(ParseAudioFormat("opus"), std::nullopt);
  EXPECT_EQ(AudioFormatFromPath("a.opus"), std::nullopt);
}

}  // namespace
}  // namespace rawi
