#include "speak/terminal.h"

#include <poll.h>
#include <sys/ioctl.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>

#include "util/error.h"

namespace rawi {
namespace {

// What the signal handlers need, in fixed storage: a handler may only make async-signal-safe
// calls (tcsetattr, sigaction, raise, write).
int g_fd = -1;
termios g_saved{};  // the terminal as it was
termios g_raw{};    // as rawi speak uses it
constexpr int kEndingSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
struct sigaction g_previous[NSIG];
bool g_installed[NSIG];

extern "C" void GiveBackAndStop(int) {
  const int saved_errno = errno;
  tcsetattr(g_fd, TCSANOW, &g_saved);
  struct sigaction stop {};
  stop.sa_handler = SIG_DFL;
  sigemptyset(&stop.sa_mask);
  struct sigaction ours {};
  sigaction(SIGTSTP, &stop, &ours);
  raise(SIGTSTP);  // not blocked (SA_NODEFER): stops here until fg
  tcsetattr(g_fd, TCSANOW, &g_raw);
  sigaction(SIGTSTP, &ours, nullptr);
  errno = saved_errno;
}

extern "C" void GiveBackAndEnd(int signal) {
  tcsetattr(g_fd, TCSANOW, &g_saved);
  const char newline = '\n';  // the shell's prompt on a line of its own, not after the status
  [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, &newline, 1);
  struct sigaction end {};
  end.sa_handler = SIG_DFL;
  sigemptyset(&end.sa_mask);
  sigaction(signal, &end, nullptr);
  raise(signal);  // delivered when the handler returns: ends the process as it would have
}

void Install(int signal, void (*handler)(int), int flags) {
  struct sigaction inherited {};
  if (sigaction(signal, nullptr, &inherited) != 0 || inherited.sa_handler == SIG_IGN) return;
  struct sigaction action {};
  action.sa_handler = handler;
  action.sa_flags = flags;
  sigemptyset(&action.sa_mask);
  if (sigaction(signal, &action, &g_previous[signal]) == 0) g_installed[signal] = true;
}

// Terminal columns `c` takes: none for combining marks and format characters (harakat, bidi
// marks), two for wide East Asian ones.
int Columns(UChar32 c) {
  const auto type = static_cast<UCharCategory>(u_charType(c));
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
  const auto width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

// `text` cut to `columns` columns, control characters as spaces.
std::string Fit(const std::string& text, size_t columns) {
  std::string out;
  size_t used = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (c < 0) continue;  // not UTF-8: left out
    if (c < 0x20 || c == 0x7F) c = ' ';
    const auto width = static_cast<size_t>(Columns(c));
    if (used + width > columns) break;
    used += width;
    if (c == ' ') {
      out += ' ';
    } else {
      out.append(text, static_cast<size_t>(begin), static_cast<size_t>(i - begin));
    }
  }
  return out;
}

void WriteAll(int fd, const std::string& text) {
  for (size_t done = 0; done < text.size();) {
    const ssize_t n = write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // the status line is a courtesy: a lost one is not an error
    done += static_cast<size_t>(n);
  }
}

}  // namespace

std::optional<Command> CommandForKey(char key) {
  switch (key) {
    case ' ':
      return Command::kPlayPause;
    case 'n':
      return Command::kNextSentence;
    case 'p':
      return Command::kPreviousSentence;
    case 'N':
      return Command::kNextSection;
    case 'P':
      return Command::kPreviousSection;
    case '+':
    case '=':  // + without shift
      return Command::kFaster;
    case '-':
      return Command::kSlower;
    case 'q':
      return Command::kQuit;
    default:
      return std::nullopt;
  }
}

TerminalKeys::TerminalKeys(int fd) : fd_(fd) {
  if (g_fd != -1) throw EngineError("the terminal is already in use for keys");
  if (tcgetattr(fd, &g_saved) != 0) {
    throw Error(ErrorKind::kBadInput,
                std::string("stdin: not a terminal: ") + std::strerror(errno));
  }
  g_raw = g_saved;
  g_raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);  // ISIG stays: Ctrl-C interrupts
  g_raw.c_cc[VMIN] = 1;
  g_raw.c_cc[VTIME] = 0;
  g_fd = fd;
  std::fill(std::begin(g_installed), std::end(g_installed), false);
  // Handlers first: a signal between the two calls must find the terminal's settings saved.
  for (const int signal : kEndingSignals) Install(signal, GiveBackAndEnd, 0);
  Install(SIGTSTP, GiveBackAndStop, SA_NODEFER | SA_RESTART);
  tcsetattr(fd, TCSANOW, &g_raw);
}

TerminalKeys::~TerminalKeys() {
  tcsetattr(fd_, TCSANOW, &g_saved);
  for (int signal = 1; signal < NSIG; ++signal) {
    if (g_installed[signal]) sigaction(signal, &g_previous[signal], nullptr);
    g_installed[signal] = false;
  }
  g_fd = -1;
}

std::optional<Command> TerminalKeys::Next(int timeout_ms) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::milliseconds(std::max(timeout_ms, 0));
  while (true) {
    int wait = -1;
    if (timeout_ms >= 0) {
      wait = static_cast<int>(std::max<int64_t>(
          0,
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count()));
    }
    pollfd in{fd_, POLLIN, 0};
    const int ready = poll(&in, 1, wait);
    if (ready < 0 && errno == EINTR) continue;  // a resize, or back from Ctrl-Z
    if (ready < 0) return Command::kQuit;
    if (ready == 0) return std::nullopt;
    char key = 0;
    const ssize_t n = read(fd_, &key, 1);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) return Command::kQuit;  // the terminal is gone
    if (const auto command = CommandForKey(key)) return command;
  }
}

std::string StatusLine(const Reading& reading, const PlayerStatus& status, size_t columns) {
  if (status.utterance >= reading.utterances.size() || columns < 2) return "";
  const Utterance& utterance = reading.utterances[status.utterance];
  const std::string& section =
      reading.section_names.empty() ? utterance.text : reading.section_names[utterance.section];
  std::string line = status.paused ? "paused | " : "";
  line += "§" + std::to_string(utterance.section + 1) + "/" +
          std::to_string(std::max<size_t>(reading.section_names.size(), 1)) + " " +
          std::to_string(status.rate_wpm) + " wpm";
  if (!section.empty()) line += " | " + section;
  if (utterance.text != section) line += " | " + utterance.text;
  return Fit(line, columns - 1);
}

void ShowStatus(int fd, const Reading& reading, const PlayerStatus& status) {
  winsize size{};
  const size_t columns = ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 ? size.ws_col : 80;
  WriteAll(fd, "\r" + StatusLine(reading, status, columns) + "\033[K");
}

void ClearStatus(int fd) { WriteAll(fd, "\r\033[K"); }

}  // namespace rawi
