// Writing an output so that a reader sees the previous file or the complete new one, never a
// truncated mix: data goes to a hidden temporary file in the same folder, renamed over the target
// on Commit(). A run that fails or is interrupted (SIGINT, SIGTERM, SIGHUP, unless the process
// inherited it ignored, as under nohup) removes its temporary file.
//
// The output folder may be writable by others (a shared site folder): the temporary file is
// created with O_CREAT|O_EXCL|O_NOFOLLOW under an unpredictable name, so a planted file or symlink
// is never opened, and everything is written through fd(), never by reopening the name.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace rawi {

class AtomicFile {
 public:
  // Makes the name part between ".TARGET.tmp-" and the extension; called again when a name is
  // taken. The default is random (12 letters and digits).
  using TempNamer = std::function<std::string()>;

  // Checks that the target's folder exists and is writable and creates the temporary file (mode
  // 0600 until Commit); throws a FileError naming the target.
  explicit AtomicFile(std::filesystem::path target);
  AtomicFile(std::filesystem::path target, const TempNamer& namer);
  ~AtomicFile();  // removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  const std::filesystem::path& target() const { return target_; }
  const std::filesystem::path& temp_path() const { return temp_; }
  // The open temporary file (read-write, close-on-exec), owned by this object; -1 after Commit().
  int fd() const { return fd_; }

  // Writes `content` as the whole temporary file (for outputs made in one piece).
  void WriteAll(std::string_view content);

  // Gives the temporary file the mode of the file it replaces (or 0666 less the umask for a new
  // one), flushes it to disk and renames it over the target.
  void Commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  int fd_ = -1;
  bool committed_ = false;
};

// Writes `content` to `path` atomically.
void WriteFileAtomically(const std::filesystem::path& path, std::string_view content);

}  // namespace rawi
