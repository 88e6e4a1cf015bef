// One run at a time in a site folder, and clearing what killed runs left there. A run holds
// flock(2) on SITE/.rawi/lock for as long as it writes the site (its worker processes inherit the
// lock, so it lasts until the last of them ends, even when the parent is killed). flock works
// across hosts on NFS (Linux emulates it with byte-range locks there).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "util/error.h"

namespace rawi {

enum class SiteLockMode {
  kExclusive,  // rawi publish, rawi feed: no other run in the site
  kShared,     // rawi publish --shard: other shards may run beside it, but no unsharded run
};

// Another run holds the site (ErrorKind::kBusy, exit code 4: a scheduler can try again later).
class SiteBusyError : public Error {
 public:
  explicit SiteBusyError(const std::string& message) : Error(ErrorKind::kBusy, message) {}
};

class SiteLock {
 public:
  // Creates SITE/.rawi when missing (SITE must exist) and the lock file in it, and takes the lock
  // without waiting. Throws a SiteBusyError "SITE: another rawi publish or feed is running (lock
  // .rawi/lock)" when another run holds it, a FileError when the lock cannot be made.
  SiteLock(const std::filesystem::path& site, SiteLockMode mode);
  ~SiteLock();  // releases the lock (once the workers that inherited it have ended)
  SiteLock(const SiteLock&) = delete;
  SiteLock& operator=(const SiteLock&) = delete;

 private:
  int fd_ = -1;
};

// Whether `name` is one AtomicFile gives its temporary files: "." TARGET ".tmp-" and 12 letters or
// digits, then TARGET's extension (".feed.xml.tmp-3kZ9qLw0aB1c.xml").
bool IsAtomicTempName(std::string_view name);

// Removes the regular files with temporary names (IsAtomicTempName) directly in SITE and in
// SITE/.rawi, never anything else (no folders, symlinks or other names, nothing deeper), and
// returns how many. Only under an exclusive SiteLock: any other run's temporary files are live.
size_t RemoveStaleTemps(const std::filesystem::path& site);

}  // namespace rawi
