// Languages of paragraphs and of the whole article, as the readers assign them.
// rawi speaks Arabic and English, so a language here is "ar" or "en": the script of a text decides
// (Arabic-script letters against Latin ones), an explicit language tag may say otherwise.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "document/document.h"

namespace rawi {

// "ar" when Arabic-script letters outnumber Latin ones, "en" when Latin ones are at least as
// many; nullopt for a text without Arabic or Latin letters (digits, punctuation).
std::optional<std::string> ScriptLanguage(std::string_view text);

// The primary subtag of a BCP 47 tag, lowercased ("ar-LY" -> "ar", " EN_us" -> "en"); nullopt
// unless it is 2 or 3 ASCII letters.
std::optional<std::string> PrimaryLanguageSubtag(std::string_view tag);

// Gives every paragraph without a language its script's language, else `fallback`.
void FillParagraphLanguages(Document& doc, const std::string& fallback);

// The language most of the article's letters are in, counting each paragraph's letters under
// that paragraph's language (its script's when it has none); `fallback` when no paragraph has a
// letter.
std::string MajorityLanguage(const Document& doc, const std::string& fallback);

// --lang: the article and every paragraph are read as `language`.
void OverrideLanguage(Document& doc, const std::string& language);

}  // namespace rawi
