// The title of an HTML page as Readability (Firefox's reader view) chooses it
// (read/html_metadata.h): from the JSON-LD article, the <meta> tags, or the <title>.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "read/html_page_facts.h"

namespace rawi {

// The JSON-LD article's "name" or "headline"; when both are given and differ, the headline when
// it is like the <title>'s choice (TitleFromTitleElement; over three quarters of its words, by
// length, are the headline's) and the name is not, else the name. "" when neither is given.
std::string JsonLdTitle(const nlohmann::json& article, const PageFacts& facts);

// The first <meta> title among dc:title, dcterm:title, og:title, weibo:article:title,
// weibo:webpage:title, title, twitter:title and parsely-title; "" when none.
std::string MetaTitle(const PageFacts& facts);

// The <title> without the site's part: before the last " | ", " - ", " – ", " — ", " / ",
// " \ ", " > " or " » ", or after the first such character when that leaves under three words;
// with no separator, after the last colon (the first when that leaves under three words; the
// whole when more than five words come before the first) unless a heading says the whole; the
// only <h1> when the <title> is under 15 or over 150 characters. The whole <title> when the
// result is four words or fewer (unless the title is a hierarchy, "A / B", that only lost its
// separators), except "Site - Headline of three words or more", which gives the headline.
std::string TitleFromTitleElement(const PageFacts& facts);

// The parts of a <title> split on " | ", " - ", " – " and " — ", in order, not trimmed.
std::vector<std::string_view> TitleParts(std::string_view title);

}  // namespace rawi
