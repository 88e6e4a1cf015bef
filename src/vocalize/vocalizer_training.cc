#include "vocalize/vocalizer_training.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <vector>

#include "text/diacritics.h"
#include "text/utf8.h"
#include "util/data_file.h"
#include "util/error.h"
#include "vocalize/arabic_letters.h"
#include "vocalize/char_model.h"
#include "vocalize/compiled_sections.h"
#include "vocalize/espeak_spelling.h"
#include "vocalize/lemma_table.h"
#include "vocalize/marked_word.h"
#include "vocalize/vocalizer_data.h"

namespace rawi {
namespace {

namespace fs = std::filesystem;

using Counts = std::unordered_map<std::string, uint64_t>;  // reading -> weighted count
using CountTable = std::unordered_map<std::string, Counts>;

struct CorpusFile {
  fs::path path;
  int weight;
};

std::vector<CorpusFile> CorpusFiles(const VocalizerTrainingConfig& config) {
  std::vector<CorpusFile> files;
  const fs::path news = config.corpus_dir / "tashkeela-msa";
  if (fs::is_directory(news)) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(news)) {
      const fs::path& p = entry.path();
      if (p.extension() == ".txt" && p.filename() != "readme.txt" &&
          p.filename() != "COPYING.txt") {
        found.push_back(p);
      }
    }
    std::sort(found.begin(), found.end());
    for (const fs::path& p : found) {
      const bool news = p.filename() == "aljazeera-learning.txt";
      files.push_back({p, news ? config.news_weight : config.msa_weight});
    }
  }
  for (const char* name : {"val.txt", "test.txt"}) {
    const fs::path p = config.corpus_dir / "fadel-tashkeela" / name;
    if (fs::is_regular_file(p)) files.push_back({p, 1});
  }
  if (files.empty()) {
    throw FileError(config.corpus_dir.string(),
                    "no corpus found (expected tashkeela-msa/*.txt or fadel-tashkeela/val.txt)");
  }
  return files;
}

struct CorpusWord {
  std::string bare;     // UTF-8
  std::string reading;  // pausal UTF-8; empty when the word is not fully vocalized
};

std::vector<CorpusWord> WordsOf(std::u32string_view line) {
  std::vector<CorpusWord> words;
  for (const WordSpan& span : ArabicWords(line)) {
    MarkedWord marked = SplitMarks(line.substr(span.begin, span.end - span.begin));
    if (marked.letters.empty()) continue;
    CorpusWord out;
    out.bare = ToUtf8(marked.letters);
    TidyReading(marked);
    bool shadda_alone = false;  // a doubled letter without its vowel is half vocalized
    for (size_t k = 0; k + 1 < marked.marks.size(); ++k) {
      shadda_alone = shadda_alone || marked.marks[k] == std::u32string(1, kShadda);
    }
    if (!shadda_alone && MarkStateOf(JoinMarks(marked)) == MarkState::kFull) {
      DropFinalMarks(marked);
      out.reading = ToUtf8(JoinMarks(marked));
    }
    words.push_back(std::move(out));
  }
  return words;
}

// Readings of a form, commonest first (ties by text), without the rare ones.
std::vector<std::pair<std::string, uint64_t>> Ranked(const Counts& counts) {
  std::vector<std::pair<std::string, uint64_t>> ranked(counts.begin(), counts.end());
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  const uint64_t top = ranked.front().second;
  std::erase_if(ranked, [&](const auto& r) { return r.second * 50 < top; });
  return ranked;
}

template <typename Map>
std::vector<typename Map::const_iterator> Sorted(const Map& map) {
  std::vector<typename Map::const_iterator> out;
  for (auto it = map.begin(); it != map.end(); ++it) out.push_back(it);
  std::sort(out.begin(), out.end(), [](auto a, auto b) { return a->first < b->first; });
  return out;
}

// Adds the context counts of one table ("A\tB" keys) for the forms with several readings.
std::string ContextSection(
    const CountTable& context, bool form_is_second,
    const std::unordered_map<std::string, std::vector<std::string>>& readings, size_t* kept) {
  StringTableBuilder builder;
  for (auto it : Sorted(context)) {
    const std::string& key = it->first;
    const size_t tab = key.find('\t');
    const std::string form = form_is_second ? key.substr(tab + 1) : key.substr(0, tab);
    auto found = readings.find(form);
    if (found == readings.end() || found->second.size() < 2) continue;
    uint64_t total = 0;
    for (const auto& [reading, count] : it->second) total += count;
    if (total < 2) continue;
    const std::vector<std::string>& list = found->second;
    for (uint32_t i = 0; i < list.size(); ++i) {
      auto c = it->second.find(list[i]);
      if (c != it->second.end()) builder.AddIndex(key, i, static_cast<uint32_t>(c->second));
    }
  }
  *kept = builder.size();
  return builder.Serialize();
}

// What the corpus says: the readings of every form, alone and next to each word, weighted.
struct CorpusCounts {
  CountTable words, after_word, before_word;
  uint64_t tokens = 0, vocalized = 0;
  std::string sources;  // the note's lines naming the files read
};

void CountLine(const std::vector<CorpusWord>& line, int weight, CorpusCounts& counts) {
  for (size_t i = 0; i < line.size(); ++i) {
    ++counts.tokens;
    if (line[i].reading.empty()) continue;
    ++counts.vocalized;
    const std::string& form = line[i].bare;
    counts.words[form][line[i].reading] += weight;
    if (i > 0) counts.after_word[line[i - 1].bare + '\t' + form][line[i].reading] += weight;
    if (i + 1 < line.size()) {
      counts.before_word[form + '\t' + line[i + 1].bare][line[i].reading] += weight;
    }
  }
}

CorpusCounts CountCorpus(const VocalizerTrainingConfig& config, std::ostream* log) {
  CorpusCounts counts;
  for (const CorpusFile& file : CorpusFiles(config)) {
    const std::string text = ReadDataFile(file.path, "corpus file");
    size_t lines = 0;
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      CountLine(WordsOf(ToUtf32(std::string_view(text).substr(start, end - start))), file.weight,
                counts);
      start = end + 1;
      if (config.max_lines_per_file && ++lines >= config.max_lines_per_file) break;
    }
    counts.sources += fs::relative(file.path, config.corpus_dir).string() + " (weight " +
                      std::to_string(file.weight) + ")\n";
    if (log) *log << "read " << file.path.string() << "\n";
  }
  if (log) *log << counts.tokens << " words, " << counts.vocalized << " fully vocalized\n";
  return counts;
}

// The word table's kept readings, and what the model learns from them.
struct WordReadings {
  StringTableBuilder section;
  std::unordered_map<std::string, std::vector<std::string>> readings;  // form -> commonest first
  std::map<std::u32string, uint64_t> label_counts;
  std::vector<MarkedWord> pairs;  // every (form, reading) once
};

WordReadings RankWords(const CountTable& words) {
  WordReadings out;
  for (auto it : Sorted(words)) {
    std::vector<std::string>& list = out.readings[it->first];
    for (const auto& [reading, count] : Ranked(it->second)) {
      out.section.Add(it->first, reading, static_cast<uint32_t>(count));
      list.push_back(reading);
      MarkedWord marked = SplitMarks(ToUtf32(reading));
      for (const std::u32string& m : marked.marks) ++out.label_counts[m];
      out.pairs.push_back(std::move(marked));
    }
  }
  return out;
}

// Labels: no mark first, then by frequency; labels too rare to learn are left out with the words
// that carry them.
std::vector<std::u32string> ChooseLabels(const std::map<std::u32string, uint64_t>& label_counts) {
  std::vector<std::u32string> labels = {U""};
  std::vector<std::pair<std::u32string, uint64_t>> by_count(label_counts.begin(),
                                                            label_counts.end());
  std::stable_sort(by_count.begin(), by_count.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [label, count] : by_count) {
    if (!label.empty() && count >= 20) labels.push_back(label);
  }
  return labels;
}

// The character model's examples: a word whose marks are all labels the model has becomes one.
class Examples {
 public:
  explicit Examples(const std::vector<std::u32string>& labels) {
    for (size_t i = 0; i < labels.size(); ++i) index_[labels[i]] = static_cast<uint16_t>(i);
  }

  void Teach(const MarkedWord& marked) {
    CharExample example{marked.letters, {}};
    for (const std::u32string& m : marked.marks) {
      auto it = index_.find(m);
      if (it == index_.end()) return;
      example.labels.push_back(it->second);
    }
    examples_.push_back(std::move(example));
  }

  const std::vector<CharExample>& all() const { return examples_; }

 private:
  std::map<std::u32string, uint16_t> index_;
  std::vector<CharExample> examples_;
};

// The lemma section from Arramooz, when the corpus has it; its lemmas the corpus lacks teach the
// model too when configured so.
std::string LemmaSection(const VocalizerTrainingConfig& config, const CountTable& words,
                         Examples& examples, std::string& sources, std::ostream* log) {
  StringTableBuilder section;
  const fs::path arramooz = config.corpus_dir / "arramooz";
  if (fs::is_directory(arramooz)) {
    const std::vector<Lemma> lemmas = ReadArramooz(arramooz.string());
    for (const Lemma& lemma : lemmas) {
      section.Add(lemma.bare, lemma.vocalized,
                  static_cast<uint32_t>(ClassLetter(lemma.word_class)));
      if (!config.lemmas_teach_model || words.contains(lemma.bare)) continue;
      examples.Teach(SplitMarks(ToUtf32(lemma.vocalized)));
    }
    sources += "arramooz/ (" + std::to_string(lemmas.size()) + " lemmas)\n";
    if (log) *log << lemmas.size() << " Arramooz lemmas\n";
  }
  return section.Serialize();
}

}  // namespace

std::string BuildVocalizerData(const VocalizerTrainingConfig& config, std::ostream* log) {
  CorpusCounts counts = CountCorpus(config, log);
  WordReadings words = RankWords(counts.words);
  size_t after_kept = 0, before_kept = 0;
  std::string after_section = ContextSection(counts.after_word, true, words.readings, &after_kept);
  std::string before_section =
      ContextSection(counts.before_word, false, words.readings, &before_kept);
  if (log) {
    *log << counts.words.size() << " forms, " << words.section.size() << " readings, " << after_kept
         << " + " << before_kept << " context counts\n";
  }
  const std::vector<std::u32string> labels = ChooseLabels(words.label_counts);
  Examples examples(labels);
  for (const MarkedWord& marked : words.pairs) examples.Teach(marked);
  std::string lemmas = LemmaSection(config, counts.words, examples, counts.sources, log);
  if (log) *log << examples.all().size() << " model examples, " << labels.size() << " labels\n";
  std::string model = TrainCharModel(examples.all(), labels, config.model, log);

  std::string note = "rawi vocalizer data\nsources:\n" + counts.sources +
                     "forms: " + std::to_string(counts.words.size()) +
                     "\nreadings: " + std::to_string(words.section.size()) + "\nmodel rows: 2^" +
                     std::to_string(config.model.rows_log2) +
                     ", epochs: " + std::to_string(config.model.epochs) + "\n";
  SectionWriter writer;
  writer.Add(static_cast<uint32_t>(VocalizerSection::kWords), words.section.Serialize());
  writer.Add(static_cast<uint32_t>(VocalizerSection::kAfterWord), std::move(after_section));
  writer.Add(static_cast<uint32_t>(VocalizerSection::kBeforeWord), std::move(before_section));
  writer.Add(static_cast<uint32_t>(VocalizerSection::kCharModel), std::move(model));
  writer.Add(static_cast<uint32_t>(VocalizerSection::kNote), std::move(note));
  writer.Add(static_cast<uint32_t>(VocalizerSection::kLemmas), std::move(lemmas));
  return writer.Serialize();
}

}  // namespace rawi
