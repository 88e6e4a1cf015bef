// A private PulseAudio server for tests of `rawi speak`: its own runtime folder, socket and
// home (nothing of the machine's sound setup is used or touched), with one null sink,
// "rawi_test", 16-bit mono at 22050 Hz (eSpeak's rate, so nothing is resampled) whose monitor a
// Recorder records. It runs as root too (--system=false).
//
// A sound card renders a few milliseconds ahead of the ear; a null sink that no client asks for
// low latency renders two seconds at a time, and a stream that starts then waits for the rest of
// that block (up to 2 s of silence before the first sound). So the server keeps a recorder of
// its own on the monitor asking for 10 ms, and the sink behaves like a card.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "support/child_process.h"
#include "support/temp_dir.h"

namespace rawi::testing {

class PulseServer {
 public:
  static constexpr int kRate = 22050;

  // Starts the server and waits (up to 10 s) until it takes connections.
  PulseServer();
  ~PulseServer();

  // Whether it runs; if not, why (for GTEST_SKIP).
  bool ok() const { return ok_; }
  const std::string& why() const { return why_; }

  // "unix:DIR/native", for PULSE_SERVER.
  std::string address() const;
  // The environment a client needs: PULSE_SERVER, and a HOME and runtime folder of its own.
  std::vector<std::string> ClientEnv() const;

 private:
  TempDir dir_;
  std::unique_ptr<ChildProcess> server_;
  std::unique_ptr<ChildProcess> keeper_;  // parec --latency-msec=10 into /dev/null
  bool ok_ = false;
  std::string why_;
};

// Records the server's null sink with parec (16-bit mono, the server's rate, 10 ms fragments),
// noting when each block arrived.
class Recorder {
 public:
  using Clock = std::chrono::steady_clock;
  struct Block {
    Clock::time_point arrived;
    size_t begin = 0;  // sample range in samples()
    size_t end = 0;
  };

  explicit Recorder(const PulseServer& server);
  ~Recorder();

  // Ends the recording (when not yet ended) and returns it.
  std::vector<int16_t> Stop();
  // The blocks so far (or all of them after Stop).
  std::vector<Block> blocks() const;
  std::vector<int16_t> samples() const;
  // Waits until a sample louder than `level` has arrived (up to `timeout`); when it came.
  bool WaitForSound(int level, std::chrono::milliseconds timeout, Clock::time_point* when);

 private:
  void Read();

  std::unique_ptr<ChildProcess> parec_;
  int pipe_ = -1;
  std::thread reader_;
  mutable std::mutex mutex_;
  std::vector<int16_t> samples_;
  std::vector<Block> blocks_;
  bool stopped_ = false;
};

// Root mean square of the samples that arrived in [from, to) (0 when none did).
double RmsArrived(const Recorder& recorder, Recorder::Clock::time_point from,
                  Recorder::Clock::time_point to);

}  // namespace rawi::testing
