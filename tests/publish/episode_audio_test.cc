#include "publish/episode_audio.h"

#include <gtest/gtest.h>
#include <sndfile.h>
#include <taglib/chapterframe.h>
#include <taglib/fileref.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tableofcontentsframe.h>

#include <cmath>

#include "support/audio_file.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::TempDir;

// 20 s of a syllable-like signal (a 180 Hz buzz, on and off 4 times a second) at 22050 Hz,
// quieter than the target, with one loud click that the limiter must hold down.
std::filesystem::path SpeechLike(const TempDir& dir) {
  const auto path = dir / "speech.wav";
  SF_INFO info{};
  info.samplerate = 22050;
  info.channels = 1;
  info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
  SNDFILE* file = sf_open(path.c_str(), SFM_WRITE, &info);
  std::vector<short> samples(22050 * 20);
  for (size_t i = 0; i < samples.size(); ++i) {
    const double t = static_cast<double>(i) / 22050;
    const double envelope = std::sin(M_PI * 4 * t) > 0 ? 1.0 : 0.05;
    samples[i] = static_cast<short>(3000 * envelope * std::sin(2 * M_PI * 180 * t) *
                                    (1 + 0.5 * std::sin(2 * M_PI * 900 * t)));
  }
  samples[22050 * 10] = 32000;
  sf_write_short(file, samples.data(), static_cast<sf_count_t>(samples.size()));
  sf_close(file);
  return path;
}

EpisodeTags Tags() {
  return {
      "عنوان الحلقة", "راوي", "أخبار ليبيا", {{"المقدمة", 0, 8}, {"اجتماع لدعم الهدنة", 8, 20}}};
}

TEST(SectionChaptersTest, LedeNamedAfterTitleEachEndsAtTheNext) {
  Timings timings;
  timings.sample_rate = 1000;
  timings.total_samples = 9000;
  timings.sections = {SectionTiming{std::nullopt, 0, 2000, {}},
                      SectionTiming{"Second", 2500, 6000, {}},
                      SectionTiming{"Third", 6500, 8500, {}}};
  const auto chapters = SectionChapters(timings, "The title");
  ASSERT_EQ(chapters.size(), 3u);
  EXPECT_EQ(chapters[0].title, "The title");
  EXPECT_DOUBLE_EQ(chapters[0].start, 0.0);
  EXPECT_DOUBLE_EQ(chapters[0].end, 2.5);
  EXPECT_EQ(chapters[1].title, "Second");
  EXPECT_DOUBLE_EQ(chapters[1].start, 2.5);
  EXPECT_DOUBLE_EQ(chapters[1].end, 6.5);
  EXPECT_EQ(chapters[2].title, "Third");
  EXPECT_DOUBLE_EQ(chapters[2].end, 9.0);
}

TEST(EpisodeAudioTest, Mp3IsLoudnessNormalizedWithinTheCeiling) {
  TempDir dir;
  const auto out = dir / "a.mp3";
  const EpisodeAudio audio = EncodeEpisodeAudio(SpeechLike(dir), out, EpisodeAudioConfig{}, Tags());
  EXPECT_EQ(audio.sample_rate, 44100);
  EXPECT_NEAR(audio.duration, 20.0, 0.01);
  EXPECT_LT(audio.input_loudness, -20.0);
  const Loudness result = MeasureLoudness(out);
  EXPECT_NEAR(result.integrated, -16.0, 1.0);
  EXPECT_LE(result.true_peak, -1.0);
  const auto decoded = testing::ReadAudio(out);
  EXPECT_EQ(decoded.sample_rate, 44100);
  EXPECT_NEAR(decoded.duration(), 20.0, 0.2);
}

TEST(EpisodeAudioTest, Mp3HasId3v23ChaptersAndNoId3v1) {
  TempDir dir;
  const auto out = dir / "a.mp3";
  EncodeEpisodeAudio(SpeechLike(dir), out, EpisodeAudioConfig{}, Tags());
  TagLib::MPEG::File mp3(out.c_str());
  ASSERT_TRUE(mp3.isValid());
  EXPECT_FALSE(mp3.hasID3v1Tag());
  ASSERT_TRUE(mp3.hasID3v2Tag());
  TagLib::ID3v2::Tag* tag = mp3.ID3v2Tag();
  EXPECT_EQ(tag->header()->majorVersion(), 3u);
  EXPECT_EQ(tag->title().to8Bit(true), "عنوان الحلقة");
  EXPECT_EQ(tag->album().to8Bit(true), "أخبار ليبيا");
  const auto& chapters = tag->frameListMap()["CHAP"];
  ASSERT_EQ(chapters.size(), 2u);
  auto* second = dynamic_cast<TagLib::ID3v2::ChapterFrame*>(chapters[1]);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->startTime(), 8000u);
  EXPECT_EQ(second->endTime(), 20000u);
  EXPECT_EQ(second->embeddedFrameList("TIT2").front()->toString().to8Bit(true),
            "اجتماع لدعم الهدنة");
  ASSERT_EQ(tag->frameListMap()["CTOC"].size(), 1u);
  EXPECT_NEAR(mp3.audioProperties()->lengthInMilliseconds(), 20000, 200);
  EXPECT_EQ(mp3.audioProperties()->bitrate(), 96);
}

TEST(EpisodeAudioTest, OpusAt48kAndOggVorbis) {
  TempDir dir;
  const auto pcm = SpeechLike(dir);
  EpisodeAudioConfig opus;
  opus.format = AudioFormat::kOpus;
  const auto a = EncodeEpisodeAudio(pcm, dir / "a.opus", opus, Tags());
  EXPECT_EQ(a.sample_rate, 48000);
  EXPECT_NEAR(testing::ReadAudio(dir / "a.opus").duration(), 20.0, 0.1);
  EpisodeAudioConfig ogg;
  ogg.format = AudioFormat::kOgg;
  EncodeEpisodeAudio(pcm, dir / "a.ogg", ogg, Tags());
  EXPECT_NEAR(MeasureLoudness(dir / "a.ogg").integrated, -16.0, 1.0);
}

// The tags are written through the temporary file's descriptor, never by reopening its name.
TEST(EpisodeAudioTest, OggOpusAndFlacAreTagged) {
  TempDir dir;
  const auto pcm = SpeechLike(dir);
  for (AudioFormat format : {AudioFormat::kOpus, AudioFormat::kOgg, AudioFormat::kFlac}) {
    EpisodeAudioConfig config;
    config.format = format;
    const auto out = dir / ("a" + Extension(format));
    EncodeEpisodeAudio(pcm, out, config, Tags());
    TagLib::FileRef ref(out.c_str());
    ASSERT_FALSE(ref.isNull()) << out;
    EXPECT_EQ(ref.tag()->title().to8Bit(true), "عنوان الحلقة") << out;
    EXPECT_EQ(ref.tag()->album().to8Bit(true), "أخبار ليبيا") << out;
  }
}

TEST(EpisodeAudioTest, FailureKeepsTheEarlierFile) {
  TempDir dir;
  const auto out = dir.Write("a.mp3", "earlier episode");
  EXPECT_THROW(EncodeEpisodeAudio(dir / "missing.wav", out, EpisodeAudioConfig{}, Tags()), Error);
  EXPECT_EQ(testing::ReadFile(out), "earlier episode");
}

TEST(EpisodeFormatTest, NamesAndTypes) {
  EXPECT_EQ(ParseEpisodeFormat("mp3"), AudioFormat::kMp3);
  EXPECT_EQ(ParseEpisodeFormat("opus"), AudioFormat::kOpus);
  EXPECT_EQ(MimeType(AudioFormat::kMp3), "audio/mpeg");
  EXPECT_EQ(Extension(AudioFormat::kOpus), ".opus");
  try {
    ParseEpisodeFormat("aac");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "--format aac: unknown podcast format (use mp3, opus, ogg, flac, wav)");
  }
}

}  // namespace
}  // namespace rawi
