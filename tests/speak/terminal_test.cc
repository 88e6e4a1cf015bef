#include "speak/terminal.h"

#include <gtest/gtest.h>
#include <pty.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support/child_process.h"
#include "support/document_sentences.h"
#include "support/speak_document.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::SpeakTestDocument;
using testing::SpeakTestVoice;

TEST(CommandForKeyTest, TheKeysOfTheReadme) {
  EXPECT_EQ(CommandForKey(' '), Command::kPlayPause);
  EXPECT_EQ(CommandForKey('n'), Command::kNextSentence);
  EXPECT_EQ(CommandForKey('p'), Command::kPreviousSentence);
  EXPECT_EQ(CommandForKey('N'), Command::kNextSection);
  EXPECT_EQ(CommandForKey('P'), Command::kPreviousSection);
  EXPECT_EQ(CommandForKey('+'), Command::kFaster);
  EXPECT_EQ(CommandForKey('='), Command::kFaster);
  EXPECT_EQ(CommandForKey('-'), Command::kSlower);
  EXPECT_EQ(CommandForKey('q'), Command::kQuit);
  for (const char other : {'x', 'Q', '\n', '\x1b', '[', 'C'}) {
    EXPECT_EQ(CommandForKey(other), std::nullopt) << int(other);
  }
}

class StatusLineTest : public ::testing::Test {
 protected:
  const Reading reading_ = ReadingOrder(SpeakTestDocument(), SpeakTestVoice().pauses);
};

TEST_F(StatusLineTest, SectionAndSentence) {
  EXPECT_EQ(StatusLine(reading_, {5, false, 150}, 80),
            "§2/3 150 wpm | Part two | Nine ten eleven twelve.");
  EXPECT_EQ(StatusLine(reading_, {1, false, 165}, 80),
            "§1/3 165 wpm | The title | One two three four.");
}

TEST_F(StatusLineTest, AHeadingOrTheTitleIsNotSaidTwice) {
  EXPECT_EQ(StatusLine(reading_, {4, false, 150}, 80), "§2/3 150 wpm | Part two");
  EXPECT_EQ(StatusLine(reading_, {0, false, 150}, 80), "§1/3 150 wpm | The title");
}

TEST_F(StatusLineTest, Paused) {
  EXPECT_EQ(StatusLine(reading_, {6, true, 150}, 80), "paused | §3/3 150 wpm | Final part");
}

TEST_F(StatusLineTest, CutOneColumnShortOfTheWidth) {
  EXPECT_EQ(StatusLine(reading_, {5, false, 150}, 30), "§2/3 150 wpm | Part two | Nin");
  EXPECT_EQ(StatusLine(reading_, {5, false, 150}, 1), "");
  EXPECT_EQ(StatusLine(reading_, {99, false, 150}, 80), "");
}

TEST(StatusLineWidthTest, MarksTakeNoColumnAndControlsBecomeSpaces) {
  Document doc;
  doc.title.written = "ضَرَبَ\tزيدٌ";  // 11 code points, 7 columns
  doc.sections.push_back(Section{});
  doc.sections[0].paragraphs.push_back({});
  doc.sections[0].paragraphs[0].sentences = Sentences({"x"});
  const Reading reading = ReadingOrder(doc, Pauses{});
  // "§1/1 150 wpm | " is 15 columns; 23 leave 7 for the title (one column is kept free).
  EXPECT_EQ(StatusLine(reading, {0, false, 150}, 23), "§1/1 150 wpm | ضَرَبَ زيدٌ");
  EXPECT_EQ(StatusLine(reading, {0, false, 150}, 22), "§1/1 150 wpm | ضَرَبَ زي");
}

// A pseudo-terminal stands in for the listener's: the test types on its master side.
class TerminalKeysTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (openpty(&master_, &slave_, nullptr, nullptr, nullptr) != 0) {
      GTEST_SKIP() << "no pseudo-terminals on this machine (is /dev/pts mounted?)";
    }
    ASSERT_EQ(tcgetattr(slave_, &before_), 0);
  }
  void TearDown() override {
    if (master_ < 0) return;
    close(master_);
    close(slave_);
  }
  termios Now() const {
    termios now{};
    tcgetattr(slave_, &now);
    return now;
  }
  void Type(const std::string& keys) const {
    ASSERT_EQ(write(master_, keys.data(), keys.size()), static_cast<ssize_t>(keys.size()));
  }

  int master_ = -1, slave_ = -1;
  termios before_{};
};

TEST_F(TerminalKeysTest, RawModeWhileItLivesAndGivenBackAfter) {
  ASSERT_TRUE(before_.c_lflag & ICANON);
  ASSERT_TRUE(before_.c_lflag & ECHO);
  {
    TerminalKeys keys(slave_);
    const termios raw = Now();
    EXPECT_FALSE(raw.c_lflag & ICANON);
    EXPECT_FALSE(raw.c_lflag & ECHO);
    EXPECT_TRUE(raw.c_lflag & ISIG);  // Ctrl-C still interrupts
  }
  const termios after = Now();
  EXPECT_EQ(after.c_lflag, before_.c_lflag);
  EXPECT_EQ(after.c_iflag, before_.c_iflag);
  EXPECT_EQ(after.c_cc[VMIN], before_.c_cc[VMIN]);
}

TEST_F(TerminalKeysTest, KeysWithoutEnterOtherKeysSkipped) {
  TerminalKeys keys(slave_);
  EXPECT_EQ(keys.Next(0), std::nullopt);
  Type("xN");
  EXPECT_EQ(keys.Next(1000), Command::kNextSection);
  EXPECT_EQ(keys.Next(0), std::nullopt);
  Type(" q");
  EXPECT_EQ(keys.Next(-1), Command::kPlayPause);
  EXPECT_EQ(keys.Next(-1), Command::kQuit);
}

TEST_F(TerminalKeysTest, WaitsNoLongerThanItIsTold) {
  TerminalKeys keys(slave_);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(keys.Next(50), std::nullopt);
  const auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_GE(waited, std::chrono::milliseconds(45));
  EXPECT_LT(waited, std::chrono::milliseconds(1000));
}

TEST_F(TerminalKeysTest, OneAtATime) {
  TerminalKeys keys(slave_);
  try {
    TerminalKeys second(slave_);
    FAIL() << "a second one";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "the terminal is already in use for keys");
  }
}

TEST(TerminalKeysErrorTest, NotATerminal) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  try {
    TerminalKeys keys(fds[0]);
    FAIL() << "a pipe";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_STREQ(e.what(), "stdin: not a terminal: Inappropriate ioctl for device");
  }
  close(fds[0]);
  close(fds[1]);
}

// SIGINT, SIGTERM, SIGHUP and SIGQUIT give the terminal back, then end the process as they
// would have.
TEST_F(TerminalKeysTest, AnEndingSignalGivesTheTerminalBack) {
  for (const int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      testing::ResetSignalsForChild();
      const rlimit no_core{0, 0};  // SIGQUIT would dump one
      setrlimit(RLIMIT_CORE, &no_core);
      TerminalKeys keys(slave_);
      raise(signal);
      _exit(0);  // not reached
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFSIGNALED(status)) << signal;
    EXPECT_EQ(WTERMSIG(status), signal);
    const termios after = Now();
    EXPECT_EQ(after.c_lflag, before_.c_lflag) << signal;
  }
}

// Ctrl-Z gives the terminal back while stopped and takes it again on fg (SIGCONT).
TEST_F(TerminalKeysTest, CtrlZGivesTheTerminalBackUntilFg) {
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    testing::ResetSignalsForChild();
    setpgid(0, 0);  // a group of its own, not orphaned: SIGTSTP stops it
    TerminalKeys keys(slave_);
    raise(SIGTSTP);
    termios now{};
    tcgetattr(slave_, &now);
    _exit(now.c_lflag & ICANON ? 1 : 0);  // raw again after fg
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, WUNTRACED), child);
  ASSERT_TRUE(WIFSTOPPED(status));
  EXPECT_EQ(Now().c_lflag, before_.c_lflag);
  kill(child, SIGCONT);
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "not raw again after fg";
}

TEST_F(TerminalKeysTest, AnIgnoredSignalStaysIgnored) {
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    signal(SIGHUP, SIG_IGN);  // as under nohup
    {
      TerminalKeys keys(slave_);
      raise(SIGHUP);
    }
    _exit(signal(SIGHUP, SIG_DFL) == SIG_IGN ? 7 : 8);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 7);
}

TEST_F(TerminalKeysTest, StatusLineRewritesItself) {
  const Reading reading = ReadingOrder(SpeakTestDocument(), SpeakTestVoice().pauses);
  ShowStatus(slave_, reading, {4, false, 150});
  ClearStatus(slave_);
  char buffer[256];
  const ssize_t n = read(master_, buffer, sizeof buffer);
  ASSERT_GT(n, 0);
  EXPECT_EQ(std::string(buffer, static_cast<size_t>(n)), "\r§2/3 150 wpm | Part two\x1b[K\r\x1b[K");
}

}  // namespace
}  // namespace rawi
