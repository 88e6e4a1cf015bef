// Regular inflection on top of any layer: a stem the layer does not list is looked up as the
// base it was inflected from, and the inflection is applied to the base's vowels.
//
//   nouns       ة (مُشْتَرَك -> مُشْتَرَكَة), ات (مُنَاقَشَة -> مُنَاقَشَات, مُنْشَأَة -> مُنْشَآت),
//               ون ين (مَسْؤُول -> مَسْؤُولِين: participles, nisbas, فَاعِل, مَفْعُول only), تين تان ان ين
//               (duals: شَهْر -> شَهْرَيْن, other nouns), ي ية (nisba: دَوْلَة ->
//               دَوْلِيّ, دَوْلِيَّة), ا (adverbial accusative: يَوْمِيّ -> يَوْمِيًّا)
//   imperfects  ت ن أ for ي (يَعْكِس -> تَعْكِس), ون ان وا, and the passive (يُعْتَبَر) after
//               the active
//   pasts       ت وا ا نا تم (أَكَّد -> أَكَّدَت)
// Inflections chain twice at most (عمليات = عمل + ي + ات).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "vocalize/stem_entry.h"

namespace rawi {

// Returns true to stop the search at this candidate.
using StemAcceptor = std::function<bool(const StemEntry&)>;

// Offers `accept` the entries of `source` for `stem` itself (of the classes in `allowed`), then
// those reached through the inflections above, best first; stops at the first it accepts.
// Returns whether one was accepted.
bool FindInflected(const StemSource& source, std::u32string_view stem, ClassMask allowed,
                   const StemAcceptor& accept);

// The passive of an imperfect (يَعْتَبِر -> يُعْتَبَر), or nullopt when the pattern has no
// regular passive (a long vowel before the last letter, as in يَقُول).
std::optional<std::u32string> ImperfectPassive(std::u32string_view vocalized);

}  // namespace rawi
