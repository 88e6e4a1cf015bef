#include "util/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <mutex>

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

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  std::filesystem::path folder = target_.parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    throw FileError(target_.string(), "output folder does not exist");
  }
  if (std::filesystem::is_directory(target_, ec)) {
    throw FileError(target_.string(), "is a folder, expected an output file");
  }
  // The extension stays last, so libraries that go by it (TagLib) know the file.
  temp_ = folder / ("." + target_.filename().string() + ".tmp-" + std::to_string(getpid()) +
                    target_.extension().string());
  Register(temp_);
  // Creating the file is the only reliable test of writability (root passes access(W_OK)).
  const int fd = open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) {
    const int error = errno;
    Unregister(temp_);
    throw FileError(target_.string(),
                    std::string("output folder is not writable: ") + std::strerror(error));
  }
  close(fd);
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
  }
  Unregister(temp_);
}

void AtomicFile::Commit() {
  std::error_code ec;
  std::filesystem::rename(temp_, target_, ec);
  if (ec) throw FileError(target_.string(), "cannot replace file: " + ec.message());
  committed_ = true;
}

void AtomicFile::WriteAll(std::string_view content) {
  std::ofstream out(temp_, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (!out) throw FileError(target_.string(), "cannot write file");
}

void WriteFileAtomically(const std::filesystem::path& path, std::string_view content) {
  AtomicFile file(path);
  file.WriteAll(content);
  file.Commit();
}

}  // namespace rawi
