#include "vocalize/vocalization_score.h"

#include <algorithm>
#include <unordered_set>

#include "text/diacritics.h"
#include "text/phoneme_clusters.h"
#include "text/utf8.h"
#include "text/whitespace.h"
#include "vocalize/arabic_letters.h"

namespace rawi {
namespace {

std::vector<std::u32string> WordsOf(std::string_view text) {
  const std::u32string t = ToUtf32(text);
  std::vector<std::u32string> words;
  for (size_t i = 0; i < t.size();) {
    if (!IsArabicLetter(t[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < t.size() && (IsArabicLetter(t[end]) || IsHaraka(t[end]) || t[end] == kTatweel)) {
      ++end;
    }
    words.push_back(t.substr(i, end - i));
    i = end;
  }
  return words;
}

size_t EditDistance(const std::vector<std::u32string>& a, const std::vector<std::u32string>& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::vector<std::string> ArabicWords(std::string_view text) {
  std::vector<std::string> out;
  for (const std::u32string& w : WordsOf(text)) out.push_back(ToUtf8(w));
  return out;
}

VowellessCount CountVowelless(std::string_view text, const Phonemizer& phonemizer) {
  VowellessCount count;
  std::unordered_set<std::string> listed;
  for (const std::string& word : ArabicWords(text)) {
    ++count.words;
    if (!HasVowellessWord(phonemizer(word))) continue;
    ++count.vowelless;
    if (listed.insert(word).second) count.examples.push_back(word);
  }
  return count;
}

std::u32string ComparableForm(std::u32string_view word) {
  std::u32string out;
  for (char32_t c : word) {
    if (c == kSukun || c == kTatweel) continue;
    if (c == kAlefWasla) c = U'ا';
    if (c == kDaggerAlef) c = kFatha;
    out.push_back(c);
  }
  PutShaddaFirst(out);
  DropFinalVowel(out);
  return out;
}

WordErrors CountWordErrors(std::string_view hypothesis, std::string_view gold) {
  const auto hyp_lines = SplitLines(hypothesis);
  const auto gold_lines = SplitLines(gold);
  WordErrors result;
  const size_t lines = std::max(hyp_lines.size(), gold_lines.size());
  for (size_t i = 0; i < lines; ++i) {
    std::vector<std::u32string> h;
    std::vector<std::u32string> g;
    if (i < hyp_lines.size()) h = WordsOf(hyp_lines[i]);
    if (i < gold_lines.size()) g = WordsOf(gold_lines[i]);
    for (auto& w : h) w = ComparableForm(w);
    for (auto& w : g) w = ComparableForm(w);
    result.words += g.size();
    result.errors += EditDistance(h, g);
  }
  return result;
}

}  // namespace rawi
