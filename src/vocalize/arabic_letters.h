// Arabic letters and marks as the vocalizer sees them: which letters are letters, which are sun
// letters, how a word is written without its marks, and how marks the author wrote constrain a
// vocalization. Words are UTF-32; vocalized words keep every shadda before the vowel on the same
// letter (the order eSpeak NG needs, see text/diacritics.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/diacritics.h"  // Bare, IsHaraka

namespace rawi {

constexpr char32_t kFatha = U'\u064E';
constexpr char32_t kDamma = U'\u064F';
constexpr char32_t kKasra = U'\u0650';
constexpr char32_t kSukun = U'\u0652';
constexpr char32_t kFathatan = U'\u064B';
constexpr char32_t kDaggerAlef = U'\u0670';

// Letters of the Arabic alphabet (hamza forms, ta marbuta, alef maksura, alef wasla) and the
// Persian letters that news uses for foreign names (پ چ ژ ڤ گ ک ی).
bool IsArabicLetter(char32_t c);

// ت ث د ذ ر ز س ش ص ض ط ظ ل ن: the ل of the article assimilates to them (الشَّمْس).
bool IsSunLetter(char32_t c);

// ا, ى, آ, ٱ and ة: letters that never carry a short vowel of their own in a vocalized word.
bool IsVowelCarrier(char32_t c);

// A spelling-tolerant key: أ إ آ ٱ as ا, a final ى as ي, a final ة as ه (news often writes
// الامم for الأمم and على as علي).
std::u32string LooseKey(std::u32string_view bare);

// How much of a word its author vocalized.
enum class MarkState {
  kNone,     // no marks at all
  kPartial,  // some marks (يُعد, امتداداً): a vocalization must agree with them
  kFull,     // every letter that needs a mark has one (the normalizer's number words)
};
MarkState MarkStateOf(std::u32string_view word);

// True when `vocalized` (a full vocalization of the same letters) keeps every mark the author
// wrote on `written`, except marks on the last letter (case endings, which rawi drops).
bool AgreesWithMarks(std::u32string_view written, std::u32string_view vocalized);

// Removes the vowel, tanween and sukun marks after the last letter (the pausal form); a shadda
// there stays (عَامّ).
void DropFinalVowel(std::u32string& word);

// Puts every shadda before the other marks on its letter, turns a fatha written after an alef
// onto the letter before it (طاَل -> طَال) and writes the fatha a long ā goes without
// (اِشْتِداد -> اِشْتِدَاد), as hand-typed data needs.
void TidyMarks(std::u32string& word);

// Where the Arabic words of `text` are: runs that start with an Arabic letter and go on over
// letters, harakat and tatweel, as [begin, end) offsets.
struct WordSpan {
  size_t begin, end;
};
std::vector<WordSpan> ArabicWords(std::u32string_view text);

// The number of letters in `word` (marks not counted).
size_t LetterCount(std::u32string_view word);

}  // namespace rawi
