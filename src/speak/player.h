// Reads a Reading aloud the way a screen reader does: one utterance at a time, each synthesized
// on a worker thread while the one before it plays, written to an AudioOutput in chunks of at
// most 50 ms so that a command (pause, skip, speed) is acted on between two chunks, within one
// chunk's time. Without commands, the output is sample for sample what `rawi render` writes.
// With them, the next section's and this section's first utterances are synthesized ahead too,
// and a jump (or a rate change) starts 5 ms before its utterance's first sound, skipping the
// silence eSpeak begins it with: the answer to a key is heard at once.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>

#include "speak/audio_output.h"
#include "speak/reading_order.h"
#include "synth/synthesizer.h"
#include "synth/voice_profile.h"

namespace rawi {

enum class Command {
  kPlayPause,         // pause; when paused, play on from where it stopped
  kNextSentence,      // the next utterance (after the last one: the end)
  kPreviousSentence,  // the utterance before (the first one again at the first)
  kNextSection,       // reading_order.h's NextSection (nothing after the last section)
  kPreviousSection,   // reading_order.h's PreviousSection (the first utterance at the first)
  kFaster,            // rate +10% of the starting rate, from the word being spoken
  kSlower,            // rate -10% of the starting rate, from the word being spoken
  kQuit,              // silence now and stop
};

// The listener's commands (speak/terminal.h reads them from the keyboard).
class CommandSource {
 public:
  virtual ~CommandSource() = default;
  // The next command, waiting up to `timeout_ms` for one (0: only looks; -1: waits as long as
  // it takes).
  virtual std::optional<Command> Next(int timeout_ms) = 0;
};

struct PlayerStatus {
  size_t utterance = 0;  // index into the Reading's utterances
  bool paused = false;
  int rate_wpm = 0;
};

struct PlayerConfig {
  VoiceProfile voice;  // set on the synthesizer; its rate_wpm is the starting rate
  int chunk_ms = 20;   // at most 50
  // Called when an utterance starts and whenever the pause state or the rate changes.
  std::function<void(const PlayerStatus&)> on_status;
};

class Player {
 public:
  Player(Synthesizer& synth, const Reading& reading, AudioOutput& output, PlayerConfig config);

  // Sets the voice, then plays from utterance `start` to the end (then drains the output) or until
  // kQuit (then flushes it). `commands` may be null: straight through. Returns true when read to
  // the end. While it runs, only its worker thread uses the synthesizer. A synthesizer or output
  // error propagates.
  bool Play(size_t start, CommandSource* commands);

 private:
  struct Session;  // one run of Play (player.cc)

  // The rate `steps` changes of 10% from the starting rate make, within eSpeak's range.
  int RateAt(int steps) const;
  void Report(size_t utterance, bool paused) const;

  Synthesizer& synth_;
  const Reading& reading_;
  AudioOutput& output_;
  PlayerConfig config_;
  int rate_steps_ = 0;
};

}  // namespace rawi
