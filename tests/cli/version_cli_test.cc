// End-to-end: `rawi --version` names rawi's version, eSpeak NG's with its data folder, and the
// vocalizer data's format version and file.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <sstream>
#include <vector>

#include "support/run_process.h"
#include "support/temp_dir.h"
#include "vocalize/compiled_sections.h"

namespace rawi {
namespace {

using testing::RunProcess;
using testing::TempDir;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

testing::ProcessResult VersionWithData(const std::string& voices_dir) {
  return RunProcess({"/usr/bin/env", "RAWI_DATA_DIR=" + voices_dir, RAWI_BINARY, "--version"});
}

TEST(VersionCliTest, PrintsRawiEspeakAndVocalizerDataVersions) {
  const auto r = VersionWithData(RAWI_VOICES_DIR);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 4u) << r.out;
  // git describe (0.1.0, 0.1.0-3-gabc1234, …-dirty), else the project version.
  EXPECT_TRUE(
      std::regex_match(lines[0], std::regex(R"(rawi \d+\.\d+\.\d+(-\d+-g[0-9a-f]+)?(-dirty)?)")))
      << lines[0];
  std::smatch espeak;
  ASSERT_TRUE(
      std::regex_match(lines[1], espeak, std::regex(R"(eSpeak NG (\d+\.\d+\S*), data: (.+))")))
      << lines[1];
  EXPECT_TRUE(std::filesystem::is_directory(espeak[2].str())) << espeak[2];
  EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(espeak[2].str()) / "phontab"));
  EXPECT_EQ(lines[2], std::string("voices: ") + RAWI_VOICES_DIR);
  EXPECT_TRUE(std::regex_match(
      lines[3], std::regex("vocalizer data: format " + std::to_string(kCompiledFormatVersion) +
                           ", sha256 [0-9a-f]{12}, " + RAWI_VOICES_DIR + "/ar-vocalizer.bin")))
      << lines[3];
}

TEST(VersionCliTest, SaysWhatIsWrongWithMissingOrForeignData) {
  TempDir dir;
  auto r = VersionWithData(dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("vocalizer data: " + (dir / "ar-vocalizer.bin").string() + " ("),
            std::string::npos)
      << r.out;

  dir.Write("ar-vocalizer.bin", "not compiled data at all");
  r = VersionWithData(dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::regex_search(
      r.out,
      std::regex("vocalizer data: sha256 [0-9a-f]{12}, .*ar-vocalizer.bin \\(not a rawi data "
                 "file\\)")))
      << r.out;

  std::string future("RAWIDATA\x09\0\0\0\0\0\0\0", 16);
  dir.Write("ar-vocalizer.bin", future);
  r = VersionWithData(dir.path().string());
  EXPECT_NE(r.out.find("vocalizer data: format 9, sha256 "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(this rawi reads format " + std::to_string(kCompiledFormatVersion) + ")"),
            std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace rawi
