// The read-along ebook's documents besides the package (publish/epub_package.h): the navigation
// document (a table of contents by heading and hidden landmarks), the content document (the
// article's text, every sentence a <span id="s-N"> in its <p>), the Media Overlay (SMIL: one
// <par> per item with a non-empty audio clip) and the stylesheet (the highlight of the sentence
// being read, readable in light, sepia, dark and forced-colour themes).
#pragma once

#include <string>

#include "publish/read_along.h"

namespace rawi {

std::string EpubNav(const ReadAlong& book);
std::string EpubContent(const ReadAlong& book);
std::string EpubOverlay(const ReadAlong& book);
std::string EpubStyle();

}  // namespace rawi
