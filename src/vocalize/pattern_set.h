// Morphological patterns (أوزان): an undiacritized stem that fits a pattern takes its vowels.
//
// voices/ar-patterns.tsv has one pattern a line: VOCALIZED<TAB>CLASS<TAB>WEIGHT, e.g.
//   تَفْعِيل	n	90
// In the pattern, ف ع ل stand for root letters (each matches any letter but ا ى ة آ ٱ; one used
// twice stands for the same letter twice, a doubled root: تُفَعِّع fits تخفف); every
// other letter must be there as written (a hamza on a pattern's alef also matches a bare alef,
// and the pattern's spelling is kept: اصلاح -> إِصْلَاح). Assimilated forms are patterns of
// their own (اِفْطِعَال for اِضْطِرَاب, اِتِّعَال for اِتِّحَاد). A stem that fits several patterns
// takes them by falling WEIGHT (the reading most common in news first), then file order. A stem
// starting with ال fits no pattern: that is the article (الفنية is not أَفْعَل + ية).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vocalize/stem_entry.h"

namespace rawi {

class PatternSet : public StemSource {
 public:
  // Throws a FileError naming the file (and line) when it cannot be read or a line is malformed.
  void Load(const std::filesystem::path& file);
  void LoadText(std::string_view text, const std::string& origin);

  void Find(std::u32string_view bare, std::vector<StemEntry>& out) const override;

  size_t size() const { return size_; }

 private:
  struct Pattern {
    std::u32string letters;    // the pattern's letters; placeholders as ف ع ل
    std::vector<bool> root;    // per letter: a placeholder
    std::u32string vocalized;  // letters with marks
    WordClass word_class;
    int weight;
  };
  std::unordered_map<size_t, std::vector<Pattern>> by_length_;  // by number of letters
  size_t size_ = 0;
};

}  // namespace rawi
