// Text for the line-oriented commands (normalize, vocalize, phonemes), read line by line so that
// output starts at once and memory stays bounded, whatever size of file or pipe comes in.
//
// The encoding is decided on the first block read (up to kProbeBytes; from a pipe, at least the
// first line, so that a line typed or piped in is answered at once): clean UTF-8 (or ASCII) is
// streamed, each line checked as it arrives; anything DecodeArticle must see whole (a UTF-16 byte
// order mark, NUL bytes, legacy Arabic bytes) is read whole, up to max_whole_bytes, and decoded as
// an article is (read/encoding.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rawi {

struct TextLinesLimits {
  size_t max_line_bytes = 16 * 1024 * 1024;   // one line, as read (a whole article may be one)
  size_t max_whole_bytes = 64 * 1024 * 1024;  // input that cannot be streamed (as articles)
};

class TextLines {
 public:
  static constexpr size_t kProbeBytes = 64 * 1024;

  // Opens `path` ("-" for standard input) and reads the first block. Throws a FileError naming
  // the file ("stdin" for "-"): missing, a folder, unreadable, binary, in no encoding rawi can
  // tell, or (when it must be read whole) larger than max_whole_bytes.
  explicit TextLines(const std::string& path, TextLinesLimits limits = {});
  ~TextLines();
  TextLines(const TextLines&) = delete;
  TextLines& operator=(const TextLines&) = delete;

  // The decoded start of the input (the first block), for telling its language.
  const std::string& head() const { return head_; }

  // The next line as UTF-8, without its "\n" or "\r\n"; nullopt after the last one (a final
  // newline ends the last line rather than starting an empty one). Throws a FileError for a
  // line longer than max_line_bytes ("line 3 is longer than 16 MB"), invalid UTF-8 ("invalid
  // UTF-8 at byte N", counted from the start) or a NUL byte, or a read error.
  std::optional<std::string> Next();

 private:
  bool Fill();  // appends one block to pending_; false at the end of the input

  std::string name_;
  TextLinesLimits limits_;
  int fd_ = -1;
  bool owns_fd_ = false;
  bool eof_ = false;
  bool streaming_ = true;
  std::string pending_;     // raw bytes not yet returned (streaming), or the decoded text (whole)
  size_t pos_ = 0;          // start of the next line in pending_
  size_t consumed_ = 0;     // input bytes before pending_[0]
  size_t line_number_ = 0;  // of the last line returned
  std::string head_;
};

// Every line of `path`, each ending in "\n": a whole text where a command needs one (a gold
// file to score against). Throws as TextLines does.
std::string ReadTextLines(const std::string& path);

}  // namespace rawi
