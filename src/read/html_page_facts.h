// What one walk over an HTML page gathers for its metadata (read/html_metadata.h): the <meta>
// values, the JSON-LD article, the <title>, the headings, <html lang>, and the date candidates.
#pragma once

#include <libxml/tree.h>

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace rawi {

struct PageFacts {
  // Every <meta> with content (white space collapsed), keyed by each of its property, name and
  // itemprop attributes, lowercased; the first <meta> of a key wins.
  std::map<std::string, std::string> meta;
  // Readability's keys for titles: property and name lowercased, "." read as ":" ("dc.title"
  // -> "dc:title"), each name of a white-space separated list a key; the last <meta> of a key
  // wins, as in Readability.
  std::map<std::string, std::string> title_meta;
  // The article of the first <script type="application/ld+json"> that has one
  // (read/html_jsonld.h).
  std::optional<nlohmann::json> article;
  std::string first_h1;               // the first <h1> outside the site's furniture (below)
  size_t h1_count = 0;                // all of them
  std::vector<std::string> headings;  // every h1 and h2, white space collapsed
  std::string title_element;          // the first <title>, white space collapsed
  std::string html_lang;              // the first <html>'s lang attribute
  std::string time_datetime;  // the datetime of the first <time> outside the site's furniture
  // The first short (200 bytes at most) element classed or id'd "…date…" that holds a date
  // (read/date_text.h) outside the site's furniture, before and after the first <h1>: a site's
  // "today" line in its masthead comes before the headline, the article's after.
  std::string date_line_before_h1;
  std::string date_line;
  // The text of the first short (200 bytes at most) element outside the site's furniture that
  // marks its author (read/html_furniture.h's MarksAuthor), not a heading, as Readability finds
  // a byline; white space collapsed.
  std::string byline_line;
};

// Walks `doc` once. The site's furniture is what is inside nav, aside, footer or form, or
// inside a <header> that is not itself inside <article> or <main>.
PageFacts CollectFacts(const xmlDoc* doc);

}  // namespace rawi
