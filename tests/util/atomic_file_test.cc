#include "util/atomic_file.h"

#include <gtest/gtest.h>

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

TEST(WriteFileAtomicallyTest, WritesWholeContent) {
  TempDir dir;
  WriteFileAtomically(dir / "x.txt", "مرحبا");
  EXPECT_EQ(ReadFile(dir / "x.txt"), "مرحبا");
}

}  // namespace
}  // namespace rawi
