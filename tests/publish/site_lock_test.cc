#include "publish/site_lock.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <memory>

#include "support/temp_dir.h"

namespace rawi {
namespace {

using testing::TempDir;

std::string BusyMessage(const std::filesystem::path& site, SiteLockMode mode) {
  try {
    SiteLock lock(site, mode);
  } catch (const SiteBusyError& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
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

}  // namespace
}  // namespace rawi
