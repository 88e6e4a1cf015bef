// Two spellings of vocalized Arabic. The vocalizer writes the standard one, as vocalized corpora
// and dictionaries do (بِالْعَمَل, وَاسْتَخْدَمَ, الِاسْتِخْدَام), so that its output can be compared
// with them. eSpeak NG misreads some of it: an alef of hamzat wasl after a vowel is read as a long
// ā (بِالْعَمَل -> bi-āl-ʕamal, وَاسْتَخْدَمَ -> wā-staxdama), الْاِ gets a glottal stop, and an
// unmarked wasl alef that starts a word is read a (انْفِجَار -> anfijār). Before speaking, rawi
// writes the alefs inside a word as alef wasla (بِٱلْعَمَل, وَٱسْتَخْدَمَ, الِٱسْتِخْدَام), which
// eSpeak NG reads as nothing, and gives the first a kasra (اِنْفِجَار).
#pragma once

#include <string>
#include <string_view>

#include "vocalize/marked_word.h"

namespace rawi {

// Standard spelling: alef wasla as plain alef.
void StandardSpelling(std::u32string& vocalized);

// The spelling eSpeak NG reads right (see above), for one vocalized word.
void EspeakSpelling(std::u32string& vocalized);
// The same for every Arabic word of a line.
std::string EspeakSpellingOfLine(std::string_view line);

// Tidies a reading from a corpus into one standard spelling, so that its variants count as one:
// no mark on a wasl alef that starts a word (انْفِجَار); الْاِ for the article before one
// (الْاِحْتِلَال, not الِاحْتِلَال or الاحْتِلَال); a fatha typed on a long ā's alef moved to the
// letter before (صَلَاح); tanween on the consonant before a final alef (ذَهَابًا, not ذَهَاباً); the
// vowel of a proclitic before the article (بِالْ); a sukun on the article's lam before a moon
// letter where it was left out (الْمَاجِسْتِير).
void TidyReading(MarkedWord& word);

}  // namespace rawi
