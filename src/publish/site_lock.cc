#include "publish/site_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "publish/episode.h"

namespace rawi {

SiteLock::SiteLock(const std::filesystem::path& site, SiteLockMode mode) {
  std::error_code ec;
  std::filesystem::create_directory(ManifestDir(site), ec);
  if (ec) throw FileError(site.string(), "cannot create the folder .rawi: " + ec.message());
  const std::filesystem::path path = ManifestDir(site) / "lock";
  // O_NOFOLLOW and O_NONBLOCK: a symlink or FIFO planted in a shared site is refused, not opened.
  const int flags = O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
  fd_ = open(path.c_str(), O_RDWR | flags, 0666);
  // Another user's lock file in a shared site may be read-only to us: flock needs no write access.
  if (fd_ < 0 && errno == EACCES) fd_ = open(path.c_str(), O_RDONLY | flags, 0666);
  if (fd_ < 0) {
    throw FileError(path.string(),
                    std::string("cannot open the lock file: ") + std::strerror(errno));
  }
  struct stat info {};
  if (fstat(fd_, &info) != 0 || !S_ISREG(info.st_mode)) {
    close(fd_);
    throw FileError(path.string(), "the lock file is not a regular file");
  }
  int status;
  do {
    status = flock(fd_, (mode == SiteLockMode::kExclusive ? LOCK_EX : LOCK_SH) | LOCK_NB);
  } while (status != 0 && errno == EINTR);
  if (status != 0) {
    const int error = errno;
    close(fd_);
    if (error == EWOULDBLOCK) {
      throw SiteBusyError(site.string() +
                          ": another rawi publish or feed is running (lock .rawi/lock)");
    }
    throw FileError(path.string(), std::string("cannot lock: ") + std::strerror(error));
  }
}

SiteLock::~SiteLock() { close(fd_); }

bool IsAtomicTempName(std::string_view name) {
  static constexpr std::string_view kTmp = ".tmp-";
  constexpr size_t kRandom = 12;
  if (name.size() < 2 || name[0] != '.') return false;
  // TARGET may itself hold ".tmp-" (a temporary file's own temporary file): try every place.
  for (size_t at = name.find(kTmp, 2); at != std::string_view::npos; at = name.find(kTmp, at + 1)) {
    const std::string_view target = name.substr(1, at - 1);
    const std::string_view rest = name.substr(at + kTmp.size());
    if (rest.size() < kRandom) continue;
    bool random = true;
    for (char c : rest.substr(0, kRandom)) {
      random =
          random && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
    const std::string extension = std::filesystem::path(target).extension().string();
    if (random && rest.substr(kRandom) == extension) return true;
  }
  return false;
}

size_t RemoveStaleTemps(const std::filesystem::path& site) {
  size_t removed = 0;
  for (const auto& folder : {site, ManifestDir(site)}) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
      std::error_code type_error;
      // symlink_status: a symlink with a temporary's name is not one of ours, whatever it names.
      if (!std::filesystem::is_regular_file(entry.symlink_status(type_error)) ||
          !IsAtomicTempName(entry.path().filename().string())) {
        continue;
      }
      if (unlink(entry.path().c_str()) == 0) ++removed;
    }
  }
  return removed;
}

}  // namespace rawi
