#include "audio/wav_stream_sink.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "support/audio_file.h"
#include "util/error.h"

namespace rawi {
namespace {

std::string Capture(const std::function<void(std::FILE*)>& write) {
  char* data = nullptr;
  size_t size = 0;
  std::FILE* memory = open_memstream(&data, &size);
  write(memory);
  std::fclose(memory);
  std::string bytes(data, size);
  free(data);
  return bytes;
}

TEST(WavStreamSinkTest, HeaderWithUnknownSizesThenLittleEndianPcm) {
  const std::string bytes = Capture([](std::FILE* out) {
    WavStreamSink sink(out, 22050, "stdout");
    const int16_t samples[] = {1, -2, 0x1234};
    sink.Write(samples);
    sink.Finish();
  });
  ASSERT_EQ(bytes.size(), 44u + 6u);
  EXPECT_EQ(bytes.substr(0, 4), "RIFF");
  EXPECT_EQ(bytes.substr(4, 4), std::string(4, '\xff'));
  EXPECT_EQ(bytes.substr(8, 8), "WAVEfmt ");
  EXPECT_EQ(bytes.substr(36, 4), "data");
  EXPECT_EQ(bytes.substr(44), std::string("\x01\x00\xfe\xff\x34\x12", 6));
}

TEST(WavStreamSinkTest, LibsndfileReadsTheStream) {
  const std::string bytes = Capture([](std::FILE* out) {
    WavStreamSink sink(out, 22050, "stdout");
    sink.WriteSilence(22050);
    sink.Finish();
  });
  const auto audio = testing::ReadAudioBytes(bytes);
  EXPECT_EQ(audio.sample_rate, 22050);
  EXPECT_EQ(audio.channels, 1);
  EXPECT_EQ(audio.samples.size(), 22050u);
}

}  // namespace
}  // namespace rawi
