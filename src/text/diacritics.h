// Arabic diacritics (harakat): what they are, and the order eSpeak NG needs them in.
#pragma once

#include <string>
#include <string_view>

namespace rawi {

constexpr char32_t kShadda = U'\u0651';
constexpr char32_t kTatweel = U'\u0640';
constexpr char32_t kAlefWasla = U'\u0671';

// Tanween, short vowels, shadda, sukun (U+064B..U+0652), superscript alef (U+0670).
bool IsHaraka(char32_t c);

// eSpeak NG drops a vowel mark that comes before shadda, which is the order Unicode
// normalization produces (fatha has a lower combining class than shadda). This moves every
// shadda in front of the marks that precede it on the same letter. Run it last.
void PutShaddaFirst(std::u32string& text);

// Moves tanween written on a final alef (or alef maksura) back to the consonant before it
// ("ـاً" -> "ـًا"), which eSpeak otherwise reads as a long ā.
void MoveTanweenOffAlef(std::u32string& text);

// The text without harakat, with alef wasla as plain alef: how a diacritized word is written.
std::u32string Bare(std::u32string_view text);
// The same for UTF-8.
std::string StripDiacritics(std::string_view utf8);

}  // namespace rawi
