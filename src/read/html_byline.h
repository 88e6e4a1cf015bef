// Who wrote an HTML page's article, from what the page marks as its byline
// (read/html_metadata.h).
#pragma once

#include <string>
#include <string_view>

#include "read/html_page_facts.h"

namespace rawi {

// The name in a byline as pages write it: after the last colon of a credit («بنغازي - بوابة
// الوسط: عبدالرحمن البكوش», «تونس: كمال بن يوسف»; not a time's colon); without a leading "By",
// "Posted by", "Written by", "por", "par", "von", «بقلم», «كتب», «بواسطة», «إعداد»; before a date
// or time that follows the name ("Dan Goodin - Apr 16, 2015", "Joe Wee Monday, February 29", "James
// Akinaka • 8h": the first word with a digit, or a month or weekday name followed by another or a
// number); trailing commas dropped. "" when what is left is not a name or a short list of names:
// empty, over ten words, or a sentence (a full stop after a word of more than two letters).
std::string BylineName(std::string_view written);

// The site's name: <meta property="og:site_name">, <meta name="application-name">, the JSON-LD
// publisher's "name", else the first or last part of a <title> split on " | ", " - ", " – ",
// " — " (the one that is not the longest part, the headline; the last when both are not),
// trimmed; "" when none.
std::string SiteName(const PageFacts& facts);

// Whether `author` is the site rather than a writer: the page's og:site_name or
// application-name, the JSON-LD publisher's name, or a part of the <title> that is not the
// headline ("بوابة الوسط" in «بوابة الوسط | افتتاح مستشفى …»).
bool IsSiteName(std::string_view author, const PageFacts& facts);

}  // namespace rawi
