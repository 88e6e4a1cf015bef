// The read-along page's template as data (publish/readalong_page.h lays out the markup they
// serve): its stylesheet, its script, and the words of its interface in Arabic and English.
#pragma once

#include <string_view>

#include "text/language.h"

namespace rawi {

// The page's CSS: light and dark schemes meeting WCAG AA, the current sentence ("now") tinted
// and underlined, its word ("now-word") tinted, a sticky player, nothing but text when printed.
std::string_view ReadalongStyle();

// The page's script: follows the audio, marking the cue being spoken (and its word, when the
// timings have words) and keeping it in view, and takes the keyboard (readalong_page.h).
std::string_view ReadalongScript();

// The page's interface text in one language.
struct ReadalongUiText {
  std::string_view nav;    // the section list's accessible name
  std::string_view lede;   // the lede's entry in it
  std::string_view audio;  // the player's accessible name
  std::string_view keys;   // the keyboard help (HTML): NEXT and PREVIOUS stand for the arrows
};

// Arabic for `primary_subtag` "ar", else English.
const ReadalongUiText& ReadalongUi(const Language& language);

}  // namespace rawi
