#include "util/mapped_file.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>

#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::TempDir;

// The message of the FileError that mapping `path` throws ("" when it throws none).
std::string MapError(const std::filesystem::path& path) {
  try {
    MappedFile file(path);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    return e.what();
  }
  return "";
}

TEST(MappedFileTest, MapsTheFilesBytes) {
  TempDir dir;
  static constexpr char kBytes[] = "RAWIDATA\0\x01\x02\xff السلام\n";
  const std::string content(kBytes, sizeof kBytes - 1);  // with the NUL inside
  const auto path = dir.Write("data.bin", content);
  const MappedFile file(path);
  EXPECT_EQ(file.bytes(), content);
  EXPECT_EQ(file.bytes().size(), 26u);
  EXPECT_EQ(file.path(), path);
}

TEST(MappedFileTest, MapsALargeFileWhole) {
  TempDir dir;
  std::string content(3 * 4096 + 17, 'x');
  content.back() = 'y';
  const MappedFile file(dir.Write("big.bin", content));
  EXPECT_EQ(file.bytes(), content);
}

TEST(MappedFileTest, EmptyFileHasNoBytes) {
  TempDir dir;
  const MappedFile file(dir.Write("empty.bin", ""));
  EXPECT_EQ(file.bytes(), "");
  EXPECT_EQ(file.bytes().size(), 0u);
}

TEST(MappedFileTest, MissingFileIsAFileError) {
  TempDir dir;
  const auto path = dir / "missing.bin";
  EXPECT_EQ(MapError(path), path.string() + ": No such file or directory");
}

TEST(MappedFileTest, FileInAMissingFolderIsAFileError) {
  TempDir dir;
  const auto path = dir / "no" / "data.bin";
  EXPECT_EQ(MapError(path), path.string() + ": No such file or directory");
}

TEST(MappedFileTest, FolderIsNotARegularFile) {
  TempDir dir;
  EXPECT_EQ(MapError(dir.path()), dir.path().string() + ": not a regular file");
}

TEST(MappedFileTest, MoveKeepsTheMappingAndEmptiesTheSource) {
  TempDir dir;
  const auto path = dir.Write("data.bin", "abcdef");
  MappedFile first(path);
  const char* data = first.bytes().data();
  MappedFile second(std::move(first));
  EXPECT_EQ(second.bytes(), "abcdef");
  EXPECT_EQ(second.bytes().data(), data);  // the same mapping, not a copy
  EXPECT_EQ(second.path(), path);
  EXPECT_EQ(first.bytes().size(), 0u);  // NOLINT(bugprone-use-after-move): moved-from is empty
  EXPECT_EQ(first.bytes().data(), nullptr);
}

TEST(MappedFileTest, MovedFromFileCanBeDestroyedFirst) {
  TempDir dir;
  const auto path = dir.Write("data.bin", "xyz");
  auto first = std::make_unique<MappedFile>(path);
  MappedFile second(std::move(*first));
  first.reset();  // must not unmap what `second` now owns
  EXPECT_EQ(second.bytes(), "xyz");
}

}  // namespace
}  // namespace rawi
