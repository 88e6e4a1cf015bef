// `cmake --install` into a staging folder (DESTDIR) lays rawi out as cmake/install.cmake says,
// and the installed rawi finds its data beside itself, with no RAWI_DATA_DIR.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/run_process.h"
#include "support/temp_dir.h"

namespace rawi {
namespace {

using testing::ReadFile;
using testing::RunProcess;
using testing::TempDir;

TEST(InstallCliTest, StagedInstallRunsWithItsOwnData) {
  TempDir dir;
  const auto stage = dir / "stage";
  const auto r = RunProcess({"/usr/bin/env", "DESTDIR=" + stage.string(), RAWI_CMAKE_COMMAND,
                             "--install", RAWI_BUILD_DIR, "--prefix", "/opt/rawi-test"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  const auto prefix = stage / "opt/rawi-test";
  for (const char* file :
       {"bin/rawi", "share/rawi/voices/ar-news.json", "share/rawi/voices/en-news.json",
        "share/rawi/voices/ar-vocalizer.bin", "share/rawi/voices/boilerplate.txt",
        "share/man/man1/rawi.1.gz", "share/bash-completion/completions/rawi",
        "share/zsh/vendor-completions/_rawi", "share/doc/rawi/copyright",
        "share/doc/rawi/changelog.Debian.gz", "share/doc/rawi/DATA-SOURCES.md",
        "share/rawi/speech-dispatcher/rawi.conf"}) {
    EXPECT_TRUE(std::filesystem::is_regular_file(prefix / file)) << file;
  }
  EXPECT_EQ(
      ReadFile(prefix / "share/doc/rawi/copyright")
          .rfind("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/", 0),
      0u);

  const std::string rawi = (prefix / "bin/rawi").string();
  const auto version = RunProcess({"/usr/bin/env", "-u", "RAWI_DATA_DIR", rawi, "--version"});
  ASSERT_EQ(version.exit_code, 0) << version.err;
  EXPECT_NE(version.out.find("\nvoices: " + (prefix / "share/rawi/voices").string() + "\n"),
            std::string::npos)
      << version.out;

  const auto render = RunProcess({"/usr/bin/env", "-u", "RAWI_DATA_DIR", rawi, "render", "-", "-q",
                                  "-o", (dir / "a.wav").string()},
                                 "ارتفعت الأسعار بنسبة 30% في المدينة.\n");
  ASSERT_EQ(render.exit_code, 0) << render.err;
  EXPECT_EQ(ReadFile(dir / "a.wav").substr(0, 4), "RIFF");
}

}  // namespace
}  // namespace rawi
