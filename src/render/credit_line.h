// The credits said after an article's title, before its text, as the voice profile announces
// them (synth/voice_profile.h's Announcements): who published it, who wrote it, and when.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "synth/voice_profile.h"

namespace rawi {

// The credit sentences for `doc`, in its language (Arabic, else English), in this order and
// each only when announced and known:
//  - the site's name: «عن بوابة الوسط.» / "From Al Wasat.";
//  - the byline: «بقلم سالم الورفلي.» / "By Jane Roe.";
//  - the date, from date_iso (a date the page wrote in a form rawi could not read is not said):
//    «نُشر في 17 نوفمبر 2024.» / "Published on November 17, 2024.".
std::vector<std::string> CreditSentences(const Document& doc, const Announcements& announce);

// Turns a written line in a language into what the voice says (TextPipeline::SpokenLine).
using SpokenLineFn = std::function<std::string(std::string_view, const std::string&)>;

// Puts CreditSentences(doc, announce) before the text as its first paragraph, marked `credits`
// (in a lede of its own when the text starts with a heading), each sentence's spoken form from
// `spoken_line`. Leaves `doc` as it is when there is nothing to say.
void AddCredits(Document& doc, const Announcements& announce, const SpokenLineFn& spoken_line);

}  // namespace rawi
