#include "vocalize/stem_entry.h"

namespace rawi {

char ClassLetter(WordClass c) {
  switch (c) {
    case WordClass::kNoun:
      return 'n';
    case WordClass::kImperfect:
      return 'v';
    case WordClass::kPast:
      return 'p';
    case WordClass::kFixed:
      return 'x';
  }
  return 'n';
}

bool ClassFromLetter(char letter, WordClass* c) {
  switch (letter) {
    case 'n':
      *c = WordClass::kNoun;
      return true;
    case 'v':
      *c = WordClass::kImperfect;
      return true;
    case 'p':
      *c = WordClass::kPast;
      return true;
    case 'x':
      *c = WordClass::kFixed;
      return true;
    default:
      return false;
  }
}

}  // namespace rawi
