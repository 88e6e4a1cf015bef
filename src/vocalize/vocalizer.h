// The vocalize stage: undiacritized Arabic (as the normalizer leaves it) into text with its short
// vowels, so that eSpeak NG, which spells a word it does not know as bare consonants (بنسبة ->
// bnsbt), reads it as a newsreader would (بِنِسْبَة).
//
// Each word is split into clitics and stem (clitics.h), and the stem is looked up in layers,
// the first hit winning, each with regular inflection (inflection.h):
//   user       --lexicon FILE (vocalized_lexicon.h)
//   lexicon    voices/ar-vocalized-lexicon.tsv: function words, news vocabulary, names
//   thesaurus  the vocalized lemmas of Debian's mythes-ar, when installed (thesaurus_lemmas.h)
//   patterns   voices/ar-patterns.tsv: derived forms such as تَفْعِيل, مُفَاعَلَة (pattern_set.h)
//   espeak     eSpeak NG already reads the word with vowels (its dictionary): kept as written
// A word no layer covers passes through unchanged ("none"). The espeak layer never changes a
// word, it only names why a word was kept, so it runs only when a phonemizer is given (for
// --explain and the scores), not in render. Words the author vocalized in full, such as the
// normalizer's number words, are kept ("written"); a word with some marks (يُعد) takes the first
// vocalization that agrees with them, else stays as written. No case endings: every word is in
// pausal form. One reading depends on the next word: أن is أَنَّ, but أَنْ before a verb
// (أَنْ تُسْهِم, بَعْد أَنْ وَفَّرَت). The result has shadda before the vowel, the order eSpeak NG reads.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/document.h"
#include "vocalize/pattern_set.h"
#include "vocalize/phonemizer.h"
#include "vocalize/vocalized_lexicon.h"

namespace rawi {

enum class VocalizeLayer { kWritten, kUser, kLexicon, kThesaurus, kPatterns, kEspeak, kNone };

// "written", "user", "lexicon", "thesaurus", "patterns", "espeak", "none".
const char* LayerName(VocalizeLayer layer);
// The layer for a name; throws a UsageError for an unknown one.
VocalizeLayer LayerFromName(const std::string& name);

struct VocalizerConfig {
  // ar-vocalized-lexicon.tsv and ar-patterns.tsv are read from here; empty: neither.
  std::filesystem::path voices_dir;
  std::optional<std::filesystem::path> user_lexicon;  // --lexicon
  // The MyThes file; unset: FindArabicThesaurus(); an empty path: none.
  std::optional<std::filesystem::path> thesaurus;
  std::set<VocalizeLayer>
      disabled;  // layers switched off (user, lexicon, thesaurus, patterns, espeak)
};

struct VocalizedWord {
  std::string written;    // the word as it came
  std::string vocalized;  // as it goes to eSpeak
  VocalizeLayer layer;
};

class Vocalizer {
 public:
  // Loads the data files; throws a FileError naming a missing or malformed one. `phonemizer`
  // (may be empty) runs the espeak layer.
  explicit Vocalizer(VocalizerConfig config, Phonemizer phonemizer = {});
  ~Vocalizer();
  Vocalizer(Vocalizer&&) noexcept;

  // One line of normalized Arabic text, vocalized; everything but Arabic words is kept as it is.
  // With `words`, appends what became of each Arabic word. Not thread-safe (a per-word cache).
  std::string Vocalize(std::string_view line, std::vector<VocalizedWord>* words = nullptr) const;

  // Vocalizes, in place, the spoken title, headings and sentences of every Arabic part of `doc`
  // (after the normalizer has filled them).
  void Apply(Document& doc) const;

  // Entries loaded per layer, for messages.
  size_t lexicon_size() const { return lexicon_.size(); }
  size_t thesaurus_size() const { return thesaurus_.size(); }
  size_t pattern_count() const { return patterns_.size(); }

 private:
  struct Result {
    std::u32string text;
    VocalizeLayer layer;
    bool verb = false;  // read as a verb (so a أن before it is أَنْ)
  };
  Result VocalizeWord(const std::u32string& word) const;
  bool Enabled(VocalizeLayer layer) const;

  VocalizerConfig config_;
  Phonemizer phonemizer_;
  VocalizedLexicon user_;
  VocalizedLexicon lexicon_;
  VocalizedLexicon thesaurus_{/*loose=*/false};
  PatternSet patterns_;
  mutable std::unordered_map<std::u32string, Result> cache_;
};

}  // namespace rawi
