#include "read/encoding.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "read/ascii_case.h"
#include "util/error.h"

namespace rawi {
namespace {

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
  void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";
constexpr size_t kDetectPrefixBytes = 256 * 1024;

struct Utf8Evidence {
  size_t multibyte = 0;  // well-formed sequences of two or more bytes
  size_t invalid = 0;    // ill-formed sequences
  std::optional<size_t> first_invalid;
};

Utf8Evidence WeighUtf8(std::string_view bytes) {
  Utf8Evidence evidence;
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, length, c);
    if (c < 0) {
      ++evidence.invalid;
      if (!evidence.first_invalid) evidence.first_invalid = static_cast<size_t>(start);
    } else if (i - start > 1) {
      ++evidence.multibyte;
    }
  }
  return evidence;
}

// Whether converted text reads as Arabic: enough Arabic-script letters, and they make up most of
// the letters outside ASCII (a Latin-1 file decoded as windows-1256 yields accented Latin letters
// and stray Arabic ones).
bool ReadsAsArabic(std::string_view text) {
  size_t arabic = 0;
  size_t other = 0;
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0x80 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    (uscript_getScript(c, &status) == USCRIPT_ARABIC ? arabic : other) += 1;
  }
  return arabic >= kMinDetectedLetters && arabic * 5 >= (arabic + other) * 4;
}

std::optional<std::string> DetectArabicLegacy(std::string_view bytes, const Utf8Evidence& evidence,
                                              bool markup) {
  if (evidence.invalid <= evidence.multibyte) return std::nullopt;  // UTF-8 with damage

  UErrorCode status = U_ZERO_ERROR;
  DetectorPtr detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return std::nullopt;
  const std::string_view sample = bytes.substr(0, kDetectPrefixBytes);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  ucsdet_enableInputFilter(detector.get(), markup);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return std::nullopt;
  const std::string name = AsciiLower(ucsdet_getName(match, &status));
  const int32_t confidence = ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status) || confidence < kMinDetectConfidence) return std::nullopt;
  if (name != "windows-1256" && name != "iso-8859-6") return std::nullopt;
  std::optional<std::string> text = ConvertToUtf8(bytes, name);
  if (!text || !ReadsAsArabic(*text)) return std::nullopt;
  return text;
}

}  // namespace

std::optional<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status)) return std::nullopt;
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(),
                                status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::optional<std::string> DecodeByteOrderMark(std::string_view bytes) {
  if (bytes.starts_with(kUtf8Bom)) return std::string(bytes.substr(kUtf8Bom.size()));
  const char* charset = bytes.starts_with(kUtf16LeBom)   ? "UTF-16LE"
                        : bytes.starts_with(kUtf16BeBom) ? "UTF-16BE"
                                                         : nullptr;
  if (charset == nullptr) return std::nullopt;
  return ConvertToUtf8(bytes.substr(2), charset);
}

std::optional<std::string> LegacyCharset(std::string_view label) {
  std::string name = AsciiLower(label);
  name.erase(std::remove_if(name.begin(), name.end(),
                            [](char c) { return c == ' ' || c == '"' || c == '\''; }),
             name.end());
  if (name.empty() || name == "utf-8" || name == "utf8" || name.starts_with("utf-16") ||
      name == "unicode") {
    return std::nullopt;
  }
  // As browsers do (WHATWG Encoding): these labels mean windows-1252.
  if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii" ||
      name == "iso8859-1" || name == "l1") {
    name = "windows-1252";
  }
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) return std::nullopt;
  return name;
}

std::string CharsetFromContentType(std::string_view content_type) {
  const std::string lower = AsciiLower(content_type);
  size_t at = lower.find("charset");
  while (at != std::string::npos) {
    size_t i = at + 7;
    while (i < lower.size() && lower[i] == ' ') ++i;
    if (i < lower.size() && lower[i] == '=') {
      ++i;
      while (i < lower.size() && lower[i] == ' ') ++i;
      const bool quoted = i < lower.size() && (lower[i] == '"' || lower[i] == '\'');
      const char end_mark = quoted ? lower[i] : ';';
      if (quoted) ++i;
      size_t end = i;
      while (end < lower.size() && lower[end] != end_mark && (quoted || lower[end] != ' ')) ++end;
      return std::string(content_type.substr(i, end - i));
    }
    at = lower.find("charset", at + 7);
  }
  return "";
}

std::string DecodeArticle(std::string_view bytes, std::string_view declared,
                          const std::string& source, bool markup) {
  size_t offset = 0;  // of `bytes` in the file, for messages
  if (bytes.starts_with(kUtf16LeBom) || bytes.starts_with(kUtf16BeBom)) {
    return DecodeByteOrderMark(bytes).value_or("");
  }
  const bool utf8_bom = bytes.starts_with(kUtf8Bom);
  if (utf8_bom) {
    bytes.remove_prefix(kUtf8Bom.size());
    offset = kUtf8Bom.size();
  }
  if (const size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    throw FileError(source, "binary data (NUL byte at offset " + std::to_string(offset + nul) +
                                "), expected UTF-8 text");
  }
  const Utf8Evidence evidence = WeighUtf8(bytes);
  const bool valid = !evidence.first_invalid;
  if (valid && (utf8_bom || evidence.multibyte > 0)) return std::string(bytes);
  if (!utf8_bom) {
    if (const auto charset = LegacyCharset(declared)) {
      if (auto text = ConvertToUtf8(bytes, *charset)) return *text;
    }
  }
  if (valid) return std::string(bytes);
  if (!utf8_bom) {
    if (auto text = DetectArabicLegacy(bytes, evidence, markup)) return *text;
  }
  throw FileError(source,
                  "invalid UTF-8 at byte " + std::to_string(offset + *evidence.first_invalid));
}

}  // namespace rawi
