#include "vocalize/word_table.h"

#include <cmath>

#include "text/diacritics.h"
#include "text/utf8.h"
#include "vocalize/arabic_letters.h"
#include "vocalize/marked_word.h"

namespace rawi {
namespace {

// How many observations the form's own shares weigh in a neighbour's counts.
constexpr double kPrior = 2.0;

// Adds log P(reading | neighbour) − log P(reading) to every reading's score.
void AddNeighbour(const StringTableView& table, const std::string& key,
                  const std::vector<double>& shares, std::vector<double>& scores) {
  const auto records = table.Find(key);
  if (records.empty()) return;
  std::vector<double> counts(shares.size(), 0.0);
  double total = 0;
  for (const TableRecord& r : records) {
    if (r.offset < counts.size()) counts[r.offset] += r.count;
    total += r.count;
  }
  for (size_t i = 0; i < shares.size(); ++i) {
    const double p = (counts[i] + kPrior * shares[i]) / (total + kPrior);
    scores[i] += std::log(p) - std::log(shares[i]);
  }
}

}  // namespace

WordTable::WordTable(StringTableView words, StringTableView after_word, StringTableView before_word)
    : words_(words), after_word_(after_word), before_word_(before_word) {}

std::optional<WordTable::Choice> WordTable::Find(std::u32string_view bare,
                                                 std::u32string_view previous,
                                                 std::u32string_view next) const {
  const std::string form = ToUtf8(bare);
  const auto readings = words_.Find(form);
  if (readings.empty()) return std::nullopt;
  Choice choice;
  double total = 0;
  for (const TableRecord& r : readings) total += r.count;
  choice.count = static_cast<uint32_t>(total);
  size_t best = 0;
  std::vector<double> scores;
  if (readings.size() > 1) {
    std::vector<double> shares;
    for (const TableRecord& r : readings) shares.push_back(r.count / total);
    scores.resize(shares.size());
    for (size_t i = 0; i < shares.size(); ++i) scores[i] = std::log(shares[i]);
    if (!previous.empty())
      AddNeighbour(after_word_, ToUtf8(previous) + '\t' + form, shares, scores);
    if (!next.empty()) AddNeighbour(before_word_, form + '\t' + ToUtf8(next), shares, scores);
    for (size_t i = 1; i < scores.size(); ++i) {
      if (scores[i] > scores[best]) best = i;
    }
    double sum = 0;
    for (double s : scores) sum += std::exp(s - scores[best]);
    choice.share = 1.0 / sum;
    choice.by_context = best != 0;
  } else {
    choice.share = 1.0;
  }
  choice.vocalized = ToUtf32(words_.Text(readings[best]));
  return choice;
}

std::optional<WordTable::Choice> WordTable::FindAfterProclitics(std::u32string_view bare,
                                                                std::u32string_view previous,
                                                                std::u32string_view next) const {
  static constexpr std::u32string_view kChains[] = {
      U"و", U"ف", U"ب", U"ل", U"ك", U"س", U"وب", U"ول", U"وك", U"وس", U"فب", U"فل", U"فك", U"فس"};
  for (std::u32string_view chain : kChains) {
    if (bare.size() < chain.size() + 2 || bare.substr(0, chain.size()) != chain) continue;
    std::u32string stem(bare.substr(chain.size()));
    if (chain.back() == U'س' && stem[0] != U'ي' && stem[0] != U'ت' && stem[0] != U'ن' &&
        stem[0] != U'أ') {
      continue;
    }
    // لِ + ال + stem loses the article's alef: للموظفين is لِ + الموظفين, and للجنة is لِ + اللجنة
    // (the committee, the reading news means) or لِ + الجنة.
    std::optional<Choice> choice;
    size_t dropped = 0;  // letters of the looked-up stem that are not written
    if (chain.back() == U'ل' && stem[0] == U'ل') {
      for (std::u32string_view article : {U"ال", U"ا"}) {
        choice = Find(std::u32string(article) + stem, previous, next);
        if (choice) {
          dropped = article.size();
          break;
        }
      }
    } else {
      choice = Find(stem, previous, next);
    }
    if (!choice) continue;
    MarkedWord word = SplitMarks(choice->vocalized);
    if (dropped > 0) {
      word.letters.erase(0, dropped);
      word.marks.erase(word.marks.begin(), word.marks.begin() + dropped);
    } else if (word.letters.size() >= 2 && word.letters[0] == U'ا' && word.marks.size() >= 2 &&
               !word.marks[1].empty() &&
               (word.marks[1][0] == kSukun || word.marks[1][0] == kShadda)) {
      word.marks[0].clear();  // hamzat wasl: اِسْتِخْدَام -> بِاسْتِخْدَام
    }
    std::u32string vocalized;
    for (char32_t c : chain) {
      vocalized.push_back(c);
      vocalized.push_back(c == U'ب' || c == U'ل' ? kKasra : kFatha);
    }
    choice->vocalized = vocalized + JoinMarks(word);
    choice->count = 0;
    return choice;
  }
  return std::nullopt;
}

}  // namespace rawi
