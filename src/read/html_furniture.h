// Page furniture: the parts of a news page around the article that are never read.
#pragma once

#include <libxml/tree.h>

#include <string_view>

namespace rawi {

// Elements whose content is never article text: scripts and styles, navigation, page header and
// footer, sidebars (aside), forms and their controls, figures with their captions, embedded
// frames and media.
bool IsFurnitureTag(std::string_view tag);

// Whether the element's class or id names furniture: it contains one of comment, share, social,
// related, newsletter, advert, promo, breadcrumb, tags, cookie, subscribe, sponsor, byline,
// author, dateline, sidebar, widget, popular, trending, most-read, read-more (case-insensitive),
// or has one of the words ad, ads, nav, menu, footer, header, meta (split on anything but ASCII
// letters and digits).
bool HasFurnitureName(const xmlNode* element);

// Hidden from readers: the hidden attribute, aria-hidden="true", or an inline display:none or
// visibility:hidden.
bool IsHidden(const xmlNode* element);

}  // namespace rawi
