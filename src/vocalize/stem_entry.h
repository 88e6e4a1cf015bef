// What every vocalizer layer finds for a stem (a word without its clitics): its vocalized form
// and its word class, which decides the clitics and endings it may take.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rawi {

enum class WordClass : uint8_t {
  kNoun,  // nouns and adjectives: take ال, ة ات ون ين ان ي ا, possessive suffixes
  kImperfect,  // imperfect verbs, listed as يَفْعَل: take ت ن أ, ون ان وا, س, object suffixes
  kPast,   // past verbs, listed as فَعَل (pausal): take ت وا ا نا, object suffixes
  kFixed,  // function words and names: only و ف ب ل ك before them, nothing else
};

// Bit masks of word classes, for what a position in a word allows.
using ClassMask = unsigned;
constexpr ClassMask MaskOf(WordClass c) { return 1u << static_cast<unsigned>(c); }
constexpr ClassMask kAnyClass = 0xF;

// The letter of a class in data files: n, v, p, x.
char ClassLetter(WordClass c);
// The class for a letter, false for an unknown letter.
bool ClassFromLetter(char letter, WordClass* c);

struct StemEntry {
  std::u32string vocalized;  // pausal, shadda before the vowel
  WordClass word_class = WordClass::kNoun;
};

// A layer's stems: every entry written exactly as `bare`, best first.
class StemSource {
 public:
  virtual ~StemSource() = default;
  virtual void Find(std::u32string_view bare, std::vector<StemEntry>& out) const = 0;
};

}  // namespace rawi
