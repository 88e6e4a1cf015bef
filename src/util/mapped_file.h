// A file mapped read-only into memory: the vocalizer's compiled tables and weights are used in
// place, so loading costs one mmap however large they are, and pages are read only when touched.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace rawi {

class MappedFile {
 public:
  // Throws a FileError naming `path` when it cannot be opened or mapped.
  explicit MappedFile(const std::filesystem::path& path);
  ~MappedFile();
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&&) = delete;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return {data_, size_}; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  const char* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace rawi
