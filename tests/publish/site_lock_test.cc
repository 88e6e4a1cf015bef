#include "publish/site_lock.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <memory>

#include "support/temp_dir.h"
#include "util/atomic_file.h"

namespace rawi {
namespace {

using testing::ListDir;
using testing::TempDir;

std::string BusyMessage(const std::filesystem::path& site, SiteLockMode mode) {
  try {
    SiteLock lock(site, mode);
  } catch (const SiteBusyError& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBusy);
    return e.what();
  }
  return "not busy";
}

TEST(SiteLockTest, ExclusiveAgainstEveryOtherRunSharedAgainstExclusiveOnly) {
  TempDir dir;
  const std::string busy =
      dir.path().string() + ": another rawi publish or feed is running (lock .rawi/lock)";
  {
    SiteLock held(dir.path(), SiteLockMode::kExclusive);
    EXPECT_TRUE(std::filesystem::is_regular_file(dir / ".rawi/lock"));
    EXPECT_EQ(BusyMessage(dir.path(), SiteLockMode::kExclusive), busy);
    EXPECT_EQ(BusyMessage(dir.path(), SiteLockMode::kShared), busy);
  }
  {
    SiteLock shard(dir.path(), SiteLockMode::kShared);
    EXPECT_EQ(BusyMessage(dir.path(), SiteLockMode::kShared), "not busy");
    EXPECT_EQ(BusyMessage(dir.path(), SiteLockMode::kExclusive), busy);
  }
  EXPECT_EQ(BusyMessage(dir.path(), SiteLockMode::kExclusive), "not busy");  // released
}

TEST(SiteLockTest, ForkedWorkersKeepTheLock) {
  TempDir dir;
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  auto lock = std::make_unique<SiteLock>(dir.path(), SiteLockMode::kExclusive);
  const pid_t worker = fork();
  if (worker == 0) {
    char c;
    (void)!read(ready[0], &c, 1);  // until the parent has let go
    _exit(0);
  }
  lock.reset();
  EXPECT_NE(BusyMessage(dir.path(), SiteLockMode::kExclusive), "not busy");
  (void)!write(ready[1], "x", 1);
  int status = 0;
  waitpid(worker, &status, 0);
  EXPECT_EQ(BusyMessage(dir.path(), SiteLockMode::kExclusive), "not busy");
  close(ready[0]);
  close(ready[1]);
}

TEST(SiteLockTest, ErrorsNameTheLockFile) {
  TempDir dir;
  std::filesystem::create_directories(dir / ".rawi");
  std::filesystem::create_symlink(dir / "elsewhere", dir / ".rawi/lock");
  try {
    SiteLock lock(dir.path(), SiteLockMode::kExclusive);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), (dir / ".rawi/lock").string() +
                                         ": cannot open the lock file: " + std::strerror(ELOOP));
  }
  EXPECT_FALSE(std::filesystem::exists(dir / "elsewhere"));
  try {
    SiteLock lock(dir / "none", SiteLockMode::kExclusive);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), (dir / "none").string() +
                                         ": cannot create the folder .rawi: No such file or "
                                         "directory");
  }
}

TEST(IsAtomicTempNameTest, OnlyTheAtomicFilePattern) {
  for (const char* name :
       {".feed.xml.tmp-3kZ9qLw0aB1c.xml", ".news.mp3.tmp-AAAAAAAAAAAA.mp3",
        ".lock.tmp-000000000000", "..news.render.wav.tmp-abcdefghijkl.wav.tmp-mnopqrstuvwx.wav",
        ".a.tmp-b.tmp-abcdefghijkl.tmp-b"}) {
    EXPECT_TRUE(IsAtomicTempName(name)) << name;
  }
  for (const char* name :
       {"feed.xml.tmp-3kZ9qLw0aB1c.xml", ".feed.xml.tmp-3kZ9qLw0aB1.xml",
        ".feed.xml.tmp-3kZ9qLw0aB1cd.xml", ".feed.xml.tmp-3kZ9qLw0aB1c.mp3",
        ".feed.xml.tmp-3kZ9qLw0aB1c", ".feed.xml.tmp-3kZ9qLw0aB-c.xml", ".tmp-3kZ9qLw0aB1c",
        ".feed.xml.tmp-3kZ9qLw0aB1c.xml~", ".feed.xml", "feed.xml", ".rawi", ".", "..", ""}) {
    EXPECT_FALSE(IsAtomicTempName(name)) << name;
  }
}

// The pattern is AtomicFile's: a change there must show here.
TEST(IsAtomicTempNameTest, MatchesWhatAtomicFileCreates) {
  TempDir dir;
  for (const char* target : {"feed.xml", "news.mp3", "lock", ".x.json", "a.b.c"}) {
    AtomicFile file(dir / target);
    EXPECT_TRUE(IsAtomicTempName(file.temp_path().filename().string())) << file.temp_path();
  }
}

TEST(RemoveStaleTempsTest, RemovesOnlyTemporaryFiles) {
  TempDir dir;
  std::filesystem::create_directories(dir / ".rawi");
  std::filesystem::create_directories(dir / "sub");
  for (const char* stale : {".news.mp3.tmp-AbCdEf123456.mp3", ".feed.xml.tmp-000000000000.xml",
                            ".rawi/.news.json.tmp-abcdefghijkl.json",
                            ".rawi/..news.render.wav.tmp-abcdefghijkl.wav.tmp-mnopqrstuvwx.wav"}) {
    dir.Write(stale, "x");
  }
  const std::vector<std::string> kept = {".hidden", ".news.mp3.tmp-AbCdEf12345.mp3", "feed.xml",
                                         "news.mp3", "notes.tmp-abcdefghijkl"};
  for (const auto& name : kept) dir.Write(name, "x");
  dir.Write("sub/.a.mp3.tmp-abcdefghijkl.mp3", "x");  // nothing deeper
  dir.Write("target", "precious");
  std::filesystem::create_symlink(dir / "target", dir / ".b.mp3.tmp-abcdefghijkl.mp3");
  std::filesystem::create_directory(dir / ".c.mp3.tmp-abcdefghijkl.mp3");
  EXPECT_EQ(RemoveStaleTemps(dir.path()), 4u);
  EXPECT_EQ(
      ListDir(dir.path()),
      (std::vector<std::string>{".b.mp3.tmp-abcdefghijkl.mp3", ".c.mp3.tmp-abcdefghijkl.mp3",
                                ".hidden", ".news.mp3.tmp-AbCdEf12345.mp3", ".rawi", "feed.xml",
                                "news.mp3", "notes.tmp-abcdefghijkl", "sub", "target"}));
  EXPECT_EQ(ListDir(dir / ".rawi"), std::vector<std::string>{});
  EXPECT_EQ(ListDir(dir / "sub"), std::vector<std::string>{".a.mp3.tmp-abcdefghijkl.mp3"});
  EXPECT_EQ(testing::ReadFile(dir / "target"), "precious");
  EXPECT_EQ(RemoveStaleTemps(dir / "none"), 0u);
}

}  // namespace
}  // namespace rawi
