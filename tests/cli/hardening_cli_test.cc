// End-to-end: rawi run as a hostile or unlucky user would run it (issue 13).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <initializer_list>

#include "support/run_process.h"
#include "support/temp_dir.h"

namespace rawi {
namespace {

using testing::ReadFile;
using testing::RunMeasuringMemory;
using testing::RunProcess;
using testing::RunRawi;
using testing::TempDir;

const std::string kShort = "مرحبا بكم في نشرة الأخبار.\n";

// Another user who can write the output folder plants symlinks for the PIDs rawi will get (the
// temporary names used to be ".NAME.tmp-PID.EXT"); rawi, run as root, must not write through them.
TEST(HardeningCliTest, SecondUsersSymlinksInTheOutputFolderAreNotFollowed) {
  if (geteuid() != 0) GTEST_SKIP() << "needs root to act as a second user with setpriv";
  if (access("/usr/bin/setpriv", X_OK) != 0) GTEST_SKIP() << "setpriv is not installed";
  // Where the second user cannot run programs at all (a chroot whose root folder is private),
  // there is nobody to plant the links.
  const auto probe = RunProcess({"/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                                 "--clear-groups", "/usr/bin/python3", "-c", "pass"});
  if (probe.exit_code != 0) GTEST_SKIP() << "the second user cannot run python3: " << probe.err;
  TempDir dir, elsewhere;
  const auto victim = elsewhere.Write("victim", "root's secret");
  chmod(victim.c_str(), 0600);
  const auto article = elsewhere.Write("news.txt", kShort);
  chmod(dir.path().c_str(), 0711);
  const auto shared = dir / "shared";
  std::filesystem::create_directory(shared);
  ASSERT_EQ(chown(shared.c_str(), 65534, 65534), 0);  // nobody's folder; root can write it too

  // One process (setpriv execs python), so the PIDs after its own are the next ones handed out.
  const std::string plant =
      "import os\n"
      "os.chdir('" +
      shared.string() +
      "')\n"
      "last = int(open('/proc/sys/kernel/ns_last_pid').read())\n"
      "for p in range(last + 1, last + 300):\n"
      "    for ext in ('wav', 'json'):\n"
      "        os.symlink('" +
      victim.string() + "', f'.out.{ext}.tmp-{p}.{ext}')\n";
  const auto planted = RunProcess({"/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                                   "--clear-groups", "/usr/bin/python3", "-c", plant});
  ASSERT_EQ(planted.exit_code, 0) << planted.err;

  const auto r = RunRawi({"render", article.string(), "-q", "-o", (shared / "out.wav").string(),
                          "--timings", (shared / "out.json").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(victim), "root's secret");
  EXPECT_FALSE(std::filesystem::is_symlink(shared / "out.wav"));
  EXPECT_FALSE(std::filesystem::is_symlink(shared / "out.json"));
  EXPECT_EQ(ReadFile(shared / "out.wav").substr(0, 4), "RIFF");
}

TEST(HardeningCliTest, ReplacedOutputsKeepMode600) {
  TempDir dir;
  const auto article = dir.Write("news.txt", kShort);
  const auto wav = dir.Write("out.wav", "old"), json = dir.Write("out.json", "old");
  chmod(wav.c_str(), 0600);
  chmod(json.c_str(), 0600);
  const auto r =
      RunRawi({"render", article.string(), "-q", "-o", wav.string(), "--timings", json.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  struct stat st {};
  ASSERT_EQ(stat(wav.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
  ASSERT_EQ(stat(json.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
}

// --timings naming the article or the audio output used to overwrite it with JSON, exit 0.
TEST(HardeningCliTest, TimingsThatIsTheArticleIsAUsageError) {
  TempDir dir;
  const auto article = dir.Write("news.txt", kShort);
  std::filesystem::create_hard_link(article, dir / "link.json");
  for (const auto& timings : {(dir / "." / "news.txt").string(), (dir / "link.json").string()}) {
    const auto r = RunRawi(
        {"render", article.string(), "-o", (dir / "out.wav").string(), "--timings", timings});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err, "rawi: --timings " + timings + ": is the article " + article.string() + "\n");
    EXPECT_EQ(ReadFile(article), kShort);
    EXPECT_EQ(testing::ListDir(dir.path()), (std::vector<std::string>{"link.json", "news.txt"}));
  }
}

TEST(HardeningCliTest, TimingsThatIsTheAudioOutputIsAUsageError) {
  TempDir dir;
  const auto article = dir.Write("news.txt", kShort);
  std::filesystem::create_directory(dir / "sub");
  const auto out = (dir / "out.wav").string();
  const auto other_spelling = (dir / "sub" / ".." / "out.wav").string();
  auto r = RunRawi({"render", article.string(), "-o", out, "--timings", other_spelling});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "rawi: --timings " + other_spelling + ": is the audio output " + out + "\n");
  EXPECT_EQ(testing::ListDir(dir.path()), (std::vector<std::string>{"news.txt", "sub"}));

  dir.Write("out.wav", "earlier audio");
  std::filesystem::create_symlink(out, dir / "t.json");
  r = RunRawi({"render", article.string(), "-o", out, "--timings", (dir / "t.json").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "rawi: --timings " + (dir / "t.json").string() + ": is the audio output " + out + "\n");
  EXPECT_EQ(ReadFile(out), "earlier audio");
}

TEST(HardeningCliTest, TimingsDashWritesJsonToStdout) {
  TempDir dir;
  const auto article = dir.Write("news.txt", kShort);
  const auto out = (dir / "out.wav").string();
  const auto r = RunRawi({"render", article.string(), "-q", "-o", out, "--timings", "-"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\n  \"audio\": \"" + out + "\",\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("\"sections\""), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists("-"));
  EXPECT_EQ(testing::ListDir(dir.path()), (std::vector<std::string>{"news.txt", "out.wav"}));
}

TEST(HardeningCliTest, TimingsDashWithAudioOnStdoutIsAUsageError) {
  TempDir dir;
  const auto article = dir.Write("news.txt", kShort);
  const auto r = RunRawi({"render", article.string(), "-o", "-", "--timings", "-"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "rawi: --timings -: standard output already carries the audio (-o -)\n");
  EXPECT_EQ(r.out, "");
}

// Starts `rawi render` of the seed into `out` with `ignored` signals set to SIG_IGN (the others
// at their default), its standard streams on /dev/null; the child's pid, or -1.
pid_t StartRender(const std::filesystem::path& out, std::initializer_list<int> ignored) {
  const std::string article = std::string(RAWI_SAMPLES_DIR) + "/libya-truce-meeting.txt";
  const pid_t pid = fork();
  if (pid != 0) return pid;
  signal(SIGHUP, SIG_DFL);
  for (int s : ignored) signal(s, SIG_IGN);
  const int null = open("/dev/null", O_RDWR);
  dup2(null, 0);
  dup2(null, 1);
  dup2(null, 2);
  execl(RAWI_BINARY, RAWI_BINARY, "render", article.c_str(), "-q", "-o", out.c_str(),
        static_cast<char*>(nullptr));
  _exit(127);
}

// Whether the render's temporary output (.out.wav…) appears in `dir` within 30 s: signals sent
// after that reach rawi while it writes.
bool WaitForTemporaryOutput(const TempDir& dir) {
  for (int i = 0; i < 3000; ++i) {
    for (const auto& name : testing::ListDir(dir.path())) {
      if (name.rfind(".out.wav", 0) == 0) return true;
    }
    usleep(10000);
  }
  return false;
}

// `nohup rawi render …`: rawi used to replace the inherited SIG_IGN with its clean-up handler and
// died on the hang-up.
TEST(HardeningCliTest, IgnoredHangupAndInterruptStayIgnored) {
  TempDir dir;
  const pid_t pid = StartRender(dir / "out.wav", {SIGHUP, SIGINT});
  ASSERT_GE(pid, 0);
  EXPECT_TRUE(WaitForTemporaryOutput(dir));
  kill(pid, SIGHUP);
  kill(pid, SIGINT);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(testing::ListDir(dir.path()), std::vector<std::string>{"out.wav"});
}

// Not ignored, SIGHUP still removes the temporary file and ends rawi with 128 + 1.
TEST(HardeningCliTest, HangupRemovesTheTemporaryFile) {
  TempDir dir;
  const pid_t pid = StartRender(dir / "out.wav", {});
  ASSERT_GE(pid, 0);
  EXPECT_TRUE(WaitForTemporaryOutput(dir));
  kill(pid, SIGHUP);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 129);
  EXPECT_EQ(testing::ListDir(dir.path()), std::vector<std::string>{});
}

// Text commands used to exit 0 when their output was lost (stdout on a full disk).
TEST(HardeningCliTest, TextCommandsFailWhenStdoutCannotBeWritten) {
  TempDir dir;
  const auto article = dir.Write("news.txt", "ارتفعت الأسعار بنسبة 30% في 17/5/2024.\n");
  for (const std::string command :
       {"normalize", "vocalize", "phonemes", "segment", "segment --json"}) {
    const auto r =
        RunProcess({"/bin/sh", "-c", std::string("exec \"$0\" ") + command + " \"$1\" >/dev/full",
                    RAWI_BINARY, article.string()});
    EXPECT_EQ(r.exit_code, 1) << command;
    EXPECT_EQ(r.err, "rawi: stdout: cannot write: No space left on device\n") << command;
  }
}

// Two news.txt from different folders into one -o dir/ used to overwrite each other, exit 0.
TEST(HardeningCliTest, SameNamedArticlesIntoOneFolderAreRefused) {
  TempDir dir;
  std::filesystem::create_directories(dir / "a");
  std::filesystem::create_directories(dir / "b");
  std::filesystem::create_directories(dir / "out");
  const auto first = dir.Write("a/news.txt", kShort), second = dir.Write("b/news.txt", kShort);
  const auto r = RunRawi({"render", first.string(), second.string(), "-o",
                          (dir / "out").string() + "/", "--timings", (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "rawi: " + first.string() + " and " + second.string() +
                       ": both would be written to " + (dir / "out" / "news.wav").string() + "\n");
  EXPECT_EQ(testing::ListDir(dir / "out"), std::vector<std::string>{});
}

// A 2.3 MB page with 200,000 attributes on one tag used to hang rawi for more than 5 minutes.
TEST(HardeningCliTest, PageWithTwoHundredThousandAttributesIsRefusedQuickly) {
  TempDir dir;
  std::string page = "<html><body><div";
  for (int i = 0; i < 200'000; ++i) page += " a" + std::to_string(i) + "=\"x\"";
  page += "><p>نص المقال.</p></div></body></html>";
  const auto hostile = dir.Write("hostile.html", page);
  const auto start = std::chrono::steady_clock::now();
  const auto r = RunRawi({"segment", hostile.string()});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + hostile.string() +
                       ": too complex to read: an element has more than 1000 attributes\n");
  EXPECT_EQ(r.out, "");
}

// A 1.6 MB text rendered 33 h of audio; --max-duration (default 24h) stops such a render.
TEST(HardeningCliTest, AudioLongerThanMaxDurationIsNotWritten) {
  TempDir dir;
  const auto article = dir.Write("news.txt", kShort + kShort + kShort);
  const auto wav = dir.Write("news.wav", "earlier");
  auto r = RunRawi({"render", article.string(), "--max-duration", "1s"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "rawi: " + article.string() +
                       ": the audio would be longer than --max-duration 1s (raise it, or 0 for no "
                       "limit)\n");
  EXPECT_EQ(ReadFile(wav), "earlier");
  EXPECT_EQ(testing::ListDir(dir.path()), (std::vector<std::string>{"news.txt", "news.wav"}));

  r = RunRawi({"render", article.string(), "-q", "--max-duration", "1m"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(ReadFile(wav), "earlier");

  r = RunRawi({"render", article.string(), "--max-duration", "1.5h"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "rawi: --max-duration 1.5h: not a duration (e.g. 90m, 2h, 1h30m; 0 for no limit)\n");
}

// `rawi normalize /dev/zero` reached 7 GB: the line commands read everything before writing.
TEST(HardeningCliTest, LineCommandsStreamTheirInput) {
  for (const std::string command : {"normalize", "vocalize", "phonemes"}) {
    const auto r = RunRawi({command, "/dev/zero"});
    EXPECT_EQ(r.exit_code, 1) << command;
    EXPECT_EQ(r.err, "rawi: /dev/zero: binary data (NUL byte at offset 0), expected UTF-8 text\n");
  }
  TempDir dir;
  std::filesystem::path big;
#ifdef RAWI_SANITIZED
  // Sanitizers multiply time and memory: a smaller input still streams, memory is not measured.
  constexpr size_t kBytes = 8 * 1024 * 1024;
#else
  constexpr size_t kBytes = 48 * 1024 * 1024;
#endif
  {
    std::string lines;
    while (lines.size() < kBytes) lines += "في 2024 بلغ عدد السكان 7 ملايين.\n";
    big = dir.Write("big.txt", lines);
  }  // freed: a forked child's peak memory counts what the test process held when it forked
  const auto first = RunRawi({"normalize", "-"}, "في 2024 بلغ عدد السكان 7 ملايين.\n");
  const auto r = RunMeasuringMemory(
      {"/bin/sh", "-c", "exec \"$0\" normalize - <\"$1\"", RAWI_BINARY, big.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n') + 1), first.out);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), (kBytes + 52) / 53);
#ifndef RAWI_SANITIZED
  // Held whole, 48 MB in and out took 150 MB.
  EXPECT_LT(r.max_rss_kb, 80 * 1024);
#endif

  const auto one_line = RunRawi({"normalize", "-"}, std::string(17 * 1024 * 1024, 'a'));
  EXPECT_EQ(one_line.exit_code, 1);
  EXPECT_EQ(one_line.err, "rawi: stdin: line 1 is longer than 16 MB\n");
}

// eSpeak NG's start-up probed PulseAudio, which created ~/.config/pulse during a file render.
TEST(HardeningCliTest, RenderingLeavesTheHomeFolderAlone) {
  TempDir dir;
  std::filesystem::create_directories(dir / "home");
  const auto article = dir.Write("news.txt", kShort);
  const auto r = RunProcess({"/usr/bin/env", "-u", "XDG_CONFIG_HOME", "-u", "XDG_RUNTIME_DIR", "-u",
                             "PULSE_SERVER", "HOME=" + (dir / "home").string(), RAWI_BINARY,
                             "render", article.string(), "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(testing::ListDir(dir / "home"), std::vector<std::string>{});
  EXPECT_EQ(testing::ListDir(dir.path()),
            (std::vector<std::string>{"home", "news.txt", "news.wav"}));
}

}  // namespace
}  // namespace rawi
