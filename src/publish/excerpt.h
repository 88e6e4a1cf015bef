// Short excerpts of an article's text, cut at a word: a podcast item's description, a table of
// contents entry for an untitled lede.
#pragma once

#include <cstddef>
#include <string>

#include "document/document.h"

namespace rawi {

// The longest run of `text`'s leading words (split at each space, kept as they are) that is at
// most `max_code_points` long; empty when the first word alone is longer.
std::string LeadingWords(const std::string& text, size_t max_code_points);

// An item's description: the first paragraph that has text (its sentences joined by spaces; not
// the credits the voice announces), cut
// at a word to at most kDescriptionMax code points with "…" (which counts) when longer; the
// title when no paragraph has text.
inline constexpr size_t kDescriptionMax = 300;  // podcast apps show a few lines
std::string Description(const Document& doc);

}  // namespace rawi
