#include "util/atomic_file.h"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <mutex>
#include <string>

#include "util/error.h"

namespace rawi {
namespace {

// Temporary files that a signal must remove. Kept in fixed storage because a signal handler may
// only call async-signal-safe functions (unlink, _exit).
constexpr size_t kMaxLiveTemps = 8;
constexpr size_t kMaxPath = 4096;
std::array<std::array<char, kMaxPath>, kMaxLiveTemps> live_temps;
std::array<std::atomic<bool>, kMaxLiveTemps> live_used;

extern "C" void RemoveTempsAndExit(int signal) {
  for (size_t i = 0; i < kMaxLiveTemps; ++i) {
    if (live_used[i].load()) unlink(live_temps[i].data());
  }
  _exit(128 + signal);
}

void InstallHandlersOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
      // An ignored signal stays ignored: `nohup rawi …` must survive the hang-up.
      struct sigaction inherited {};
      if (sigaction(sig, nullptr, &inherited) == 0 && inherited.sa_handler == SIG_IGN) continue;
      struct sigaction action {};
      action.sa_handler = RemoveTempsAndExit;
      sigemptyset(&action.sa_mask);
      sigaction(sig, &action, nullptr);
    }
  });
}

int Register(const std::filesystem::path& temp) {
  InstallHandlersOnce();
  const std::string& s = temp.native();
  if (s.size() >= kMaxPath) return -1;
  for (size_t i = 0; i < kMaxLiveTemps; ++i) {
    if (!live_used[i].load()) {
      std::memcpy(live_temps[i].data(), s.c_str(), s.size() + 1);
      live_used[i].store(true);
      return static_cast<int>(i);
    }
  }
  return -1;
}

void Unregister(const std::filesystem::path& temp) {
  for (size_t i = 0; i < kMaxLiveTemps; ++i) {
    if (live_used[i].load() && temp.native() == live_temps[i].data()) live_used[i].store(false);
  }
}

std::string RandomName() {
  static constexpr char kLetters[] =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::array<unsigned char, 12> bytes{};
  size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = getrandom(bytes.data() + got, bytes.size() - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw EngineError(std::string("getrandom: ") + std::strerror(errno));
    got += static_cast<size_t>(n);
  }
  std::string name;
  for (unsigned char b : bytes) name += kLetters[b % (sizeof kLetters - 1)];
  return name;
}

// The umask, read without changing it (umask() would race with other threads creating files).
mode_t CurrentUmask() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("Umask:", 0) == 0)
      return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
  }
  return 022;
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : AtomicFile(std::move(target), RandomName) {}

AtomicFile::AtomicFile(std::filesystem::path target, const TempNamer& namer)
    : target_(std::move(target)) {
  std::filesystem::path folder = target_.parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    throw FileError(target_.string(), "output folder does not exist");
  }
  if (std::filesystem::is_directory(target_, ec)) {
    throw FileError(target_.string(), "is a folder, expected an output file");
  }
  // Creating the file is the only reliable test of writability (root passes access(W_OK)).
  int error = EEXIST;
  for (int attempt = 0; attempt < 100 && error == EEXIST; ++attempt) {
    // The extension stays last, so libraries that go by it (TagLib) know the file.
    temp_ = folder /
            ("." + target_.filename().string() + ".tmp-" + namer() + target_.extension().string());
    Register(temp_);
    fd_ = open(temp_.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd_ >= 0) return;
    error = errno;
    Unregister(temp_);
  }
  temp_.clear();
  if (error == EEXIST) {
    throw FileError(target_.string(), "cannot create a temporary file: every name tried exists");
  }
  throw FileError(target_.string(),
                  std::string("output folder is not writable: ") + std::strerror(error));
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) close(fd_);
  if (!committed_ && !temp_.empty()) unlink(temp_.c_str());
  Unregister(temp_);
}

void AtomicFile::Commit() {
  if (committed_ || fd_ < 0) throw FileError(target_.string(), "output is already committed");
  struct stat old {};
  const mode_t mode = stat(target_.c_str(), &old) == 0 && S_ISREG(old.st_mode)
                          ? (old.st_mode & 07777)
                          : (0666 & ~CurrentUmask());
  struct stat mine {
  }, named{};
  if (fchmod(fd_, mode) != 0 || fsync(fd_) != 0) {
    throw FileError(target_.string(), std::string("cannot write file: ") + std::strerror(errno));
  }
  // Someone who can write the folder could have put another file under the temporary name.
  if (fstat(fd_, &mine) != 0 || lstat(temp_.c_str(), &named) != 0 || mine.st_dev != named.st_dev ||
      mine.st_ino != named.st_ino) {
    throw FileError(target_.string(), "the temporary file was replaced by someone else");
  }
  if (rename(temp_.c_str(), target_.c_str()) != 0) {
    throw FileError(target_.string(), std::string("cannot replace file: ") + std::strerror(errno));
  }
  committed_ = true;
  close(fd_);
  fd_ = -1;
  // Best effort: the rename itself reaches the disk with the folder.
  std::filesystem::path folder = target_.parent_path();
  const int dir = open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    fsync(dir);
    close(dir);
  }
}

void AtomicFile::WriteAll(std::string_view content) {
  if (fd_ < 0 || ftruncate(fd_, 0) != 0) throw FileError(target_.string(), "cannot write file");
  size_t done = 0;
  while (done < content.size()) {
    const ssize_t n =
        pwrite(fd_, content.data() + done, content.size() - done, static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      throw FileError(target_.string(),
                      std::string("cannot write file: ") + std::strerror(n < 0 ? errno : ENOSPC));
    }
    done += static_cast<size_t>(n);
  }
}

void WriteFileAtomically(const std::filesystem::path& path, std::string_view content) {
  AtomicFile file(path);
  file.WriteAll(content);
  file.Commit();
}

}  // namespace rawi
