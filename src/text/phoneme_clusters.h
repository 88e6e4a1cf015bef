// A measure of how pronounceable eSpeak NG's reading of a word is: the longest run of consonants
// in its IPA transcription. Arabic eSpeak spells a word it does not know as bare consonants
// (بنسبة -> bnsbt), so a run of three or more marks a vowel-less, unintelligible reading.
#pragma once

#include <string_view>

namespace rawi {

// The longest consonant run in one word's IPA (as `espeak-ng --ipa` prints it). Stress, length,
// syllable and other modifier marks (the ˤ of emphatics) are ignored; a geminate (tt, tː) counts
// once, and so does an affricate (dʒ, tʃ, ts, dz).
int LongestConsonantRun(std::string_view ipa_word);

// True when some word of an IPA line has a run of three or more consonants.
bool HasVowellessWord(std::string_view ipa_line);

}  // namespace rawi
