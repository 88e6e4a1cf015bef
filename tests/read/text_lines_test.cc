#include "read/text_lines.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unicode/unistr.h>
#include <unistd.h>

#include <cstring>
#include <vector>

#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::TempDir;

std::vector<std::string> All(TextLines& lines) {
  std::vector<std::string> all;
  while (std::optional<std::string> line = lines.Next()) all.push_back(*line);
  return all;
}

std::vector<std::string> LinesOf(std::string_view content, TextLinesLimits limits = {}) {
  TempDir dir;
  TextLines lines(dir.Write("a.txt", content).string(), limits);
  return All(lines);
}

// The message of the FileError reading `content` gives, with the folder left out.
std::string ErrorOf(std::string_view content, TextLinesLimits limits = {}) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", content).string();
  try {
    TextLines lines(path, limits);
    All(lines);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    const std::string message = e.what();
    return message.starts_with(path) ? "a.txt" + message.substr(path.size()) : message;
  }
  return "no error";
}

struct SplitCase {
  const char* name;
  std::string content;
  std::vector<std::string> lines;
};

class TextLinesSplitTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(TextLinesSplitTest, LinesAsWritten) {
  EXPECT_EQ(LinesOf(GetParam().content), GetParam().lines);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TextLinesSplitTest,
    ::testing::Values(SplitCase{"Empty", "", {}}, SplitCase{"OneLine", "سطر واحد", {"سطر واحد"}},
                      SplitCase{"FinalNewlineEndsTheLine", "a\nb\n", {"a", "b"}},
                      SplitCase{"EmptyLinesKept", "a\n\n\nb", {"a", "", "", "b"}},
                      SplitCase{"OnlyANewline", "\n", {""}},
                      SplitCase{"CrLf", "a\r\nb\r\n", {"a", "b"}},
                      SplitCase{"Utf8BomDropped", "\xEF\xBB\xBFنص\n", {"نص"}},
                      SplitCase{"Utf16LittleEndian",
                                std::string("\xFF\xFE"
                                            "a\0\n\0b\0",
                                            8),
                                {"a", "b"}},
                      SplitCase{"ManyBlocks",
                                std::string(200'000, 'x') + "\nend",
                                {std::string(200'000, 'x'), "end"}}),
    [](const auto& info) { return info.param.name; });

TEST(TextLinesTest, LegacyArabicIsReadWholeAndDecoded) {
  const std::string sentence = "أطلقت بلدية بنغازي حملة لزراعة عشرة آلاف شجرة في الأحياء السكنية";
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(sentence + "\n" + sentence + "\n");
  std::string bytes(static_cast<size_t>(text.length()) * 2, '\0');
  bytes.resize(static_cast<size_t>(text.extract(
      0, text.length(), bytes.data(), static_cast<uint32_t>(bytes.size()), "windows-1256")));
  EXPECT_EQ(LinesOf(bytes), (std::vector<std::string>{sentence, sentence}));
  TextLinesLimits limits;
  limits.max_whole_bytes = 50;
  EXPECT_EQ(ErrorOf(bytes, limits), "a.txt: file is larger than 50 bytes");
}

TEST(TextLinesTest, ErrorsNameTheByteFromTheStartOfTheInput) {
  const std::string first(100'000, 'a');
  EXPECT_EQ(ErrorOf(first + "\nok\nbad \xFF byte\n"), "a.txt: invalid UTF-8 at byte 100008");
  EXPECT_EQ(ErrorOf(first + "\nnul" + std::string(1, '\0') + "\n"),
            "a.txt: binary data (NUL byte at offset 100004), expected UTF-8 text");
  EXPECT_EQ(ErrorOf(std::string("\0\0\0", 3)),
            "a.txt: binary data (NUL byte at offset 0), expected UTF-8 text");
  EXPECT_EQ(ErrorOf("\xEF\xBB\xBFok\n\xC3("), "a.txt: invalid UTF-8 at byte 6");
}

TEST(TextLinesTest, ALineBeyondTheLimitIsAnError) {
  TextLinesLimits limits;
  limits.max_line_bytes = 10;
  EXPECT_EQ(LinesOf("0123456789\nabc", limits), (std::vector<std::string>{"0123456789", "abc"}));
  EXPECT_EQ(ErrorOf("short\n0123456789A\n", limits), "a.txt: line 2 is longer than 10 bytes");
  EXPECT_EQ(ErrorOf("short\n" + std::string(500'000, 'x'), limits),
            "a.txt: line 2 is longer than 10 bytes");
  EXPECT_EQ(TextLinesLimits{}.max_line_bytes, 16u * 1024 * 1024);
}

TEST(TextLinesTest, MissingFileAndFolder) {
  TempDir dir;
  const std::string missing = (dir / "missing.txt").string();
  EXPECT_THROW(
      {
        try {
          TextLines lines(missing);
        } catch (const Error& e) {
          EXPECT_EQ(std::string(e.what()), missing + ": no such file");
          throw;
        }
      },
      Error);
  try {
    TextLines lines(dir.path().string());
    ADD_FAILURE() << "no throw";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), dir.path().string() + ": is a folder, expected a text file");
  }
}

// A line piped in is returned while the writer is still writing: nothing waits for the end.
TEST(TextLinesTest, StreamsFromAPipe) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  ASSERT_EQ(write(fds[1], "أول سطر\n", std::strlen("أول سطر\n")),
            static_cast<ssize_t>(std::strlen("أول سطر\n")));
  TextLines lines("/dev/fd/" + std::to_string(fds[0]));
  EXPECT_EQ(lines.Next(), "أول سطر");
  EXPECT_EQ(lines.head(), "أول سطر\n");
  ASSERT_EQ(write(fds[1], "second\n", 7), 7);
  EXPECT_EQ(lines.Next(), "second");
  close(fds[1]);
  EXPECT_EQ(lines.Next(), std::nullopt);
  close(fds[0]);
}

TEST(ReadTextLinesTest, EveryLineEndsInANewline) {
  TempDir dir;
  EXPECT_EQ(ReadTextLines(dir.Write("a.txt", "a\r\nb").string()), "a\nb\n");
  EXPECT_EQ(ReadTextLines(dir.Write("e.txt", "").string()), "");
}

}  // namespace
}  // namespace rawi
