// A fresh folder under $TMPDIR for one test, removed with everything in it at the end.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace rawi::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(std::string_view name) const { return path_ / name; }
  // Writes `content` to the file `name` (a path relative to the folder, whose folders are made)
  // and returns its path.
  std::filesystem::path Write(std::string_view name, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

std::string ReadFile(const std::filesystem::path& path);

// Names of the entries of a folder, sorted.
std::vector<std::string> ListDir(const std::filesystem::path& dir);

}  // namespace rawi::testing
