// End-to-end: the real rawi executable reads the seed article aloud into a real PulseAudio
// server of the test's own (support/pulse_server.h), whose null sink is recorded with parec, and
// into a pseudo-terminal that the test types keys on.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "support/audio_file.h"
#include "support/child_process.h"
#include "support/pulse_server.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

namespace rawi {
namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
using testing::ChildOptions;
using testing::ChildProcess;
using testing::PulseServer;
using testing::ReadAudioBytes;
using testing::Recorder;
using testing::RunProcess;
using testing::RunRawi;
using testing::TempDir;

const std::string kSeed = std::string(RAWI_SAMPLES_DIR) + "/libya-truce-meeting.txt";
const std::string kSecondHeading = "اجتماع لدعم الهدنة في ليبيا";

std::vector<std::string> Rawi(std::vector<std::string> args) {
  args.insert(args.begin(), RAWI_BINARY);
  return args;
}

// The seed as `rawi render -o -` writes it, once for every test here.
const testing::AudioData& RenderedSeed() {
  static const testing::AudioData audio = [] {
    const auto r = RunRawi({"render", kSeed, "-o", "-", "-q"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ReadAudioBytes(r.out);
  }();
  return audio;
}

size_t FirstSound(const std::vector<int16_t>& samples, size_t from = 0) {
  for (size_t i = from; i < samples.size(); ++i) {
    if (samples[i] != 0) return i;
  }
  return samples.size();
}

TEST(SpeakCliTest, WavOnStdoutIsWhatRenderWrites) {
  const auto r = RunRawi({"speak", kSeed, "-o", "-"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const auto spoken = ReadAudioBytes(r.out);
  const auto& rendered = RenderedSeed();
  EXPECT_EQ(spoken.sample_rate, 22050);
  EXPECT_NEAR(spoken.duration(), rendered.duration(), rendered.duration() * 0.01);
  EXPECT_GT(spoken.duration(), 120.0);
  EXPECT_TRUE(spoken.samples == rendered.samples) << "not sample for sample";
}

TEST(SpeakCliTest, FromSectionStartsAtThatHeading) {
  TempDir dir;
  const auto timings_run = RunRawi({"render", kSeed, "-o", (dir / "seed.wav").string(), "--timings",
                                    (dir / "seed.json").string(), "-q"});
  ASSERT_EQ(timings_run.exit_code, 0) << timings_run.err;
  const auto timings = nlohmann::json::parse(testing::ReadFile(dir / "seed.json"));
  const double total = timings["duration"];
  for (const int k : {2, 3}) {
    const auto r = RunRawi({"speak", kSeed, "-o", "-", "--from-section", std::to_string(k)});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // Not to the sample: eSpeak NG carries some state from one utterance into the next (the
    // heading sounds a little different when nothing was said before it).
    const double start = timings["sections"][k - 1]["start"];
    EXPECT_NEAR(ReadAudioBytes(r.out).duration(), total - start, (total - start) * 0.01)
        << "section " << k;
  }
}

TEST(SpeakCliTest, UsageErrorsAreOneLine) {
  struct Case {
    std::vector<std::string> args;
    std::string err;
  };
  const std::vector<Case> cases = {
      {{"--from-section", "4"}, "rawi: --from-section 4: " + kSeed + " has 3 sections\n"},
      {{"--from-section", "0"}, "rawi: --from-section 0: sections are numbered from 1\n"},
      {{"-o", "seed.wav"},
       "rawi: -o seed.wav: speak plays the article, or streams WAV with -o -; rawi render writes "
       "files\n"},
      {{"--rate", "20"}, "rawi: --rate must be from 80 to 450 words per minute, got 20\n"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> args = {"speak", kSeed};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const auto r = RunRawi(args);
    EXPECT_EQ(r.exit_code, 2) << c.err;
    EXPECT_EQ(r.err, c.err);
    EXPECT_EQ(r.out, "");
  }
}

TEST(SpeakCliTest, AMissingArticleIsNamed) {
  const auto r = RunRawi({"speak", "/nonexistent/article.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: /nonexistent/article.txt: no such file\n");
}

TEST(SpeakCliTest, NoSoundServerIsOneLineAndExitOne) {
  TempDir dir;
  const auto r = RunProcess({"/usr/bin/env", "PULSE_SERVER=unix:" + (dir / "none").string(),
                             "HOME=" + dir.path().string(), RAWI_BINARY, "speak", kSeed});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: no sound output: Connection refused\n");
  EXPECT_EQ(r.out, "");
}

// Whether this machine can make pseudo-terminals (a chroot without /dev/pts cannot).
bool HavePseudoTerminals() {
  int master = -1, slave = -1;
  if (openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) return false;
  close(master);
  close(slave);
  return true;
}

#define SKIP_WITHOUT_PSEUDO_TERMINALS()                                           \
  if (!HavePseudoTerminals()) {                                                   \
    GTEST_SKIP() << "no pseudo-terminals on this machine (is /dev/pts mounted?)"; \
  }

// A pseudo-terminal for rawi to run in: the test reads what it shows and types keys.
class Terminal {
 public:
  Terminal() {
    winsize size{};
    size.ws_row = 24;
    size.ws_col = 120;
    if (openpty(&master_, &slave_, nullptr, nullptr, &size) != 0) throw std::runtime_error("pty");
  }
  ~Terminal() {
    close(master_);
    close(slave_);
  }
  int slave() const { return slave_; }

  void Type(const std::string& keys) const {
    ASSERT_EQ(write(master_, keys.data(), keys.size()), static_cast<ssize_t>(keys.size()));
  }
  // Reads what the terminal shows until `text` appears (true) or `timeout` passes.
  bool WaitFor(const std::string& text, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (shown_.find(text, seen_) == std::string::npos) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
      if (left.count() <= 0) return false;
      pollfd in{master_, POLLIN, 0};
      if (poll(&in, 1, static_cast<int>(left.count())) <= 0) continue;
      char buffer[4096];
      const ssize_t n = read(master_, buffer, sizeof buffer);
      if (n <= 0) return false;  // rawi has gone
      shown_.append(buffer, static_cast<size_t>(n));
    }
    seen_ = shown_.find(text, seen_) + text.size();
    return true;
  }
  const std::string& shown() const { return shown_; }
  termios Mode() const {
    termios mode{};
    tcgetattr(slave_, &mode);
    return mode;
  }

 private:
  int master_ = -1, slave_ = -1;
  std::string shown_;
  size_t seen_ = 0;  // WaitFor looks after what it found before
};

class SpeakServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new PulseServer; }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    if (!server_->ok()) GTEST_SKIP() << server_->why();
  }

  // rawi speak ARGS in `terminal` (standard input, output and error, as its controlling terminal).
  std::unique_ptr<ChildProcess> SpeakIn(Terminal& terminal, std::vector<std::string> args) {
    ChildOptions options;
    options.env = server_->ClientEnv();
    options.in = options.out = options.err = terminal.slave();
    options.terminal = true;
    args.insert(args.begin(), "speak");
    return std::make_unique<ChildProcess>(Rawi(args), options);
  }

  static PulseServer* server_;
};
PulseServer* SpeakServerTest::server_ = nullptr;

// Without a terminal it reads straight through and prints nothing: what the sound server plays
// is, sample for sample, what `rawi render` writes.
TEST_F(SpeakServerTest, PlaysTheArticleIntoTheSoundServer) {
  Recorder recorder(*server_);
  TempDir dir;
  const int err = open((dir / "err").c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  ChildOptions options;
  options.env = server_->ClientEnv();
  options.err = err;
  ChildProcess rawi(Rawi({"speak", kSeed}), options);
  close(err);
  Clock::time_point sound;
  ASSERT_TRUE(recorder.WaitForSound(0, 10s, &sound)) << "nothing heard";
  std::this_thread::sleep_for(3s);
  EXPECT_EQ(rawi.Wait(0ms), std::nullopt) << "it should still be reading";
  rawi.Signal(SIGTERM);
  const auto status = rawi.Wait(2s);
  ASSERT_TRUE(status) << "SIGTERM did not end it";
  EXPECT_TRUE(WIFSIGNALED(*status) && WTERMSIG(*status) == SIGTERM);
  const std::vector<int16_t> heard = recorder.Stop();
  EXPECT_EQ(testing::ReadFile(dir / "err"), "");

  // 2 s from what was heard, from 0.5 s after its first sound, found bit for bit at the same
  // place in render's audio (not from the very first sample: the monitor may miss the start of
  // a stream when the sink rewinds over it).
  const auto& rendered = RenderedSeed().samples;
  const size_t at = FirstSound(heard);
  ASSERT_GE(heard.size(), at + 3 * 22050);
  EXPECT_GT(testing::Rms(heard, at, at + 2 * 22050), 500.0);
  const std::vector<int16_t> heard_part(heard.begin() + at + 22050 / 2,
                                        heard.begin() + at + 22050 / 2 + 2 * 22050);
  const size_t found = testing::FindSamples(rendered, heard_part);
  ASSERT_LT(found, rendered.size()) << "what was heard is not render's audio";
  EXPECT_NEAR(static_cast<double>(found), static_cast<double>(FirstSound(rendered) + 22050 / 2),
              22050 * 0.1)
      << "not the start of the article";
}

// To the end of a short article: as long as its audio takes (it plays at the speed of speech),
// then exit 0.
TEST_F(SpeakServerTest, ReadsToTheEndThenExits) {
  const std::string article = "خبر قصير.\nعقد المجلس اجتماعا في طرابلس أمس.\n";
  const auto rendered = RunRawi({"render", "-", "-o", "-", "-q"}, article);
  ASSERT_EQ(rendered.exit_code, 0) << rendered.err;
  const double duration = ReadAudioBytes(rendered.out).duration();
  Recorder recorder(*server_);
  std::vector<std::string> argv = {"/usr/bin/env"};
  for (const auto& e : server_->ClientEnv()) argv.push_back(e);
  argv.push_back(RAWI_BINARY);
  argv.insert(argv.end(), {"speak", "-"});
  const auto start = Clock::now();
  const auto r = RunProcess(argv, article);
  const double took = std::chrono::duration<double>(Clock::now() - start).count();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "");
  EXPECT_GT(took, duration - 0.2);
  EXPECT_LT(took, duration + 5);
  const auto heard = recorder.Stop();
  EXPECT_GT(testing::Rms(heard, 0, heard.size()), 300.0);
}

TEST_F(SpeakServerTest, KeysInATerminalNextSectionThenQuit) {
  SKIP_WITHOUT_PSEUDO_TERMINALS();
  Terminal terminal;
  const termios before = terminal.Mode();
  auto rawi = SpeakIn(terminal, {kSeed});
  ASSERT_TRUE(terminal.WaitFor("§1/3", 10s)) << terminal.shown();
  terminal.Type("N");
  EXPECT_TRUE(terminal.WaitFor("§2/3 150 wpm | " + kSecondHeading, 5s)) << terminal.shown();
  terminal.Type("q");
  const auto quit = Clock::now();
  const auto status = rawi->Wait(5s);
  ASSERT_TRUE(status) << "q did not end it";
  EXPECT_LT(Clock::now() - quit, 1s);
  EXPECT_TRUE(WIFEXITED(*status) && WEXITSTATUS(*status) == 0) << *status;
  const termios after = terminal.Mode();
  EXPECT_EQ(after.c_lflag, before.c_lflag) << "the terminal was not given back";
  EXPECT_TRUE(after.c_lflag & ICANON);
  EXPECT_TRUE(after.c_lflag & ECHO);
}

// Space silences the reading (within 150 ms at the sound server, give or take the recorder's
// own latency: 300 ms are allowed) and space again goes on.
TEST_F(SpeakServerTest, SpacePausesAndPlaysOn) {
  SKIP_WITHOUT_PSEUDO_TERMINALS();
  Recorder recorder(*server_);
  Terminal terminal;
  auto rawi = SpeakIn(terminal, {kSeed});
  ASSERT_TRUE(terminal.WaitFor("§1/3", 10s)) << terminal.shown();
  ASSERT_TRUE(recorder.WaitForSound(0, 10s, nullptr));
  std::this_thread::sleep_for(1500ms);
  terminal.Type(" ");
  const auto paused = Clock::now();
  EXPECT_TRUE(terminal.WaitFor("paused | §1/3", 2s)) << terminal.shown();
  std::this_thread::sleep_for(1500ms);
  terminal.Type(" ");
  const auto resumed = Clock::now();
  std::this_thread::sleep_for(2s);
  terminal.Type("q");
  ASSERT_TRUE(rawi->Wait(5s));
  recorder.Stop();
  EXPECT_GT(testing::RmsArrived(recorder, paused - 1500ms, paused), 300.0);
  EXPECT_EQ(testing::RmsArrived(recorder, paused + 300ms, resumed), 0.0);
  EXPECT_GT(testing::RmsArrived(recorder, resumed, resumed + 2s), 300.0);
}

// Ctrl-C and SIGTERM end it as they would end any program, with the terminal given back.
TEST_F(SpeakServerTest, CtrlCAndSigtermGiveTheTerminalBack) {
  SKIP_WITHOUT_PSEUDO_TERMINALS();
  for (const int signal : {SIGINT, SIGTERM}) {
    Terminal terminal;
    const termios before = terminal.Mode();
    auto rawi = SpeakIn(terminal, {kSeed});
    ASSERT_TRUE(terminal.WaitFor("§1/3", 10s)) << terminal.shown();
    if (signal == SIGINT) {
      terminal.Type("\x03");
    } else {
      rawi->Signal(SIGTERM);
    }
    const auto status = rawi->Wait(5s);
    ASSERT_TRUE(status);
    EXPECT_TRUE(WIFSIGNALED(*status) && WTERMSIG(*status) == signal) << *status;
    EXPECT_EQ(terminal.Mode().c_lflag, before.c_lflag) << signal;
  }
}

}  // namespace
}  // namespace rawi
