#include "normalize/repair.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/diacritics.h"
#include "util/error.h"

namespace rawi {
namespace {

bool IsInvisible(char32_t c) {
  if (c == kTatweel || c == U'\u061C' || c == U'\uFEFF') return true;
  if (c >= U'\u200B' && c <= U'\u200F') return true;  // zero width, LRM, RLM
  if (c >= U'\u202A' && c <= U'\u202E') return true;  // embeddings, overrides
  if (c >= U'\u2060' && c <= U'\u2069') return true;  // word joiner, isolates
  return u_charType(static_cast<UChar32>(c)) == U_FORMAT_CHAR;
}

}  // namespace

char32_t ProtectFraction(char32_t c) {
  switch (c) {
    case U'½':
      return kProtectedHalf;
    case U'¼':
      return kProtectedQuarter;
    case U'¾':
      return kProtectedThreeQuarters;
    case U'⅓':
      return kProtectedThird;
    case U'⅔':
      return kProtectedTwoThirds;
    default:
      return c;
  }
}

void RestoreFractions(std::u32string& text) {
  static constexpr char32_t kOriginal[] = {U'½', U'¼', U'¾', U'⅓', U'⅔'};
  for (char32_t& c : text) {
    if (c >= kProtectedHalf && c <= kProtectedTwoThirds) c = kOriginal[c - kProtectedHalf];
  }
}

std::u32string RepairText(const std::u32string& original) {
  std::u32string text = original;
  for (char32_t& c : text) c = ProtectFraction(c);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) throw EngineError(std::string("ICU NFKC: ") + u_errorName(status));
  icu::UnicodeString input = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
  const icu::UnicodeString folded = nfkc->normalize(input, status);
  if (U_FAILURE(status)) throw EngineError(std::string("ICU NFKC: ") + u_errorName(status));

  std::u32string out;
  out.reserve(static_cast<size_t>(folded.length()));
  for (int32_t i = 0; i < folded.length();) {
    const UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    if (!IsInvisible(static_cast<char32_t>(c))) out.push_back(static_cast<char32_t>(c));
  }
  MoveTanweenOffAlef(out);
  return out;
}

}  // namespace rawi
