// What the fuzz targets (tests/fuzz/*_fuzz.cc) share: inputs as files without touching the disk,
// the project's data, and the checks every target makes on what rawi returns.
//
// A target's findings are crashes: a sanitizer report, an exception other than rawi::Error
// escaping (rawi reports every failure as an Error; anything else is "internal error" in the
// CLI), or a Check below failing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "document/document.h"
#include "read/boilerplate.h"
#include "read/input_format.h"

namespace rawi::fuzz {

// The source tree's voices/ folder (profiles, lexicons, ar-vocalizer.bin).
std::filesystem::path VoicesDir();

// voices/boilerplate.txt, loaded once.
const BoilerplateFilter& ProjectBoilerplate();

// The fuzz input as text.
inline std::string_view AsText(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// One in-memory file (memfd), rewritten for each input, for the entry points that take a path.
class MemFile {
 public:
  MemFile();
  ~MemFile();
  MemFile(const MemFile&) = delete;
  MemFile& operator=(const MemFile&) = delete;

  // Replaces the file's content with `bytes`; returns a path that opens it (/proc/self/fd/N).
  std::string Write(std::string_view bytes);

 private:
  int fd_;
};

// Aborts, printing `what` and the offset, unless `text` is valid UTF-8.
void CheckUtf8(std::string_view text, const char* what);

// CheckUtf8 of every text in `doc`: title, byline, date, language, headings, paragraphs,
// sentences and their spoken forms.
void CheckDocument(const Document& doc);

// The reader targets: `bytes` as an article file read as `format` through ReadArticle (loading,
// charset detection and decoding, the format's reader, paragraph languages), the Document checked;
// a rawi::Error (an unreadable article) is a fine outcome.
void FuzzReadArticle(std::string_view bytes, InputFormat format);

}  // namespace rawi::fuzz
