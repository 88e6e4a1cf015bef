// Fuzzes the HTML reader: the input is a page's bytes read as HTML (read/html_reader.h), including
// the page's declared charset (read/html_charset.h) and decoding. scripts/fuzz caps its length
// (-max_len) below what makes libxml2 2.9 superlinear on one tag with very many attributes.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rawi::fuzz::FuzzReadArticle(rawi::fuzz::AsText(data, size), rawi::InputFormat::kHtml);
  return 0;
}
