// Article bytes into UTF-8 text, whatever encoding they came in: every stage after this sees
// UTF-8. Conversions use ICU (ucnv); legacy Arabic encodings are recognized with ICU's charset
// detector (ucsdet).
//
// DecodeArticle's rule, first match wins:
//  1. A byte order mark: UTF-16LE, UTF-16BE (converted) or UTF-8 (dropped; the rest must be valid
//     UTF-8).
//  2. A NUL byte is binary data, not an article.
//  3. Valid UTF-8 with non-ASCII characters is UTF-8, whatever is declared: legacy Arabic text
//     practically never forms valid UTF-8, and pages that moved to UTF-8 often keep their old
//     <meta charset="windows-1256">.
//  4. A declared charset (HTML <meta>, HTTP Content-Type) that ICU knows, other than UTF-8 and
//     UTF-16, converts the bytes; bytes it cannot map become U+FFFD. Otherwise valid UTF-8
//     (here: plain ASCII) is taken as it is.
//  5. Bytes that are mostly not UTF-8 (more ill-formed sequences than well-formed multi-byte ones)
//     are converted from windows-1256 or ISO-8859-6 when ICU's detector names one of them with
//     confidence >= kMinDetectConfidence and the result has at least kMinDetectedLetters
//     Arabic-script letters, making up at least 80% of its non-ASCII letters.
//  6. Anything else is "invalid UTF-8 at byte N" (N counted from the start of the file).
// So a UTF-8 article with a stray byte stays an error rather than turning into mojibake, and
// a Latin-1 file is not silently misread as Arabic.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rawi {

inline constexpr int kMinDetectConfidence = 20;  // ucsdet's 0..100 scale
inline constexpr size_t kMinDetectedLetters = 20;

// UTF-8 text of `bytes` by the rule above. `declared` is the charset label the source declares
// ("" when none); `markup` lets the detector skip HTML tags. Throws a FileError naming `source`
// for binary data or text in no encoding rawi can tell.
std::string DecodeArticle(std::string_view bytes, std::string_view declared,
                          const std::string& source, bool markup);

// Step 1 alone: the text after a UTF-16 or UTF-8 byte order mark, nullopt without one. After a
// UTF-16 mark it is UTF-8 (sequences that are not UTF-16 become U+FFFD); after a UTF-8 mark it is
// the bytes as they are, not yet checked (DecodeArticle checks them).
std::optional<std::string> DecodeByteOrderMark(std::string_view bytes);

// The ICU converter name for a charset label as web pages and servers write it
// ("Windows-1256", "iso-8859-6", "latin1" -> "windows-1252" as browsers read it); nullopt for
// UTF-8, UTF-16 (bytes that reach a label are ASCII-compatible) and labels ICU does not know.
std::optional<std::string> LegacyCharset(std::string_view label);

// The charset parameter of a Content-Type value ("text/html; charset=windows-1256" ->
// "windows-1256"), unquoted; "" when there is none.
std::string CharsetFromContentType(std::string_view content_type);

// `bytes` converted from the ICU charset `charset` into UTF-8, unmappable bytes as U+FFFD;
// nullopt when ICU has no such converter.
std::optional<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset);

}  // namespace rawi
