#include "publish/mp3_writer.h"

#include <gtest/gtest.h>

#include <cmath>

#include "support/audio_file.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

TEST(Mp3WriterTest, ConstantBitrateWithExactLength) {
  testing::TempDir dir;
  const auto path = dir / "tone.mp3";
  {
    Mp3Writer writer(path, Mp3Config{44100, 64, 7});
    std::vector<float> tone(44100);
    for (size_t i = 0; i < tone.size(); ++i)
      tone[i] = 0.3f * std::sin(2 * M_PI * 440 * i / 44100.0);
    for (int second = 0; second < 5; ++second) writer.Write(tone);
    writer.Finish();
  }
  // 64 kbps for 5 s: about 40 kB.
  EXPECT_NEAR(static_cast<double>(std::filesystem::file_size(path)), 40000, 2000);
  const auto decoded = testing::ReadAudio(path);
  EXPECT_EQ(decoded.sample_rate, 44100);
  EXPECT_NEAR(decoded.duration(), 5.0, 0.06);
}

TEST(Mp3WriterTest, UnwritablePathIsAFileError) {
  try {
    Mp3Writer writer("/nonexistent/dir/a.mp3", Mp3Config{});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "/nonexistent/dir/a.mp3: cannot create the MP3 file");
  }
}

}  // namespace
}  // namespace rawi
