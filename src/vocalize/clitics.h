// Clitics: the proclitics و ف ب ل ك س (and their chains, such as وب فل وس), the article ال
// (لل after ل) and the pronoun suffixes ه ها هم هما هن كم كن نا ي ك around a stem.
//
// SplitClitics lists the ways to read a bare word as clitics + stem, the whole word first and
// then by growing number of clitics; AttachClitics puts the clitics back with their vowels:
// وَ فَ كَ سَ بِ لِ; the article as الشّ (sun letter, shadda) or الْ (moon letter, sukun); after
// a proclitic the article's alef and a stem's hamzat wasl become alef wasla (وَٱلْمُدُن,
// بِٱسْتِخْدَام), which eSpeak NG reads without a vowel of its own; لِ + ال is لِلْ; a stem
// starting with hamzat wasl after the article gives الِٱسْتِقْرَار. Before a pronoun suffix the
// stem ends in kasra (a noun: the genitive, the commonest case there in news), damma (an
// imperfect) or fatha (a past verb; sukun after the ت of فَعَلَت); a stem written with ت, ا, ئ or ؤ
// before a suffix is also tried as ending in ة, ى or ء (كفاءتها, مستواه, أدائها), and the
// letter is written back as it was.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vocalize/stem_entry.h"

namespace rawi {

struct CliticSplit {
  std::u32string proclitics;      // "", "و", "ب", "وب", "فس" …, in written order
  bool article = false;           // ال (written ل after a ل proclitic)
  std::u32string stem;            // bare
  std::u32string suffix;          // "", "ه", "ها" …
  ClassMask classes = kAnyClass;  // word classes the stem may have here
  char32_t written_last = 0;      // how the stem's last letter is written before the suffix, when
                              // that differs (ت for ة, ا for ى, ئ or ؤ for ء); 0 otherwise

  bool operator==(const CliticSplit&) const = default;
};

// Every reading of `bare` (a word without marks) with a stem of two letters or more, the whole
// word first.
std::vector<CliticSplit> SplitClitics(std::u32string_view bare);

// The vocalized word: `split`'s clitics around the vocalized stem (whose class decides the vowel
// before a suffix).
std::u32string AttachClitics(const CliticSplit& split, const StemEntry& stem);

}  // namespace rawi
