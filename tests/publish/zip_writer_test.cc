#include "publish/zip_writer.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <string>
#include <vector>

#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::ReadFile;
using testing::TempDir;

struct Entry {
  std::string name;
  std::string data;
  uint16_t method = 0;
  time_t mtime = 0;
};

// The archive as libzip reads it back, entries in their order.
std::vector<Entry> ReadZip(const std::filesystem::path& path) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
  EXPECT_NE(zip, nullptr) << "libzip error " << error;
  if (zip == nullptr) return {};
  std::vector<Entry> entries;
  for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
    zip_stat_t st;
    zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &st);
    Entry entry{st.name, std::string(st.size, '\0'), st.comp_method, st.mtime};
    zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
    EXPECT_EQ(zip_fread(file, entry.data.data(), st.size), static_cast<zip_int64_t>(st.size));
    zip_fclose(file);
    entries.push_back(entry);
  }
  zip_close(zip);
  return entries;
}

class ZipWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fd_ = open((dir_ / "out.zip").c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    ASSERT_GE(fd_, 0);
  }
  void TearDown() override { close(fd_); }
  TempDir dir_;
  int fd_ = -1;
};

TEST_F(ZipWriterTest, WritesEntriesInOrderWithTheirMethodsAndTime) {
  const std::string big(100'000, 'x');
  const auto file = dir_.Write("audio.bin", big);
  const std::time_t mtime = 1'700'000'000;  // 2023-11-14 22:13:20 UTC
  ZipWriter zip(fd_, "out.zip", mtime);
  zip.AddData("mimetype", "application/epub+zip", ZipMethod::kStore);
  zip.AddData("META-INF/container.xml", "<container/>", ZipMethod::kDeflate);
  zip.AddFile("EPUB/audio.bin", file, ZipMethod::kStore);
  zip.AddData("EPUB/z.txt", big, ZipMethod::kDeflate);
  zip.Finish();

  const std::vector<Entry> entries = ReadZip(dir_ / "out.zip");
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[0].name, "mimetype");
  EXPECT_EQ(entries[0].data, "application/epub+zip");
  EXPECT_EQ(entries[0].method, ZIP_CM_STORE);
  EXPECT_EQ(entries[1].name, "META-INF/container.xml");
  EXPECT_EQ(entries[1].method, ZIP_CM_DEFLATE);
  EXPECT_EQ(entries[2].name, "EPUB/audio.bin");
  EXPECT_EQ(entries[2].data, big);
  EXPECT_EQ(entries[2].method, ZIP_CM_STORE);
  EXPECT_EQ(entries[3].data, big);
  for (const Entry& entry : entries) {
    // DOS times have two-second steps and no zone: within a day of the given time.
    EXPECT_NEAR(static_cast<double>(entry.mtime), static_cast<double>(mtime), 86'400) << entry.name;
  }
  // The first entry's local header: stored "mimetype" with no extra field, its bytes at 38.
  const std::string bytes = ReadFile(dir_ / "out.zip");
  EXPECT_EQ(bytes.substr(0, 4), "PK\x03\x04");
  EXPECT_EQ(bytes.substr(26, 4), std::string("\x08\x00\x00\x00", 4));  // name 8, extra 0
  EXPECT_EQ(bytes.substr(30, 28), "mimetypeapplication/epub+zip");
}

TEST_F(ZipWriterTest, SameInputSameBytes) {
  {
    ZipWriter zip(fd_, "out.zip", 1'700'000'000);
    zip.AddData("a.txt", "same", ZipMethod::kDeflate);
    zip.Finish();
  }
  const int other = open((dir_ / "other.zip").c_str(), O_RDWR | O_CREAT | O_EXCL, 0600);
  ASSERT_GE(other, 0);
  {
    ZipWriter zip(other, "other.zip", 1'700'000'000);
    zip.AddData("a.txt", "same", ZipMethod::kDeflate);
    zip.Finish();
  }
  close(other);
  EXPECT_EQ(ReadFile(dir_ / "out.zip"), ReadFile(dir_ / "other.zip"));
}

TEST_F(ZipWriterTest, MissingFileIsAnErrorNamingTheArchive) {
  ZipWriter zip(fd_, "book.epub", 0);
  zip.AddData("mimetype", "application/epub+zip", ZipMethod::kStore);
  const auto missing = dir_ / "gone.mp3";
  try {
    zip.AddFile("EPUB/gone.mp3", missing, ZipMethod::kStore);  // at once, not at Finish()
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(std::string(e.what()),
              "book.epub: cannot add " + missing.string() + ": No such file or directory");
  }
}

TEST(ZipWriterErrorTest, UnwritableDescriptorIsAnErrorNamingTheArchive) {
  TempDir dir;
  const auto path = dir.Write("read-only.zip", "");
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  ZipWriter zip(fd, "book.epub", 0);
  zip.AddData("mimetype", "application/epub+zip", ZipMethod::kStore);
  try {
    zip.Finish();
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "book.epub: cannot write the zip archive: Write error: Invalid argument");
  }
  close(fd);
}

}  // namespace
}  // namespace rawi
