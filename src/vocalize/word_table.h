// The corpus word table: every written form a vocalized corpus has (clitics included, as
// written: وبالمدينة), the vocalizations it has there with their counts, and, for forms with more
// than one, how often each follows a given word and precedes a given word. Between the readings
// of عقد, ملك or أن the neighbours decide (عُقِد الاجتماع, عَقْد العمل; أَنْ before a verb).
//
// The choice multiplies the form's own odds with what each neighbour says (naive Bayes, each
// neighbour's counts smoothed towards the form's own shares), so a neighbour seen once cannot
// overturn a reading seen a thousand times.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vocalize/compiled_sections.h"

namespace rawi {

class WordTable {
 public:
  WordTable() = default;
  // `words`: form -> readings (count order); `after_word`: "PREVIOUS\tFORM" -> (reading index,
  // count); `before_word`: "FORM\tNEXT" -> (reading index, count). Keys are bare UTF-8.
  WordTable(StringTableView words, StringTableView after_word, StringTableView before_word);

  struct Choice {
    std::u32string vocalized;  // pausal, shadda first
    double share = 0;          // the chosen reading's probability given the neighbours
    uint32_t count = 0;        // how often the corpus has the form (any reading)
    bool by_context = false;   // a neighbour changed the choice from the commonest reading
  };
  // The reading of `bare` between `previous` and `next` (bare; empty at a sentence edge), or
  // nullopt when the corpus never has `bare`.
  std::optional<Choice> Find(std::u32string_view bare, std::u32string_view previous,
                             std::u32string_view next) const;

  // For a form the table lacks: the reading of its stem after proclitics (و ف ب ل ك س and their
  // pairs, longest stem first), with the proclitics' vowels: وَبِرِيطَانْيَا, لِلْمُوَظَّفِين (لِ + ال,
  // whose alef goes), سَيَتَمّ (س only before an imperfect). The stem's own wasl alef loses its
  // vowel (بِاسْتِخْدَام). nullopt when no stem is in the table either.
  std::optional<Choice> FindAfterProclitics(std::u32string_view bare, std::u32string_view previous,
                                            std::u32string_view next) const;

  size_t size() const { return words_.size(); }

 private:
  StringTableView words_;
  StringTableView after_word_;
  StringTableView before_word_;
};

}  // namespace rawi
