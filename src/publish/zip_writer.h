// A zip archive (an EPUB) written with libzip straight into an open file, such as an AtomicFile's
// descriptor: the archive never goes through a second name, and a file entry is read in pieces
// when the archive is written, never held in memory.
#pragma once

#include <ctime>
#include <deque>
#include <filesystem>
#include <memory>
#include <string>

struct zip;
struct zip_source;

namespace rawi {

enum class ZipMethod { kStore, kDeflate };

class ZipWriter {
 public:
  // `fd` is an empty file open for reading and writing, which the writer does not own; `name`
  // names the archive in errors. Every entry gets `mtime` as its time (the same bytes for the
  // same input).
  ZipWriter(int fd, std::string name, std::time_t mtime);
  ~ZipWriter();  // discards an unfinished archive
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  // Entries are written in the order they are added, with ASCII names such as "META-INF/x.xml".
  void AddData(const std::string& entry, std::string data, ZipMethod method);
  // `file` is opened now (a FileError naming it when it cannot be) and read when Finish() writes
  // the archive.
  void AddFile(const std::string& entry, const std::filesystem::path& file, ZipMethod method);
  // Writes the archive into the file; throws a FileError naming the archive.
  void Finish();

  struct Target;  // what libzip writes through (zip_writer.cc)

 private:
  void Add(const std::string& entry, zip_source* source, ZipMethod method);

  std::string name_;
  std::time_t mtime_;
  std::unique_ptr<Target> target_;
  struct zip* zip_ = nullptr;
  std::deque<std::string> data_;  // AddData's bytes, alive until Finish()
};

}  // namespace rawi
