// The listener's terminal while `rawi speak` reads: single keys, as a screen reader takes them,
// and one status line on stderr.
//
// Keys: space pause/play, n/p next/previous sentence, N/P next/previous section, + (or =) and -
// faster/slower, q quit. The terminal is put in raw mode (no line editing, no echo; Ctrl-C
// still interrupts) and given back as it was on every way out: the destructor, and SIGINT,
// SIGTERM, SIGHUP and SIGQUIT (which then end the process as they would have; a signal the
// process inherited ignored, as under nohup, stays ignored). Ctrl-Z gives it back while stopped
// and takes it again on fg.
#pragma once

#include <termios.h>

#include <cstddef>
#include <optional>
#include <string>

#include "speak/player.h"
#include "speak/reading_order.h"

namespace rawi {

// The command a key stands for; nullopt for any other key.
std::optional<Command> CommandForKey(char key);

class TerminalKeys : public CommandSource {
 public:
  // Puts the terminal on `fd` (standard input) in raw mode; throws a bad-input Error naming it
  // when it is not a terminal. At most one may exist at a time.
  explicit TerminalKeys(int fd);
  ~TerminalKeys() override;  // gives the terminal back
  TerminalKeys(const TerminalKeys&) = delete;
  TerminalKeys& operator=(const TerminalKeys&) = delete;

  // Other keys are skipped. The end of input (the terminal closed) is kQuit.
  std::optional<Command> Next(int timeout_ms) override;

 private:
  int fd_;
};

// The status line for `status`: "§K/N RATE wpm | SECTION | SENTENCE" (the sentence left out
// when it is the section's heading or the title itself), starting "paused | " while paused, cut
// to `columns` - 1 characters (combining marks take no column) so the terminal never wraps it.
std::string StatusLine(const Reading& reading, const PlayerStatus& status, size_t columns);

// Rewrites the status line on `fd` (stderr): carriage return, the line, erase to its end.
// Columns from the terminal's size, 80 when it says none.
void ShowStatus(int fd, const Reading& reading, const PlayerStatus& status);

// Erases the status line on `fd`, leaving the cursor at the start of an empty line.
void ClearStatus(int fd);

}  // namespace rawi
