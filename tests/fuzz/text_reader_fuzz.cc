// Fuzzes the plain-text reader: the input is an article file read as text (read/text_reader.h),
// decoded first as every article is (byte order marks, legacy Arabic charsets).
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rawi::fuzz::FuzzReadArticle(rawi::fuzz::AsText(data, size), rawi::InputFormat::kText);
  return 0;
}
