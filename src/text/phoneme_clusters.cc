#include "text/phoneme_clusters.h"

#include <string>

#include "text/utf8.h"

namespace rawi {
namespace {

bool IsVowel(char32_t c) {
  static const std::u32string kVowels = U"aeiouyɑɐəɛɪʊæɔɒʌøœɜɚɝᵻɨʉɯɤɵɘɞɶʏ";
  return kVowels.find(c) != std::u32string::npos;
}

bool IsIgnored(char32_t c) {
  // Stress, length, syllable break, tie bars, combining diacritics, and eSpeak's language marks.
  // Spacing modifier letters (U+02B0..U+02FF) mark a sound, they are not one: the ˤ of an
  // emphatic consonant (ض is dˤ), ʰ, ʲ, ʷ, and the stress and length marks.
  if (c >= 0x02B0 && c <= 0x02FF) return true;
  return c == U'.' || c == U'‿' || c == U'͡' || c == U'͜' || (c >= 0x0300 && c <= 0x036F) ||
         c == U'(' || c == U')' || c == U'-' || c == U'_' || c == U'!' || c == U'\'';
}

}  // namespace

int LongestConsonantRun(std::string_view ipa_word) {
  const std::u32string word = ToUtf32(ipa_word);
  int longest = 0;
  int run = 0;
  char32_t previous = 0;  // the last consonant of the current run
  for (size_t i = 0; i < word.size(); ++i) {
    const char32_t c = word[i];
    if (c == U'(') {  // eSpeak's language switch, "(en)"
      while (i < word.size() && word[i] != U')') ++i;
      continue;
    }
    if (IsIgnored(c)) continue;
    if (IsVowel(c)) {
      run = 0;
      previous = 0;
      continue;
    }
    if (c == previous) continue;  // geminate
    const bool affricate_end = (c == U'ʒ' && previous == U'd') || (c == U'ʃ' && previous == U't') ||
                               (c == U's' && previous == U't') || (c == U'z' && previous == U'd');
    previous = c;
    if (affricate_end) continue;
    ++run;
    if (run > longest) longest = run;
  }
  return longest;
}

bool HasVowellessWord(std::string_view ipa_line) {
  size_t start = 0;
  while (start < ipa_line.size()) {
    size_t end = ipa_line.find_first_of(" \n\t", start);
    if (end == std::string_view::npos) end = ipa_line.size();
    if (LongestConsonantRun(ipa_line.substr(start, end - start)) >= 3) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace rawi
