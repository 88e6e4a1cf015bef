// The two measures of a vocalization (scripts/score-vocalization, rawi vocalize --score):
//
// vowel-less rate: the share of Arabic words that eSpeak NG reads with three or more consonants
// in a row (LongestConsonantRun >= 3 in text/phoneme_clusters.h), each word read on its own.
//
// word error rate: against a gold vocalization of the same text, line by line, the word-level
// edit distance (substitutions, deletions, insertions) over the number of gold words. Words are
// compared in ComparableForm, so the final (case) mark and spelling conventions do not count.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vocalize/phonemizer.h"

namespace rawi {

// The Arabic words of a text (runs of Arabic letters and marks), as UTF-8.
std::vector<std::string> ArabicWords(std::string_view text);

struct VowellessCount {
  size_t words = 0;
  size_t vowelless = 0;
  std::vector<std::string> examples;  // the vowel-less words, in order, each once
};
VowellessCount CountVowelless(std::string_view text, const Phonemizer& phonemizer);

// A word as the word error rate compares it: the marks after its last letter dropped (a shadda
// there kept), sukun dropped (an unmarked consonant reads the same), alef wasla as alef, dagger
// alef as fatha, tatweel dropped, shadda before the vowel.
std::u32string ComparableForm(std::u32string_view word);

struct WordErrors {
  size_t words = 0;   // gold words
  size_t errors = 0;  // substitutions + deletions + insertions
};
WordErrors CountWordErrors(std::string_view hypothesis, std::string_view gold);

}  // namespace rawi
