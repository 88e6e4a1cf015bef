// Page furniture: the parts of a news page around the article that are never read.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <string_view>

namespace rawi {

// Elements whose content is never article text: scripts and styles, navigation, page header and
// footer, sidebars (aside), forms and their controls, figures with their captions, embedded
// frames and media.
bool IsFurnitureTag(std::string_view tag);

// Whether the element's class or id names furniture: it contains one of comment, share, social,
// related, newsletter, advert, promo, breadcrumb, tags, cookie, subscribe, sponsor, byline,
// author, writer, dateline, sidebar, widget, popular, trending, most-read, read-more, consent,
// gdpr, disqus, outbrain, taboola, pagination, and Readability's legends, community, shoutbox,
// skyscraper, supplemental, agegate, replies (case-insensitive),
// or has one of the words ad, ads, nav, menu, footer, header, meta (split on anything but ASCII
// letters and digits), or a word ending in "caption" ("image-caption", "wp-caption") that does
// not say the element has none or has one ("no_caption", "has-caption").
bool HasFurnitureName(const xmlNode* element);

// Whether the element marks the page's author, as Readability finds a byline: rel="author", an
// itemprop naming "author", or a class or id naming byline, author or writer (not a comment's:
// "comment-author").
bool MarksAuthor(const xmlNode* element);

// A credit line: at most 200 bytes of text, with a child other than a heading that marks the
// author (a row of
// source, writer and date under a headline: «دبي - العربية.نت | نادين الحسيني | 14 يناير»).
bool IsCreditLine(const xmlNode* element, size_t text_bytes);

// In an embedded post (a <blockquote> classed twitter-tweet or twitter-video, as X gives posts to
// embed and WordPress keeps them), what is not the post's text: the author and date line after
// its <p> (text or elements directly in the quote); and anywhere, a picture link written out
// ("pic.twitter.com/…", "pic.x.com/…").
bool IsEmbeddedPostCredit(const xmlNode* node);

// Hidden from readers: the hidden attribute, aria-hidden="true", or an inline display:none or
// visibility:hidden.
bool IsHidden(const xmlNode* element);

// The length in bytes of a "read also" label that `text` starts with («اقرأ أيضا», «إقرأ أيضاً»,
// «شاهد أيضا», «المزيد», «… ذات صلة», "Read more", "See also", "Related"; ASCII letters in any
// case) together with the colon, dash or white space after it; 0 when `text` does not start
// with one or the label runs on into a word ("Relatedly"). Whether the line is only a label, or a
// label before a link, is for the caller to tell: "Related to this, …" is text.
size_t ReadAlsoLabelLength(std::string_view text);

}  // namespace rawi
