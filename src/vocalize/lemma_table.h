// The lemma layer's stems: Arramooz's vocalized nouns (with their broken plurals) and verbs (the
// past, and the imperfect of regular three-letter verbs from their middle vowel), compiled into
// the vocalizer data. The vocalizer reaches a word through them with clitics and regular
// inflection (clitics.h, inflection.h), for words the corpus never has (وبمستودعاتها).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vocalize/compiled_sections.h"
#include "vocalize/stem_entry.h"

namespace rawi {

class LemmaTable : public StemSource {
 public:
  LemmaTable() = default;
  // Keys are bare stems; each record is a vocalized stem whose count is its class letter.
  explicit LemmaTable(StringTableView table) : table_(table) {}

  void Find(std::u32string_view bare, std::vector<StemEntry>& out) const override;
  size_t size() const { return table_.size(); }

 private:
  StringTableView table_;
};

struct Lemma {
  std::string bare;
  std::string vocalized;  // pausal
  WordClass word_class;
  auto operator<=>(const Lemma&) const = default;
};

// Reads the Arramooz dictionary folder (data_nouns_*.csv, data_verbs_verbs.aya.dic); entries
// that are not fully vocalized are skipped. Sorted, without repeats. Throws a FileError naming a
// file that cannot be read (or the folder, when it is not one).
std::vector<Lemma> ReadArramooz(const std::string& folder);

}  // namespace rawi
