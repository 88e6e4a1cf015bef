#include "support/speech_dispatcher.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "support/child_process.h"
#include "support/run_process.h"

namespace rawi::testing {
namespace {

using namespace std::chrono_literals;

constexpr char kMarker[] = "RAWI_TEST_SPEECHD=";
const std::string kConf = std::string(RAWI_TESTS_DIR) + "/../contrib/speech-dispatcher/rawi.conf";

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

SpeechDispatcher::SpeechDispatcher(const PulseServer& pulse,
                                   const std::optional<std::filesystem::path>& wav) {
  for (const char* program : {"/usr/bin/speech-dispatcher", "/usr/bin/spd-say",
                              "/usr/lib/speech-dispatcher-modules/sd_generic"}) {
    if (!std::filesystem::exists(program)) {
      why_ = std::string(program) + " is not installed (scripts/setup installs speech-dispatcher)";
      return;
    }
  }
  installed_ = true;
  // The module conf as shipped, with the rawi under test in place of the installed one.
  std::string conf = ReadAll(kConf);
  const std::string command = "| rawi speak ";
  const size_t at = conf.find(command);
  if (at == std::string::npos) {
    why_ = kConf + " has no \"" + command + "\" to point at the rawi under test";
    return;
  }
  conf.replace(at, command.size(), std::string("| ") + RAWI_BINARY + " speak ");
  const std::string end = "--spd-pitch=$PITCH\"";
  if (const size_t last = conf.find(end); wav && last != std::string::npos) {
    conf.insert(last + end.size() - 1, " -o - >> " + wav->string());
  } else if (wav) {
    why_ = kConf + " has no \"" + end + "\" to add -o - to";
    return;
  }
  for (const char* sub : {"conf", "logs"}) std::filesystem::create_directory(dir_ / sub);
  dir_.Write("conf/rawi.conf", conf);
  dir_.Write("conf/speechd.conf",
             "CommunicationMethod \"unix_socket\"\n"
             "LogLevel 4\n"
             "AudioOutputMethod \"pulse\"\n"
             "DefaultLanguage \"ar\"\n"
             "AddModule \"rawi\" \"sd_generic\" \"" +
                 (dir_ / "conf" / "rawi.conf").string() +
                 "\"\n"
                 "DefaultModule \"rawi\"\n");
  const std::string socket = (dir_ / "speechd.sock").string();
  env_ = pulse.ClientEnv();
  env_.push_back(kMarker + dir_.path().string());
  env_.push_back("SPEECHD_ADDRESS=unix_socket:" + socket);

  const int log =
      open((dir_ / "logs" / "stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  ChildOptions options;
  options.env = env_;
  options.out = options.err = log;
  server_ = std::make_unique<ChildProcess>(
      std::vector<std::string>{
          "/usr/bin/speech-dispatcher", "--run-single", "--timeout", "60", "--communication-method",
          "unix_socket", "--socket-path", socket, "--config-dir", (dir_ / "conf").string(),
          "--pid-file", (dir_ / "speechd.pid").string(), "--log-dir", (dir_ / "logs").string()},
      options);
  close(log);
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (std::chrono::steady_clock::now() < deadline) {
    if (AcceptsConnections(socket)) {
      ok_ = true;
      return;
    }
    if (server_->Wait(20ms)) break;  // it gave up
  }
  why_ = "speech-dispatcher did not start:\n" + Logs();
}

SpeechDispatcher::~SpeechDispatcher() { Stop(); }

SpeechDispatcher::Said SpeechDispatcher::Say(const std::vector<std::string>& args) const {
  std::vector<std::string> argv = {"/usr/bin/timeout", "-s", "KILL", "60", "/usr/bin/env"};
  argv.insert(argv.end(), env_.begin(), env_.end());
  argv.push_back("/usr/bin/spd-say");
  argv.insert(argv.end(), args.begin(), args.end());
  const ProcessResult r = RunProcess(argv);
  return {r.exit_code, r.out, r.err};
}

std::string SpeechDispatcher::Logs() const {
  std::string logs;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir_ / "logs", ec)) {
    logs += "--- " + entry.path().filename().string() + "\n" + ReadAll(entry.path());
  }
  return logs;
}

std::vector<pid_t> SpeechDispatcher::Processes() const {
  const std::string marker = std::string(kMarker) + dir_.path().string();
  std::vector<pid_t> found;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    const pid_t pid = std::stoi(name);
    if (pid == getpid()) continue;
    // NUL-separated NAME=VALUE entries; empty for a zombie.
    const std::string environ = ReadAll(entry.path() / "environ");
    size_t start = 0;
    while (start < environ.size()) {
      size_t end = environ.find('\0', start);
      if (end == std::string::npos) end = environ.size();
      if (environ.compare(start, end - start, marker) == 0) {
        found.push_back(pid);
        break;
      }
      start = end + 1;
    }
  }
  return found;
}

int SpeechDispatcher::Stop() {
  if (!server_) return 0;
  server_->Signal(SIGTERM);
  if (!server_->Wait(5s)) {
    server_->Signal(SIGKILL);
    server_->Wait(5s);
  }
  server_.reset();
  const auto deadline = std::chrono::steady_clock::now() + 5s;
  std::vector<pid_t> left = Processes();
  while (!left.empty() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(20ms);
    left = Processes();
  }
  for (const pid_t pid : left) kill(pid, SIGKILL);
  for (int i = 0; i < 100 && !Processes().empty(); ++i) std::this_thread::sleep_for(20ms);
  return static_cast<int>(left.size());
}

}  // namespace rawi::testing
