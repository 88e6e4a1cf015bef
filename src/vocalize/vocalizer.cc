#include "vocalize/vocalizer.h"

#include <array>
#include <cmath>
#include <optional>

#include "text/diacritics.h"
#include "text/language.h"
#include "text/phoneme_clusters.h"
#include "text/utf8.h"
#include "util/error.h"
#include "vocalize/arabic_letters.h"
#include "vocalize/char_model.h"
#include "vocalize/clitics.h"
#include "vocalize/espeak_spelling.h"
#include "vocalize/inflection.h"
#include "vocalize/marked_word.h"
#include "vocalize/thesaurus_lemmas.h"

namespace rawi {
namespace {

constexpr std::array<std::pair<VocalizeLayer, const char*>, 9> kLayerNames = {{
    {VocalizeLayer::kWritten, "written"},
    {VocalizeLayer::kUser, "user"},
    {VocalizeLayer::kTable, "table"},
    {VocalizeLayer::kLemma, "lemma"},
    {VocalizeLayer::kLexicon, "lexicon"},
    {VocalizeLayer::kThesaurus, "thesaurus"},
    {VocalizeLayer::kModel, "model"},
    {VocalizeLayer::kEspeak, "espeak"},
    {VocalizeLayer::kNone, "none"},
}};

// أن (also وأن, بأن …) as vocalized: أَنّ.
bool EndsInAnna(std::u32string_view word) {
  static constexpr std::u32string_view kAnna = U"أَنّ";
  return word.size() >= kAnna.size() && word.substr(word.size() - kAnna.size()) == kAnna;
}

// Whether the word after أن makes it أَنْ: a verb, or a word no layer knows that starts like an
// imperfect.
bool VerbFollows(std::u32string_view bare, VocalizeLayer layer, bool verb) {
  if (verb) return true;
  if (layer != VocalizeLayer::kNone && layer != VocalizeLayer::kEspeak &&
      layer != VocalizeLayer::kModel) {
    return false;
  }
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
                   "': use user, table, lemma, lexicon, thesaurus, model or espeak");
}

Vocalizer::Vocalizer(VocalizerConfig config, Phonemizer phonemizer)
    : config_(std::move(config)), phonemizer_(std::move(phonemizer)) {
  if (!config_.voices_dir.empty()) {
    lexicon_.Load(config_.voices_dir / "ar-vocalized-lexicon.tsv");
  }
  if (config_.user_lexicon) user_.Load(*config_.user_lexicon);
  if (!config_.data && !config_.voices_dir.empty()) {
    config_.data = config_.voices_dir / "ar-vocalizer.bin";
  }
  if (config_.data && !config_.data->empty() &&
      (Enabled(VocalizeLayer::kTable) || Enabled(VocalizeLayer::kModel))) {
    data_ = std::make_unique<VocalizerData>(*config_.data);
  }
  if (!config_.thesaurus) config_.thesaurus = FindArabicThesaurus().value_or("");
  if (!config_.thesaurus->empty() && Enabled(VocalizeLayer::kThesaurus)) {
    LoadThesaurusLemmas(*config_.thesaurus, thesaurus_);
  }
}

Vocalizer::~Vocalizer() = default;
Vocalizer::Vocalizer(Vocalizer&&) noexcept = default;

bool Vocalizer::Enabled(VocalizeLayer layer) const { return !config_.disabled.contains(layer); }

Vocalizer::Result Vocalizer::Standardized(Result result) {
  if (result.layer == VocalizeLayer::kWritten || result.layer == VocalizeLayer::kNone ||
      result.layer == VocalizeLayer::kEspeak) {
    return result;
  }
  StandardSpelling(result.text);
  MarkedWord marked = SplitMarks(result.text);
  TidyReading(marked);
  result.text = JoinMarks(marked);
  return result;
}

Vocalizer::Result Vocalizer::VocalizeInContext(const std::u32string& word,
                                               std::u32string_view previous,
                                               std::u32string_view next) const {
  const MarkState state = MarkStateOf(word);
  if (state == MarkState::kFull) {
    std::u32string kept = word;
    PutShaddaFirst(kept);
    return {kept, VocalizeLayer::kWritten};
  }
  auto user = user_cache_.find(word);
  if (user == user_cache_.end()) {
    user = user_cache_.emplace(word, Standardized(VocalizeAlone(word, false))).first;
  }
  if (user->second.layer == VocalizeLayer::kUser) return user->second;
  if (data_ && Enabled(VocalizeLayer::kTable)) {
    const std::u32string bare = Bare(word);
    auto choice = data_->words().Find(bare, previous, next);
    // The table's own readings were tidied when it was made; a stem's with proclitics was not.
    const bool split = !choice;
    if (split) choice = data_->words().FindAfterProclitics(bare, previous, next);
    if (choice && (state != MarkState::kPartial || AgreesWithMarks(word, choice->vocalized))) {
      Result result{std::move(choice->vocalized), VocalizeLayer::kTable, false, choice->share};
      return split ? Standardized(std::move(result)) : result;
    }
  }
  auto rest = rest_cache_.find(word);
  if (rest == rest_cache_.end()) {
    rest = rest_cache_.emplace(word, Standardized(VocalizeAlone(word, true))).first;
  }
  return rest->second;
}

Vocalizer::Result Vocalizer::VocalizeAlone(const std::u32string& word, bool after_table) const {
  const MarkState state = MarkStateOf(word);
  const std::u32string bare = Bare(word);
  const std::vector<CliticSplit> splits = SplitClitics(bare);
  static const LemmaTable kNoLemmas;
  const std::array<std::pair<VocalizeLayer, const StemSource*>, 4> sources = {{
      {VocalizeLayer::kUser, &user_},
      {VocalizeLayer::kLemma, data_ ? &data_->lemmas() : &kNoLemmas},
      {VocalizeLayer::kLexicon, &lexicon_},
      {VocalizeLayer::kThesaurus, &thesaurus_},
  }};
  std::u32string found;
  bool verb = false;
  for (const auto& [layer, source] : sources) {
    if (!Enabled(layer) || (layer == VocalizeLayer::kUser) == after_table) continue;
    if (layer == VocalizeLayer::kLemma) {
      if (auto best = BestLemma(word, state, splits)) return *best;
      continue;
    }
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
  if (!after_table) return {kept, VocalizeLayer::kNone};
  if (data_ && Enabled(VocalizeLayer::kModel) && !data_->model().empty()) {
    CharModel::Result guess = data_->model().Vocalize(bare);
    if (state != MarkState::kPartial || AgreesWithMarks(word, guess.vocalized)) {
      PutShaddaFirst(guess.vocalized);
      return {guess.vocalized, VocalizeLayer::kModel, false, guess.confidence};
    }
  }
  if (state == MarkState::kPartial) return {kept, VocalizeLayer::kWritten};
  if (phonemizer_ && Enabled(VocalizeLayer::kEspeak) &&
      !HasVowellessWord(phonemizer_(ToUtf8(word)))) {
    return {kept, VocalizeLayer::kEspeak};
  }
  return {kept, VocalizeLayer::kNone};
}

std::optional<Vocalizer::Result> Vocalizer::BestLemma(
    const std::u32string& word, MarkState state, const std::vector<CliticSplit>& splits) const {
  if (!data_) return std::nullopt;
  const std::u32string bare = Bare(word);
  const CharModel& model = data_->model();
  const bool judge = Enabled(VocalizeLayer::kModel) && !model.empty();
  std::optional<Result> best;
  double best_score = 0;
  size_t seen = 0;
  for (const CliticSplit& split : splits) {
    FindInflected(data_->lemmas(), split.stem, split.classes, [&](const StemEntry& e) {
      std::u32string candidate = AttachClitics(split, e);
      if (state == MarkState::kPartial && !AgreesWithMarks(word, candidate)) return false;
      PutShaddaFirst(candidate);
      StandardSpelling(candidate);
      const bool verb = e.word_class == WordClass::kImperfect || e.word_class == WordClass::kPast;
      if (!judge) {
        best = Result{candidate, VocalizeLayer::kLemma, verb};
        return true;
      }
      // The character model judges between the dictionary's readings (and splits).
      MarkedWord marked = SplitMarks(candidate);
      DropFinalMarks(marked);
      const auto score = model.LogProb(bare, JoinMarks(marked));
      if (score && (!best || *score > best_score)) {
        best = Result{candidate, VocalizeLayer::kLemma, verb, std::exp(*score)};
        best_score = *score;
      }
      return ++seen >= kMaxLemmaReadings;
    });
    if (best && !judge) break;
  }
  return best;
}

std::string Vocalizer::Vocalize(std::string_view line, std::vector<VocalizedWord>* words) const {
  const std::u32string text = ToUtf32(line);
  struct Span {
    size_t begin, end;
    std::u32string word;  // without tatweel
    std::u32string bare;
  };
  std::vector<Span> spans;
  for (const WordSpan& at : ArabicWords(text)) {
    std::u32string word = text.substr(at.begin, at.end - at.begin);
    std::erase(word, kTatweel);
    std::u32string bare = Bare(word);
    spans.push_back({at.begin, at.end, std::move(word), std::move(bare)});
  }
  std::u32string out;
  out.reserve(text.size() * 2);
  size_t copied = 0;
  size_t anna_end = 0;  // where in `out` the last word ended when it was أَنّ, else 0
  for (size_t k = 0; k < spans.size(); ++k) {
    const Span& span = spans[k];
    out.append(text, copied, span.begin - copied);
    copied = span.end;
    const std::u32string_view previous = k > 0 ? std::u32string_view(spans[k - 1].bare) : U"";
    const std::u32string_view next =
        k + 1 < spans.size() ? std::u32string_view(spans[k + 1].bare) : U"";
    const Result result = VocalizeInContext(span.word, previous, next);
    if (anna_end > 0 && VerbFollows(span.bare, result.layer, result.verb)) {
      out[anna_end - 1] = kSukun;  // أَنّ -> أَنْ
      if (words) {
        std::u32string before = ToUtf32(words->back().vocalized);
        before.back() = kSukun;
        words->back().vocalized = ToUtf8(before);
      }
    }
    anna_end = 0;
    out += result.text;
    // The table's neighbours already chose between أَنّ and أَنْ.
    if (EndsInAnna(result.text) && result.layer != VocalizeLayer::kTable) anna_end = out.size();
    if (words) {
      words->push_back({ToUtf8(span.word), ToUtf8(result.text), result.layer, result.confidence});
    }
  }
  out.append(text, copied, std::u32string::npos);
  return ToUtf8(out);
}

std::string Vocalizer::Speakable(std::string_view line) const {
  return EspeakSpellingOfLine(Vocalize(line));
}

void Vocalizer::Apply(Document& doc) const {
  auto vocalize = [this](Sentence& sentence) {
    if (sentence.spoken) sentence.spoken = Speakable(*sentence.spoken);
  };
  const bool arabic = Language(doc.language).IsArabic();
  if (arabic) vocalize(doc.title);
  for (Section& section : doc.sections) {
    if (section.heading && arabic) vocalize(*section.heading);
    for (Paragraph& paragraph : section.paragraphs) {
      const std::string& language = paragraph.language.empty() ? doc.language : paragraph.language;
      if (!Language(language).IsArabic()) continue;
      for (Sentence& sentence : paragraph.sentences) vocalize(sentence);
    }
  }
}

}  // namespace rawi
