// What an HTML page says about its article outside the text: title, author, date, language.
//
// Sources, first found wins:
//  - title:  <meta property="og:title">, the JSON-LD article's "headline", the first <h1> that is
//            not site furniture (not in nav, aside, footer, form, or a <header> outside
//            <article>/<main>), else <title> minus the site name;
//  - byline: the JSON-LD article's "author" (a name, a {"name": …} object, or a list of them,
//            joined with commas), <meta name="author">, <meta property="article:author"> (unless
//            it is a URL, as Facebook profile links are);
//  - date:   the JSON-LD article's "datePublished", <meta property="article:published_time">,
//            <meta itemprop="datePublished">, <meta name="date" | "pubdate" | "publishdate" |
//            "dc.date">, as written (ISO 8601 on almost every news site);
//  - language: the primary subtag of <html lang>.
// The JSON-LD article is the first object whose "@type" is "Article", ends in "NewsArticle" or
// is "BlogPosting", at the top of a <script type="application/ld+json">, in a list there, or in
// its "@graph". JSON that does not parse is ignored.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace rawi {

struct HtmlMetadata {
  std::string title;
  std::string byline;
  std::string date;
  std::string language;
};

HtmlMetadata ReadHtmlMetadata(const xmlDoc* doc);

// A <title> without the site's name: split on " | ", " - ", " – ", " — " and keep the longest
// part (in code points), trimmed.
std::string StripSiteName(std::string_view title);

}  // namespace rawi
