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

}  // namespace rawi
