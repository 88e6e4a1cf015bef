// Writing an output so that a reader sees the previous file or the complete new one, never a
// truncated mix: data goes to a hidden temporary file in the same folder, renamed over the target
// on Commit(). A run that fails or is interrupted (SIGINT, SIGTERM) removes its temporary file.
#pragma once

#include <filesystem>
#include <string_view>

namespace rawi {

class AtomicFile {
 public:
  // Checks that the target's folder exists and is writable; throws a FileError naming the target.
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();  // removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  const std::filesystem::path& target() const { return target_; }
  const std::filesystem::path& temp_path() const { return temp_; }

  // Writes `content` as the whole temporary file (for outputs made in one piece).
  void WriteAll(std::string_view content);

  // Renames the temporary file over the target.
  void Commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

// Writes `content` to `path` atomically.
void WriteFileAtomically(const std::filesystem::path& path, std::string_view content);

}  // namespace rawi
