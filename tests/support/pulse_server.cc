#include "support/pulse_server.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <sstream>

namespace rawi::testing {
namespace {

std::string LastLine(const std::string& text) {
  std::istringstream in(text);
  std::string line, last;
  while (std::getline(in, line)) {
    if (!line.empty()) last = line;
  }
  return last;
}

}  // namespace

PulseServer::PulseServer() {
  const std::string pulseaudio = "/usr/bin/pulseaudio";
  if (!std::filesystem::exists(pulseaudio) || !std::filesystem::exists("/usr/bin/parec")) {
    why_ = "pulseaudio or parec is not installed (scripts/setup installs them)";
    return;
  }
  for (const char* sub : {"home", "runtime"}) std::filesystem::create_directory(dir_ / sub);
  const int log =
      open((dir_ / "server.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  const std::string socket = (dir_ / "native").string();
  ChildOptions options;
  options.env = ClientEnv();
  options.err = log;
  options.out = log;
  server_ = std::make_unique<ChildProcess>(
      std::vector<std::string>{
          pulseaudio, "--daemonize=no", "-n", "--system=false", "--exit-idle-time=-1",
          "--use-pid-file=false", "--realtime=false", "--high-priority=false",
          "--log-target=stderr", "-L", "module-native-protocol-unix socket=" + socket, "-L",
          "module-null-sink sink_name=rawi_test format=s16le channels=1 rate=" +
              std::to_string(kRate)},
      options);
  close(log);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < deadline) {
    if (AcceptsConnections(socket)) {
      ok_ = true;
      ChildOptions keeper;
      keeper.env = ClientEnv();
      keeper_ = std::make_unique<ChildProcess>(
          std::vector<std::string>{"/usr/bin/parec", "-d", "rawi_test.monitor", "--raw",
                                   "--latency-msec=10"},
          keeper);
      // The block the idle sink is rendering ends within 2 s; after it, 10 ms blocks.
      std::this_thread::sleep_for(std::chrono::milliseconds(2100));
      return;
    }
    if (server_->Wait(std::chrono::milliseconds(20))) break;  // it gave up
  }
  why_ = "pulseaudio did not start: " + LastLine(ReadFile(dir_ / "server.log"));
}

PulseServer::~PulseServer() {
  if (keeper_) {
    keeper_->Signal(SIGTERM);
    keeper_->Wait(std::chrono::seconds(5));
  }
  if (server_) {
    server_->Signal(SIGTERM);
    server_->Wait(std::chrono::seconds(5));
  }
}

std::string PulseServer::address() const { return "unix:" + (dir_ / "native").string(); }

std::vector<std::string> PulseServer::ClientEnv() const {
  return {"PULSE_SERVER=" + address(), "HOME=" + (dir_ / "home").string(),
          "XDG_CONFIG_HOME=" + (dir_ / "home" / ".config").string(),
          "XDG_RUNTIME_DIR=" + (dir_ / "runtime").string(),
          "PULSE_RUNTIME_PATH=" + (dir_ / "runtime").string()};
}

Recorder::Recorder(const PulseServer& server) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return;
  ChildOptions options;
  options.env = server.ClientEnv();
  options.out = fds[1];
  parec_ = std::make_unique<ChildProcess>(
      std::vector<std::string>{"/usr/bin/parec", "-d", "rawi_test.monitor", "--raw",
                               "--format=s16le", "--channels=1",
                               "--rate=" + std::to_string(PulseServer::kRate), "--latency-msec=10"},
      options);
  close(fds[1]);
  pipe_ = fds[0];
  reader_ = std::thread([this] { Read(); });
}

Recorder::~Recorder() { Stop(); }

void Recorder::Read() {
  std::vector<char> buffer(8192);
  std::string pending;  // an odd byte between reads
  while (true) {
    const ssize_t n = read(pipe_, buffer.data(), buffer.size());
    if (n <= 0) break;
    const auto now = Clock::now();
    pending.append(buffer.data(), static_cast<size_t>(n));
    const size_t count = pending.size() / 2;
    std::lock_guard lock(mutex_);
    const size_t begin = samples_.size();
    samples_.resize(begin + count);
    std::memcpy(samples_.data() + begin, pending.data(), count * 2);
    pending.erase(0, count * 2);
    blocks_.push_back({now, begin, begin + count});
  }
}

std::vector<int16_t> Recorder::Stop() {
  if (!stopped_ && parec_) {
    stopped_ = true;
    parec_->Signal(SIGTERM);
    parec_->Wait(std::chrono::seconds(5));
    reader_.join();
    close(pipe_);
  }
  return samples();
}

std::vector<Recorder::Block> Recorder::blocks() const {
  std::lock_guard lock(mutex_);
  return blocks_;
}

std::vector<int16_t> Recorder::samples() const {
  std::lock_guard lock(mutex_);
  return samples_;
}

bool Recorder::WaitForSound(int level, std::chrono::milliseconds timeout, Clock::time_point* when) {
  const auto deadline = Clock::now() + timeout;
  size_t checked = 0;
  while (Clock::now() < deadline) {
    {
      std::lock_guard lock(mutex_);
      for (; checked < blocks_.size(); ++checked) {
        const Block& block = blocks_[checked];
        for (size_t i = block.begin; i < block.end; ++i) {
          if (std::abs(samples_[i]) > level) {
            if (when != nullptr) *when = block.arrived;
            return true;
          }
        }
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return false;
}

double RmsArrived(const Recorder& recorder, Recorder::Clock::time_point from,
                  Recorder::Clock::time_point to) {
  const auto samples = recorder.samples();
  double sum = 0;
  size_t count = 0;
  for (const auto& block : recorder.blocks()) {
    if (block.arrived < from || block.arrived >= to) continue;
    for (size_t i = block.begin; i < block.end; ++i) sum += double(samples[i]) * samples[i];
    count += block.end - block.begin;
  }
  return count == 0 ? 0 : std::sqrt(sum / count);
}

}  // namespace rawi::testing
