// What an HTML page says about its article outside the text: title, author, date, language.
// The page is walked once (read/html_page_facts.h); the JSON-LD article is read by
// read/html_jsonld.h and the title chosen by read/html_title.h.
//
// Sources, first found wins:
//  - title:  as Readability (Firefox's reader view) decides: the JSON-LD article's "name" or
//            "headline" (when both differ, the one like the <title>'s choice), else the last
//            <meta> named dc:title, dcterm:title, og:title, weibo:*:title, title, twitter:title
//            or parsely-title (names as "DC.title" normalized), else the <title> without the
//            site's part (before the last " | ", " - ", " – ", " / "…, or after the first when
//            that leaves under three words; after a colon unless a heading says the whole; the
//            only <h1> when the <title> is under 15 or over 150 characters; the whole title when
//            the result is four words or fewer, except "Site - Headline of three words or more",
//            which gives the headline), else the first <h1> that is not site furniture (not in
//            nav, aside, footer, form, or a <header> outside <article>/<main>);
//  - byline: the JSON-LD article's "author" (a name, a {"name": …} object, or a list of them,
//            joined with commas; an author whose "@type" ends in "Organization" is skipped), as
//            Readability prefers them: <meta> dc:creator (property, or name "DC.creator"),
//            dcterm:creator, author, parsely-author, article:author (unless it is a URL, as
//            Facebook profile links are); when none is given or it names the site
//            (read/html_byline.h), the name in the page's byline element (rel="author", itemprop
//            "author", a class or id naming byline, author or writer) when there is one;
//  - site_name: <meta property="og:site_name">, <meta name="application-name">, the JSON-LD
//            publisher's "name", else the part of the <title> around the headline (read/
//            html_byline.h's SiteNameFromTitle);
//  - date:   the JSON-LD article's "datePublished", <meta property="article:published_time">,
//            <meta name="parsely-pub-date">,
//            <meta itemprop="datePublished">, <meta name="date" | "pubdate" | "publishdate" |
//            "dc.date">, as written (ISO 8601 on almost every news site); else the first
//            <time datetime> that holds a date, or the first element whose class or id contains
//            "date" and whose text (200 bytes at most) holds one, outside the site's furniture
//            (nav, aside, footer, form, a <header> outside <article>/<main>), after the first
//            <h1> outside the furniture when one there holds a date;
//  - language: the primary subtag of <html lang>;
//  - article_body: the JSON-LD article's "articleBody";
//  - declares_article: a JSON-LD article was found, or <meta property="og:type"> says "article";
//  - live_blog: the JSON-LD article is a "LiveBlogPosting".
// The JSON-LD article is the first object whose "@type" is one of Readability's article types
// (read/html_jsonld.h), at the top of a <script type="application/ld+json">, in a
// list there, or in its "@graph". JSON that does not parse is ignored.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace rawi {

struct HtmlMetadata {
  std::string title;
  std::string byline;
  std::string site_name;
  std::string date;
  std::string language;
  // The JSON-LD article's "articleBody", line breaks kept: the text itself on pages that render
  // it with script (the visible body is then empty).
  std::string article_body;
  // What the page says it is: an article (front pages and section indexes say "website" or
  // nothing), and a live blog (a list of timed posts rather than one text).
  bool declares_article = false;
  bool live_blog = false;
};

HtmlMetadata ReadHtmlMetadata(const xmlDoc* doc);

// A <title> without the site's name: split on " | ", " - ", " – ", " — " and keep the longest
// part (in code points), trimmed.
std::string StripSiteName(std::string_view title);

}  // namespace rawi
