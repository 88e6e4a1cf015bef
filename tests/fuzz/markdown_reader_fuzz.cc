// Fuzzes the Markdown reader: the input is an article file read as Markdown
// (read/markdown_reader.h: front matter, md4c), decoded first as every article is.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rawi::fuzz::FuzzReadArticle(rawi::fuzz::AsText(data, size), rawi::InputFormat::kMarkdown);
  return 0;
}
