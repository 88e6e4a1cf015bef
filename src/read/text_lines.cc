#include "read/text_lines.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "read/encoding.h"
#include "text/utf8.h"
#include "util/error.h"

namespace rawi {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string Size(size_t bytes) {
  constexpr size_t kMb = 1024 * 1024;
  return bytes % kMb == 0 ? std::to_string(bytes / kMb) + " MB" : std::to_string(bytes) + " bytes";
}

// The first `n` bytes of UTF-8 `s`, shortened so as not to end inside a character.
std::string_view Utf8Prefix(std::string_view s, size_t n) {
  if (n >= s.size()) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// Whether the probe can be streamed: no UTF-16 mark, no NUL, and valid UTF-8 but for a character
// the end of the block may have cut in two.
bool Streamable(std::string_view probe, bool whole_input) {
  if (probe.starts_with("\xFF\xFE") || probe.starts_with("\xFE\xFF")) return false;
  if (probe.find('\0') != std::string_view::npos) return false;
  const std::optional<size_t> invalid = FindInvalidUtf8(probe);
  return !invalid || (!whole_input && *invalid + 4 > probe.size());
}

}  // namespace

TextLines::TextLines(const std::string& path, TextLinesLimits limits)
    : name_(path == "-" ? "stdin" : path), limits_(limits) {
  if (path == "-") {
    fd_ = STDIN_FILENO;
  } else {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw FileError(name_, "no such file");
    if (std::filesystem::is_directory(path, ec)) {
      throw FileError(name_, "is a folder, expected a text file");
    }
    fd_ = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw FileError(name_, "cannot open file for reading");
    owns_fd_ = true;
  }
  try {
    // A pipe may deliver one line and wait: its first line is enough to go on.
    while (pending_.size() < kProbeBytes && pending_.find('\n') == std::string::npos && Fill()) {
    }
    streaming_ = Streamable(pending_, eof_);
    if (streaming_) {
      if (std::string_view(pending_).starts_with(kUtf8Bom)) {
        pending_.erase(0, kUtf8Bom.size());
        consumed_ = kUtf8Bom.size();
      }
      head_ = Utf8Prefix(pending_, kProbeBytes);
      return;
    }
    if (const size_t nul = pending_.find('\0'); nul != std::string::npos &&
                                                !pending_.starts_with("\xFF\xFE") &&
                                                !pending_.starts_with("\xFE\xFF")) {
      DecodeArticle(pending_, "", name_, /*markup=*/false);  // says "binary data" without waiting
    }
    do {
      if (pending_.size() > limits_.max_whole_bytes) {
        throw FileError(name_, "file is larger than " + Size(limits_.max_whole_bytes));
      }
    } while (Fill());
    pending_ = DecodeArticle(pending_, "", name_, /*markup=*/false);
    head_ = Utf8Prefix(pending_, kProbeBytes);
  } catch (...) {
    if (owns_fd_) close(fd_);
    throw;
  }
}

TextLines::~TextLines() {
  if (owns_fd_) close(fd_);
}

bool TextLines::Fill() {
  if (eof_) return false;
  char buffer[1 << 16];
  ssize_t n;
  do {
    n = read(fd_, buffer, sizeof buffer);
  } while (n < 0 && errno == EINTR);
  if (n < 0) throw FileError(name_, std::string("cannot read: ") + std::strerror(errno));
  if (n == 0) {
    eof_ = true;
    return false;
  }
  pending_.append(buffer, static_cast<size_t>(n));
  return true;
}

std::optional<std::string> TextLines::Next() {
  size_t newline;
  while ((newline = pending_.find('\n', pos_)) == std::string::npos) {
    if (streaming_ && pending_.size() - pos_ > limits_.max_line_bytes) break;
    if (!streaming_ || !Fill()) break;
  }
  size_t end = newline == std::string::npos ? pending_.size() : newline;
  if (pos_ == end && newline == std::string::npos) return std::nullopt;
  ++line_number_;
  if (streaming_ && end - pos_ > limits_.max_line_bytes) {
    throw FileError(name_, "line " + std::to_string(line_number_) + " is longer than " +
                               Size(limits_.max_line_bytes));
  }
  std::string_view line(pending_.data() + pos_, end - pos_);
  if (streaming_) {
    const size_t offset = consumed_ + pos_;
    if (const size_t nul = line.find('\0'); nul != std::string_view::npos) {
      throw FileError(name_, "binary data (NUL byte at offset " + std::to_string(offset + nul) +
                                 "), expected UTF-8 text");
    }
    if (const std::optional<size_t> invalid = FindInvalidUtf8(line)) {
      throw FileError(name_, "invalid UTF-8 at byte " + std::to_string(offset + *invalid));
    }
  }
  if (line.ends_with('\r')) line.remove_suffix(1);
  std::string result(line);
  pos_ = newline == std::string::npos ? pending_.size() : newline + 1;
  if (streaming_ && pos_ >= kProbeBytes) {
    pending_.erase(0, pos_);
    consumed_ += pos_;
    pos_ = 0;
  }
  return result;
}

std::string ReadTextLines(const std::string& path) {
  TextLines lines(path);
  std::string text;
  while (std::optional<std::string> line = lines.Next()) {
    text += *line;
    text += '\n';
  }
  return text;
}

}  // namespace rawi
