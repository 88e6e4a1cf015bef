#include "normalize/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "util/error.h"

namespace rawi {

Normalizer::Normalizer(NormalizerConfig config) : config_(config) {}

std::string Normalizer::Normalize(std::string_view text) const {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw EngineError(std::string("ICU NFC: ") + u_errorName(status));
  const icu::UnicodeString input =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  icu::UnicodeString composed = nfc->normalize(input, status);
  if (U_FAILURE(status)) throw EngineError(std::string("ICU NFC: ") + u_errorName(status));

  icu::UnicodeString cleaned;
  bool pending_space = false;
  for (int32_t i = 0; i < composed.length();) {
    const UChar32 c = composed.char32At(i);
    i += U16_LENGTH(c);
    const bool space = u_isUWhiteSpace(c) || c == '\t';
    if (space && config_.collapse_whitespace) {
      pending_space = !cleaned.isEmpty();
      continue;
    }
    if (u_charType(c) == U_CONTROL_CHAR) continue;
    if (pending_space) cleaned.append(static_cast<UChar>(' '));
    pending_space = false;
    cleaned.append(c);
  }
  std::string out;
  cleaned.toUTF8String(out);
  return out;
}

void Normalizer::Apply(Document& doc) const {
  doc.title = Normalize(doc.title);
  for (Section& section : doc.sections) {
    if (section.heading) section.heading = Normalize(*section.heading);
    for (Paragraph& paragraph : section.paragraphs) paragraph.text = Normalize(paragraph.text);
  }
}

}  // namespace rawi
