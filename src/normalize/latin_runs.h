// The Latin-runs recognizer, and words in general: a word ends where the script changes
// ("وUNSMIL" is و then UNSMIL); an all-capital Latin word of 2 to 6 letters is spelled out
// (UNSMIL -> U N S M I L); a web or e-mail address is read in its short form
// (www.example.com/news -> example dot com, info@libya.ly -> info at libya dot ly). Other words
// are copied as they are. Lexicon entries are matched before this (arabic_normalizer.cc).
#pragma once

#include "normalize/scan.h"

namespace rawi {

// A word (or a lone ° sign) at the cursor; notes it as the previous word.
bool ReadLetters(Scan& s);

}  // namespace rawi
