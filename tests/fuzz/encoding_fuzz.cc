// Fuzzes encoding detection and decoding (read/encoding.h, read/html_charset.h). The input's first
// line (up to 64 bytes before a '\n') is a declared charset label or Content-Type, the rest the
// article's bytes; without a '\n' the whole input is the bytes and nothing is declared. Whatever
// the bytes, decoded text must be valid UTF-8.
#include "fuzz_support.h"
#include "read/encoding.h"
#include "read/html_charset.h"
#include "util/error.h"

namespace {

using rawi::fuzz::CheckUtf8;

void Decode(std::string_view bytes, std::string_view declared, bool markup) {
  try {
    CheckUtf8(rawi::DecodeArticle(bytes, declared, "fuzz", markup), "DecodeArticle");
  } catch (const rawi::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input = rawi::fuzz::AsText(data, size);
  std::string_view label, bytes = input;
  if (const size_t newline = input.substr(0, 65).find('\n'); newline != std::string_view::npos) {
    label = input.substr(0, newline);
    bytes = input.substr(newline + 1);
  }
  const std::string content_type_charset = rawi::CharsetFromContentType(label);
  const std::optional<std::string> legacy = rawi::LegacyCharset(label);
  const auto unmarked = rawi::DecodeByteOrderMark(bytes);
  if (unmarked && !bytes.starts_with("\xEF\xBB\xBF")) CheckUtf8(*unmarked, "UTF-16 text");
  const std::string meta_charset = rawi::DeclaredHtmlCharset(bytes);

  Decode(bytes, label, /*markup=*/false);
  Decode(bytes, content_type_charset, /*markup=*/false);
  Decode(bytes, meta_charset, /*markup=*/true);
  if (legacy) {
    const auto converted = rawi::ConvertToUtf8(bytes, *legacy);
    if (converted) CheckUtf8(*converted, "ConvertToUtf8");
  }
  return 0;
}
