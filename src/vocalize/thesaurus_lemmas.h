// The vocalized lemmas of a MyThes thesaurus (Debian's mythes-ar: /usr/share/mythes/th_ar*.dat).
//
// A MyThes data file starts with its encoding (UTF-8 here; other encodings are converted with
// ICU) and then has, for each headword, "WORD|N" and N lines "(POS)|SYNONYM|SYNONYM…". mythes-ar
// writes its synonyms vocalized: (فعل)|مَرَضَ, (مصدر)|رَغْبَة|أُمْنِيَة. Every one-word synonym
// vocalized in full becomes an entry (half-vocalized ones such as تَأجيل are skipped): (فعل) a
// past verb, (اسم) and (مصدر) nouns. A written form takes
// its vocalizations by how often the thesaurus gives them, the most frequent first.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "vocalize/vocalized_lexicon.h"

namespace rawi {

// The installed Arabic thesaurus, if any: the first of th_ar.dat, th_ar_LY_v2.dat and any other
// th_ar*.dat in /usr/share/mythes.
std::optional<std::filesystem::path> FindArabicThesaurus();

// Reads a MyThes data file into `lexicon`; throws a FileError when it cannot be read or its
// encoding is unknown.
void LoadThesaurusLemmas(const std::filesystem::path& file, VocalizedLexicon& lexicon);
void LoadThesaurusText(std::string_view bytes, const std::string& origin,
                       VocalizedLexicon& lexicon);

}  // namespace rawi
