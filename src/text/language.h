// A BCP 47 language tag as the stages use it: its primary subtag decides which text stages apply
// (Arabic normalizer and vocalizer, or English), the writing direction and the interface words.
#pragma once

#include <string>
#include <string_view>

namespace rawi {

class Language {
 public:
  // `tag` as a document, a flag or a page gives it: "ar", "ar-LY", "AR_eg", "en-GB"; "" unknown.
  explicit Language(std::string_view tag);

  // The primary subtag, lower-cased: "ar" for "AR-ly"; "" for an empty tag.
  const std::string& primary() const { return primary_; }

  // Arabic: "ar" or one of the languages ISO 639-3 counts in the Arabic macrolanguage
  // (Egyptian "arz", Moroccan "ary", Levantine "apc", Gulf "afb", …). Not "arn" (Mapudungun) nor
  // "arc" (Aramaic), which merely begin with the same letters.
  bool IsArabic() const;

  // Written right to left (Arabic, Persian, Urdu, Pashto, Sindhi, Hebrew, Yiddish, Syriac, …).
  bool IsRightToLeft() const;

  // The HTML/EPUB `dir` value: "rtl" or "ltr".
  const char* Direction() const { return IsRightToLeft() ? "rtl" : "ltr"; }

 private:
  std::string primary_;
};

}  // namespace rawi
