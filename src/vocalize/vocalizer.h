// The vocalize stage: undiacritized Arabic (as the normalizer leaves it) into text with its short
// vowels, so that eSpeak NG, which spells a word it does not know as bare consonants (بنسبة ->
// bnsbt), reads it as a newsreader would (بِنِسْبَة).
//
// Each word goes through layers, the first that knows it winning:
//   written    the author vocalized it in full (the normalizer's number words): kept
//   user       the user's lexicon (vocalized_lexicon.h), with clitics and inflection
//   table      the corpus word table (word_table.h): the word as written, its reading chosen by
//              its neighbours; else its stem after proclitics
//   lemma      Arramooz's nouns and verbs (lemma_table.h), with clitics and inflection
//   lexicon    voices/ar-vocalized-lexicon.tsv: function words, news vocabulary, names
//   thesaurus  the vocalized lemmas of Debian's mythes-ar, when installed (thesaurus_lemmas.h)
//   model      the character model (char_model.h): any word, with its confidence
//   espeak     eSpeak NG already reads the word with vowels (its dictionary): kept as written
// The table, lemmas and model come from voices/ar-vocalizer.bin (vocalizer_data.h), made by
// scripts/train-vocalizer. The espeak layer never changes a word, it only names why a word was
// kept, so it runs only when a phonemizer is given and the model is off. A word with some marks
// (يُعد) takes the first vocalization that agrees with them, else stays as written. No case
// endings: every word is in pausal form. Vocalize() writes the standard spelling that vocalized
// corpora use; Speakable() the spelling eSpeak NG reads right (espeak_spelling.h). One reading
// depends on the next word outside the table too: أن is أَنَّ, but أَنْ before a verb. Shadda
// comes before the vowel, the order eSpeak NG reads.
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
#include "vocalize/arabic_letters.h"
#include "vocalize/clitics.h"
#include "vocalize/phonemizer.h"
#include "vocalize/vocalized_lexicon.h"
#include "vocalize/vocalizer_data.h"

namespace rawi {

enum class VocalizeLayer {
  kWritten,
  kUser,
  kTable,
  kLemma,
  kLexicon,
  kThesaurus,
  kModel,
  kEspeak,
  kNone
};

// "written", "user", "table", "lemma", "lexicon", "thesaurus", "model", "espeak", "none".
const char* LayerName(VocalizeLayer layer);
// The layer for a name; throws a UsageError for an unknown one.
VocalizeLayer LayerFromName(const std::string& name);

struct VocalizerConfig {
  // ar-vocalized-lexicon.tsv (and ar-vocalizer.bin) are read from here; empty: neither.
  std::filesystem::path voices_dir;
  std::optional<std::filesystem::path> user_lexicon;  // --lexicon
  // The MyThes file; unset: FindArabicThesaurus(); an empty path: none.
  std::optional<std::filesystem::path> thesaurus;
  // The compiled word table and character model; unset: voices_dir/ar-vocalizer.bin when
  // voices_dir is set; an empty path: none.
  std::optional<std::filesystem::path> data;
  std::set<VocalizeLayer> disabled;  // layers switched off by name (not written, none)
};

struct VocalizedWord {
  std::string written;    // the word as it came
  std::string vocalized;  // as it goes to eSpeak
  VocalizeLayer layer;
  double confidence = 1;  // table: the reading's share in context; model: its probability
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

  // The line vocalized and spelled as eSpeak NG reads it right (espeak_spelling.h): what render
  // speaks.
  std::string Speakable(std::string_view line) const;

  // Vocalizes for speech (Speakable), in place, the spoken title, headings and sentences of every
  // Arabic part of `doc` (after the normalizer has filled them).
  void Apply(Document& doc) const;

  // Entries loaded per layer, for messages.
  size_t lexicon_size() const { return lexicon_.size(); }
  size_t thesaurus_size() const { return thesaurus_.size(); }

 private:
  struct Result {
    std::u32string text;
    VocalizeLayer layer;
    bool verb = false;  // read as a verb (so a أن before it is أَنْ)
    double confidence = 1;
  };
  // A vocalization in the standard spelling (espeak_spelling.h: StandardSpelling, TidyReading);
  // words a layer kept as written stay as they are.
  static Result Standardized(Result result);
  // The layers that do not look at neighbours, for a word the table does not decide.
  Result VocalizeAlone(const std::u32string& word, bool after_table) const;
  Result VocalizeInContext(const std::u32string& word, std::u32string_view previous,
                           std::u32string_view next) const;
  bool Enabled(VocalizeLayer layer) const;
  // The lemma layer's reading: of every reading the lemmas give through `splits` (at most
  // kMaxLemmaReadings), the one the character model finds likeliest; the first without a model.
  std::optional<Result> BestLemma(const std::u32string& word, MarkState state,
                                  const std::vector<CliticSplit>& splits) const;
  static constexpr size_t kMaxLemmaReadings = 32;

  VocalizerConfig config_;
  Phonemizer phonemizer_;
  VocalizedLexicon user_;
  VocalizedLexicon lexicon_;
  VocalizedLexicon thesaurus_{/*loose=*/false};
  std::unique_ptr<VocalizerData> data_;
  mutable std::unordered_map<std::u32string, Result> user_cache_;
  mutable std::unordered_map<std::u32string, Result> rest_cache_;
};

}  // namespace rawi
