#include "vocalize/vocalizer.h"

#include <array>
#include <optional>

#include "normalize/diacritics.h"
#include "normalize/unicode_text.h"
#include "synth/phoneme_clusters.h"
#include "util/error.h"
#include "vocalize/arabic_letters.h"
#include "vocalize/clitics.h"
#include "vocalize/inflection.h"
#include "vocalize/thesaurus_lemmas.h"

namespace rawi {
namespace {

constexpr std::array<std::pair<VocalizeLayer, const char*>, 7> kLayerNames = {{
    {VocalizeLayer::kWritten, "written"},
    {VocalizeLayer::kUser, "user"},
    {VocalizeLayer::kLexicon, "lexicon"},
    {VocalizeLayer::kThesaurus, "thesaurus"},
    {VocalizeLayer::kPatterns, "patterns"},
    {VocalizeLayer::kEspeak, "espeak"},
    {VocalizeLayer::kNone, "none"},
}};

bool IsWordChar(char32_t c) { return IsArabicLetter(c) || IsHaraka(c) || c == kTatweel; }

bool IsArabic(const std::string& language) { return language.rfind("ar", 0) == 0; }

// أن (also وأن, بأن …) as vocalized: أَنّ.
bool EndsInAnna(std::u32string_view word) {
  static constexpr std::u32string_view kAnna = U"أَنّ";
  return word.size() >= kAnna.size() && word.substr(word.size() - kAnna.size()) == kAnna;
}

// Whether the word after أن makes it أَنْ: a verb, or a word no layer knows that starts like an
// imperfect.
bool VerbFollows(std::u32string_view bare, VocalizeLayer layer, bool verb) {
  if (verb) return true;
  if (layer != VocalizeLayer::kNone && layer != VocalizeLayer::kEspeak) return false;
  return !bare.empty() && (bare[0] == U'ي' || bare[0] == U'ت' || bare[0] == U'ن');
}

}  // namespace

const char* LayerName(VocalizeLayer layer) {
  for (const auto& [l, name] : kLayerNames) {
    if (l == layer) return name;
  }
  return "none";
}

VocalizeLayer LayerFromName(const std::string& name) {
  for (const auto& [layer, n] : kLayerNames) {
    if (name == n && layer != VocalizeLayer::kWritten && layer != VocalizeLayer::kNone) {
      return layer;
    }
  }
  throw UsageError("unknown vocalizer layer '" + name +
                   "': use user, lexicon, thesaurus, patterns or espeak");
}

Vocalizer::Vocalizer(VocalizerConfig config, Phonemizer phonemizer)
    : config_(std::move(config)), phonemizer_(std::move(phonemizer)) {
  if (!config_.voices_dir.empty()) {
    lexicon_.Load(config_.voices_dir / "ar-vocalized-lexicon.tsv");
    patterns_.Load(config_.voices_dir / "ar-patterns.tsv");
  }
  if (config_.user_lexicon) user_.Load(*config_.user_lexicon);
  if (!config_.thesaurus) config_.thesaurus = FindArabicThesaurus().value_or("");
  if (!config_.thesaurus->empty() && Enabled(VocalizeLayer::kThesaurus)) {
    LoadThesaurusLemmas(*config_.thesaurus, thesaurus_);
  }
}

Vocalizer::~Vocalizer() = default;
Vocalizer::Vocalizer(Vocalizer&&) noexcept = default;

bool Vocalizer::Enabled(VocalizeLayer layer) const { return !config_.disabled.contains(layer); }

Vocalizer::Result Vocalizer::VocalizeWord(const std::u32string& word) const {
  const MarkState state = MarkStateOf(word);
  if (state == MarkState::kFull) {
    std::u32string kept = word;
    PutShaddaFirst(kept);
    return {kept, VocalizeLayer::kWritten};
  }
  const std::u32string bare = Bare(word);
  const std::vector<CliticSplit> splits = SplitClitics(bare);
  const std::array<std::pair<VocalizeLayer, const StemSource*>, 4> sources = {{
      {VocalizeLayer::kUser, &user_},
      {VocalizeLayer::kLexicon, &lexicon_},
      {VocalizeLayer::kThesaurus, &thesaurus_},
      {VocalizeLayer::kPatterns, &patterns_},
  }};
  std::u32string found;
  bool verb = false;
  for (const auto& [layer, source] : sources) {
    if (!Enabled(layer)) continue;
    for (const CliticSplit& split : splits) {
      const bool hit = FindInflected(*source, split.stem, split.classes, [&](const StemEntry& e) {
        std::u32string candidate = AttachClitics(split, e);
        if (state == MarkState::kPartial && !AgreesWithMarks(word, candidate)) return false;
        found = std::move(candidate);
        verb = e.word_class == WordClass::kImperfect || e.word_class == WordClass::kPast;
        return true;
      });
      if (hit) {
        PutShaddaFirst(found);
        return {found, layer, verb};
      }
    }
  }
  std::u32string kept = word;
  PutShaddaFirst(kept);
  if (state == MarkState::kPartial) return {kept, VocalizeLayer::kWritten};
  if (phonemizer_ && Enabled(VocalizeLayer::kEspeak) &&
      !HasVowellessWord(phonemizer_(ToUtf8(word)))) {
    return {kept, VocalizeLayer::kEspeak};
  }
  return {kept, VocalizeLayer::kNone};
}

std::string Vocalizer::Vocalize(std::string_view line, std::vector<VocalizedWord>* words) const {
  const std::u32string text = ToUtf32(line);
  std::u32string out;
  out.reserve(text.size() * 2);
  size_t anna_end = 0;  // where in `out` the last word ended when it was أَنّ, else 0
  for (size_t i = 0; i < text.size();) {
    if (!IsWordChar(text[i]) || !IsArabicLetter(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    size_t end = i;
    while (end < text.size() && IsWordChar(text[end])) ++end;
    std::u32string word = text.substr(i, end - i);
    std::erase(word, kTatweel);
    auto cached = cache_.find(word);
    if (cached == cache_.end()) cached = cache_.emplace(word, VocalizeWord(word)).first;
    const Result& result = cached->second;
    if (anna_end > 0 && VerbFollows(Bare(word), result.layer, result.verb)) {
      out[anna_end - 1] = kSukun;  // أَنّ -> أَنْ
      if (words) {
        std::u32string previous = ToUtf32(words->back().vocalized);
        previous.back() = kSukun;
        words->back().vocalized = ToUtf8(previous);
      }
    }
    anna_end = 0;
    out += cached->second.text;
    if (EndsInAnna(result.text)) anna_end = out.size();
    if (words) {
      words->push_back({ToUtf8(word), ToUtf8(cached->second.text), cached->second.layer});
    }
    i = end;
  }
  return ToUtf8(out);
}

void Vocalizer::Apply(Document& doc) const {
  if (IsArabic(doc.language)) doc.spoken_title = Vocalize(doc.spoken_title);
  for (Section& section : doc.sections) {
    if (section.spoken_heading && IsArabic(doc.language)) {
      section.spoken_heading = Vocalize(*section.spoken_heading);
    }
    for (Paragraph& paragraph : section.paragraphs) {
      const std::string& language = paragraph.language.empty() ? doc.language : paragraph.language;
      if (!IsArabic(language)) continue;
      for (std::string& sentence : paragraph.spoken) sentence = Vocalize(sentence);
    }
  }
}

}  // namespace rawi
