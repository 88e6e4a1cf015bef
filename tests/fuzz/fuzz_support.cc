#include "fuzz_support.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "read/article_reader.h"
#include "text/utf8.h"
#include "util/error.h"

namespace rawi::fuzz {

std::filesystem::path VoicesDir() { return RAWI_VOICES_DIR; }

const BoilerplateFilter& ProjectBoilerplate() {
  static const BoilerplateFilter filter =
      BoilerplateFilter::FromFile(VoicesDir() / "boilerplate.txt");
  return filter;
}

MemFile::MemFile() : fd_(memfd_create("rawi-fuzz-input", 0)) {
  if (fd_ < 0) {
    std::perror("memfd_create");
    std::abort();
  }
}

MemFile::~MemFile() { close(fd_); }

std::string MemFile::Write(std::string_view bytes) {
  if (ftruncate(fd_, 0) != 0) std::abort();
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = pwrite(fd_, bytes.data() + done, bytes.size() - done, done);
    if (n <= 0) std::abort();
    done += static_cast<size_t>(n);
  }
  return "/proc/self/fd/" + std::to_string(fd_);
}

void CheckUtf8(std::string_view text, const char* what) {
  if (const auto bad = FindInvalidUtf8(text)) {
    std::fprintf(stderr, "fuzz check: %s is not valid UTF-8 at byte %zu\n", what, *bad);
    std::abort();
  }
}

void CheckSentence(const Sentence& sentence, const char* what, const char* spoken_what) {
  CheckUtf8(sentence.written, what);
  if (sentence.spoken) CheckUtf8(*sentence.spoken, spoken_what);
}

void CheckDocument(const Document& doc) {
  CheckSentence(doc.title, "title", "spoken title");
  CheckUtf8(doc.byline, "byline");
  CheckUtf8(doc.date, "date");
  CheckUtf8(doc.language, "language");
  for (const Section& section : doc.sections) {
    if (section.heading) CheckSentence(*section.heading, "heading", "spoken heading");
    for (const Paragraph& paragraph : section.paragraphs) {
      CheckUtf8(paragraph.text, "paragraph");
      CheckUtf8(paragraph.language, "paragraph language");
      for (const Sentence& sentence : paragraph.sentences) {
        CheckSentence(sentence, "sentence", "spoken sentence");
      }
    }
  }
}

void FuzzReadArticle(std::string_view bytes, InputFormat format) {
  static MemFile file;
  ReadConfig config;
  config.format = format;
  try {
    CheckDocument(ReadArticle(file.Write(bytes), ProjectBoilerplate(), config));
  } catch (const Error&) {
  }
}

}  // namespace rawi::fuzz
