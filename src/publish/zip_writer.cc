#include "publish/zip_writer.h"

#include <unistd.h>
#include <zip.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "util/error.h"

namespace rawi {

// libzip writes an archive through a "source"; this one writes into the caller's descriptor
// and reads nothing (the archive is always new).
struct ZipWriter::Target {
  int fd = -1;
  zip_error_t error;
};

namespace {

zip_int64_t SystemError(zip_error_t& error, int code) {
  zip_error_set(&error, code, errno);
  return -1;
}

zip_int64_t TargetCallback(void* userdata, void* data, zip_uint64_t length, zip_source_cmd_t cmd) {
  auto& target = *static_cast<ZipWriter::Target*>(userdata);
  switch (cmd) {
    case ZIP_SOURCE_SUPPORTS:
      return ZIP_SOURCE_SUPPORTS_WRITABLE;
    case ZIP_SOURCE_STAT:
      // "No such file": libzip then starts an empty archive instead of reading one.
      zip_error_set(&target.error, ZIP_ER_READ, ENOENT);
      return -1;
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&target.error, data, length);
    case ZIP_SOURCE_OPEN:
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
    case ZIP_SOURCE_READ:
    case ZIP_SOURCE_SEEK:
    case ZIP_SOURCE_TELL:
    case ZIP_SOURCE_COMMIT_WRITE:  // the owner of the file flushes it (AtomicFile::Commit)
      return 0;
    case ZIP_SOURCE_BEGIN_WRITE:
    case ZIP_SOURCE_ROLLBACK_WRITE:
    case ZIP_SOURCE_REMOVE:
      if (ftruncate(target.fd, 0) != 0 || lseek(target.fd, 0, SEEK_SET) != 0) {
        return SystemError(target.error, ZIP_ER_WRITE);
      }
      return 0;
    case ZIP_SOURCE_WRITE: {
      const auto* bytes = static_cast<const char*>(data);
      zip_uint64_t done = 0;
      while (done < length) {
        const ssize_t n = write(target.fd, bytes + done, length - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return SystemError(target.error, ZIP_ER_WRITE);
        done += static_cast<zip_uint64_t>(n);
      }
      return static_cast<zip_int64_t>(done);
    }
    case ZIP_SOURCE_SEEK_WRITE: {
      const auto* seek = ZIP_SOURCE_GET_ARGS(zip_source_args_seek_t, data, length, &target.error);
      if (seek == nullptr) return -1;
      if (lseek(target.fd, seek->offset, seek->whence) < 0) {
        return SystemError(target.error, ZIP_ER_SEEK);
      }
      return 0;
    }
    case ZIP_SOURCE_TELL_WRITE: {
      const off_t offset = lseek(target.fd, 0, SEEK_CUR);
      return offset < 0 ? SystemError(target.error, ZIP_ER_TELL) : offset;
    }
    default:
      zip_error_set(&target.error, ZIP_ER_OPNOTSUPP, 0);
      return -1;
  }
}

}  // namespace

ZipWriter::ZipWriter(int fd, std::string name, std::time_t mtime)
    : name_(std::move(name)), mtime_(mtime), target_(std::make_unique<Target>()) {
  target_->fd = fd;
  zip_error_init(&target_->error);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_function_create(TargetCallback, target_.get(), &error);
  if (source != nullptr) {
    zip_ = zip_open_from_source(source, ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (zip_ == nullptr) zip_source_free(source);
  }
  if (zip_ == nullptr) {
    const std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw FileError(name_, "cannot start the zip archive: " + message);
  }
  zip_error_fini(&error);
}

ZipWriter::~ZipWriter() {
  if (zip_ != nullptr) zip_discard(zip_);
  zip_error_fini(&target_->error);
}

void ZipWriter::AddData(const std::string& entry, std::string data, ZipMethod method) {
  data_.push_back(std::move(data));
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source =
      zip_source_buffer_create(data_.back().data(), data_.back().size(), 0, &error);
  if (source == nullptr) {
    const std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw FileError(name_, "cannot add " + entry + ": " + message);
  }
  zip_error_fini(&error);
  Add(entry, source, method);
}

void ZipWriter::AddFile(const std::string& entry, const std::filesystem::path& file,
                        ZipMethod method) {
  // Opened now, so a missing file is reported by its name, and read through this handle.
  std::FILE* stream = std::fopen(file.c_str(), "rbe");
  if (stream == nullptr) {
    throw FileError(name_, "cannot add " + file.string() + ": " + std::strerror(errno));
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_filep_create(stream, 0, -1, &error);  // owns `stream`
  if (source == nullptr) {
    std::fclose(stream);
    const std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw FileError(name_, "cannot add " + file.string() + ": " + message);
  }
  zip_error_fini(&error);
  Add(entry, source, method);
}

void ZipWriter::Add(const std::string& entry, zip_source_t* source, ZipMethod method) {
  const zip_int64_t index = zip_file_add(zip_, entry.c_str(), source, 0);
  if (index < 0) {
    zip_source_free(source);
    throw FileError(name_, "cannot add " + entry + ": " + zip_strerror(zip_));
  }
  const auto i = static_cast<zip_uint64_t>(index);
  if (zip_set_file_compression(zip_, i, method == ZipMethod::kStore ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                               0) != 0 ||
      zip_file_set_mtime(zip_, i, mtime_, 0) != 0) {
    throw FileError(name_, "cannot add " + entry + ": " + zip_strerror(zip_));
  }
}

void ZipWriter::Finish() {
  if (zip_close(zip_) != 0) {
    throw FileError(name_, std::string("cannot write the zip archive: ") + zip_strerror(zip_));
  }
  zip_ = nullptr;
}

}  // namespace rawi
