#include "util/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::ListDir;
using testing::ReadFile;
using testing::TempDir;

TEST(AtomicFileTest, CommitReplacesTarget) {
  TempDir dir;
  dir.Write("out.json", "old");
  {
    AtomicFile file(dir / "out.json");
    file.WriteAll("new");
    EXPECT_EQ(ReadFile(dir / "out.json"), "old");  // untouched until commit
    file.Commit();
  }
  EXPECT_EQ(ReadFile(dir / "out.json"), "new");
  EXPECT_EQ(ListDir(dir.path()), std::vector<std::string>{"out.json"});
}

TEST(AtomicFileTest, UncommittedLeavesEarlierFileAndNoTemp) {
  TempDir dir;
  dir.Write("out.json", "old");
  {
    AtomicFile file(dir / "out.json");
    file.WriteAll("half");
  }
  EXPECT_EQ(ReadFile(dir / "out.json"), "old");
  EXPECT_EQ(ListDir(dir.path()), std::vector<std::string>{"out.json"});
}

TEST(AtomicFileTest, TempFileIsHiddenBesideTarget) {
  TempDir dir;
  AtomicFile file(dir / "a.wav");
  EXPECT_EQ(file.temp_path().parent_path(), dir.path());
  EXPECT_EQ(file.temp_path().filename().string().rfind(".a.wav.tmp-", 0), 0u);
}

TEST(AtomicFileTest, MissingFolderIsAnError) {
  TempDir dir;
  const auto target = dir / "missing" / "a.wav";
  try {
    AtomicFile file(target);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(std::string(e.what()), target.string() + ": output folder does not exist");
  }
}

TEST(AtomicFileTest, TargetThatIsAFolderIsAnError) {
  TempDir dir;
  std::filesystem::create_directory(dir / "sub");
  try {
    AtomicFile file(dir / "sub");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              (dir / "sub").string() + ": is a folder, expected an output file");
  }
}

// The temporary name used to be ".NAME.tmp-PID.EXT": another user who can write the folder planted
// symlinks there and rawi wrote through them.
TEST(AtomicFileTest, SymlinkPlantedAtThePidNameIsNotFollowed) {
  TempDir dir, elsewhere;
  const auto victim = elsewhere.Write("victim", "secret");
  const std::string planted = ".out.json.tmp-" + std::to_string(getpid()) + ".json";
  std::filesystem::create_symlink(victim, dir / planted);
  WriteFileAtomically(dir / "out.json", "new");
  EXPECT_EQ(ReadFile(victim), "secret");
  EXPECT_EQ(ReadFile(dir / "out.json"), "new");
  EXPECT_FALSE(std::filesystem::is_symlink(dir / "out.json"));
}

TEST(AtomicFileTest, SymlinkPlantedAtAChosenNameIsNotFollowed) {
  TempDir dir, elsewhere;
  const auto victim = elsewhere.Write("victim", "secret");
  std::filesystem::create_symlink(victim, dir / ".out.json.tmp-taken.json");
  std::vector<std::string> names = {"taken", "free"};
  size_t next = 0;
  {
    AtomicFile file(dir / "out.json", [&] { return names.at(next++); });
    EXPECT_EQ(file.temp_path(), dir / ".out.json.tmp-free.json");
    file.WriteAll("new");
    file.Commit();
  }
  EXPECT_EQ(ReadFile(victim), "secret");
  EXPECT_EQ(ReadFile(dir / "out.json"), "new");
  EXPECT_TRUE(std::filesystem::is_symlink(dir / ".out.json.tmp-taken.json"));
}

TEST(AtomicFileTest, EveryNameTakenIsAnError) {
  TempDir dir, elsewhere;
  const auto victim = elsewhere.Write("victim", "secret");
  std::filesystem::create_symlink(victim, dir / ".out.json.tmp-x.json");
  try {
    AtomicFile file(dir / "out.json", [] { return "x"; });
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(
        std::string(e.what()),
        (dir / "out.json").string() + ": cannot create a temporary file: every name tried exists");
  }
  EXPECT_EQ(ReadFile(victim), "secret");
}

TEST(AtomicFileTest, DefaultNamesAreUnpredictable) {
  TempDir dir;
  AtomicFile a(dir / "a.wav"), b(dir / "a.wav");
  EXPECT_NE(a.temp_path(), b.temp_path());
  const std::string name = a.temp_path().filename().string();
  EXPECT_EQ(name.size(), std::string(".a.wav.tmp-").size() + 12 + 4) << name;
  EXPECT_EQ(name.find(std::to_string(getpid())), std::string::npos) << name;
}

TEST(AtomicFileTest, TempFileIsPrivateWhileWritten) {
  TempDir dir;
  AtomicFile file(dir / "a.json");
  struct stat st {};
  ASSERT_EQ(stat(file.temp_path().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

mode_t ModeOf(const std::filesystem::path& path) {
  struct stat st {};
  EXPECT_EQ(stat(path.c_str(), &st), 0);
  return st.st_mode & 07777;
}

TEST(AtomicFileTest, ReplacedFileKeepsItsMode) {
  TempDir dir;
  const auto out = dir.Write("out.json", "old");
  std::filesystem::permissions(
      out, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  WriteFileAtomically(out, "new");
  EXPECT_EQ(ModeOf(out), 0600u);
  chmod(out.c_str(), 0640);
  WriteFileAtomically(out, "newer");
  EXPECT_EQ(ModeOf(out), 0640u);
  EXPECT_EQ(ReadFile(out), "newer");
}

TEST(AtomicFileTest, NewFileFollowsTheUmask) {
  TempDir dir;
  const mode_t old = umask(027);
  WriteFileAtomically(dir / "a.json", "x");
  umask(old);
  EXPECT_EQ(ModeOf(dir / "a.json"), 0640u);
}

TEST(AtomicFileTest, TempFileSwappedForASymlinkIsNotCommitted) {
  TempDir dir, elsewhere;
  const auto victim = elsewhere.Write("victim", "secret");
  {
    AtomicFile file(dir / "out.json");
    file.WriteAll("new");
    std::filesystem::remove(file.temp_path());
    std::filesystem::create_symlink(victim, file.temp_path());
    try {
      file.Commit();
      FAIL() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()),
                (dir / "out.json").string() + ": the temporary file was replaced by someone else");
    }
  }
  EXPECT_EQ(ReadFile(victim), "secret");
  EXPECT_FALSE(std::filesystem::exists(dir / "out.json"));
}

TEST(WriteFileAtomicallyTest, WritesWholeContent) {
  TempDir dir;
  WriteFileAtomically(dir / "x.txt", "مرحبا");
  EXPECT_EQ(ReadFile(dir / "x.txt"), "مرحبا");
}

}  // namespace
}  // namespace rawi
