#include "render/word_timings.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>
#include <string>

#include "text/diacritics.h"
#include "text/utf8.h"

namespace rawi {
namespace {

// Above this many cells the alignment table would cost more than the sentence is worth (a
// "sentence" that is a whole unpunctuated page); its words are then timed by length alone.
constexpr size_t kMaxAlignmentCells = 1 << 20;

struct Token {
  size_t begin = 0;  // code points into the text
  size_t end = 0;
  std::u32string key;  // what two spellings of one word share
};

char32_t Fold(char32_t c) {
  switch (c) {
    case U'\u0622':  // آ
    case U'\u0623':  // أ
    case U'\u0625':  // إ
    case kAlefWasla:
      return U'\u0627';
    case U'\u0649':  // ى
      return U'\u064A';
    case U'\u0629':  // ة
      return U'\u0647';
    default:
      return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
  }
}

bool IsWordCharacter(char32_t c) {
  return c != kTatweel && !IsHaraka(c) && u_isalnum(static_cast<UChar32>(c));
}

// White-space separated tokens that hold a letter or a digit.
std::vector<Token> Tokens(std::u32string_view text) {
  std::vector<Token> tokens;
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && u_isUWhiteSpace(static_cast<UChar32>(text[i]))) ++i;
    Token token;
    token.begin = i;
    for (; i < text.size() && !u_isUWhiteSpace(static_cast<UChar32>(text[i])); ++i) {
      if (IsWordCharacter(text[i])) token.key += Fold(text[i]);
    }
    token.end = i;
    if (!token.key.empty()) tokens.push_back(std::move(token));
  }
  return tokens;
}

// Index pairs (written, spoken) of a longest common subsequence of equal keys.
std::vector<std::pair<size_t, size_t>> Matches(const std::vector<Token>& a,
                                               const std::vector<Token>& b) {
  const size_t n = a.size(), m = b.size();
  if (n == 0 || m == 0 || (n + 1) * (m + 1) > kMaxAlignmentCells) return {};
  // suffix[i][j]: the longest common subsequence of a[i..] and b[j..].
  std::vector<uint32_t> suffix((n + 1) * (m + 1), 0);
  auto at = [m](size_t i, size_t j) { return i * (m + 1) + j; };
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      suffix[at(i, j)] = a[i].key == b[j].key
                             ? suffix[at(i + 1, j + 1)] + 1
                             : std::max(suffix[at(i + 1, j)], suffix[at(i, j + 1)]);
    }
  }
  std::vector<std::pair<size_t, size_t>> matches;
  for (size_t i = 0, j = 0; i < n && j < m;) {
    if (a[i].key == b[j].key) {
      matches.emplace_back(i++, j++);
    } else if (suffix[at(i + 1, j)] >= suffix[at(i, j + 1)]) {
      ++i;
    } else {
      ++j;
    }
  }
  return matches;
}

}  // namespace

std::vector<WordTiming> AlignWords(std::string_view written, std::string_view spoken,
                                   const std::vector<WordMark>& marks, uint64_t start,
                                   uint64_t end) {
  const std::u32string written32 = ToUtf32(written);
  const std::vector<Token> words = Tokens(written32);
  const std::vector<Token> said = Tokens(ToUtf32(spoken));
  const uint64_t length = end > start ? end - start : 0;

  // When each spoken token starts: its first mark, else (no mark fell inside it) the next
  // token's, else the end.
  std::vector<uint64_t> said_start(said.size() + 1, length);
  {
    std::vector<std::optional<uint64_t>> own(said.size());
    size_t k = 0;
    for (const WordMark& mark : marks) {
      while (k < said.size() && said[k].end <= mark.text_offset) ++k;
      if (k == said.size()) break;
      if (mark.text_offset >= said[k].begin && !own[k]) own[k] = std::min(mark.sample, length);
    }
    for (size_t j = said.size(); j-- > 0;) said_start[j] = own[j].value_or(said_start[j + 1]);
  }

  std::vector<uint64_t> starts(words.size(), 0);
  // Written words [from, to) share the time from `run_start` to `run_end` by length.
  auto share = [&](size_t from, size_t to, uint64_t run_start, uint64_t run_end) {
    size_t total = 0;
    for (size_t i = from; i < to; ++i) total += words[i].key.size();
    size_t before = 0;
    for (size_t i = from; i < to; ++i) {
      starts[i] = run_start + (run_end > run_start ? (run_end - run_start) * before / total : 0);
      before += words[i].key.size();
    }
  };
  auto matches = Matches(words, said);
  matches.emplace_back(words.size(), said.size());  // the end, as a last match
  size_t next_word = 0, next_said = 0;
  for (const auto& [i, j] : matches) {
    share(next_word, i, said_start[next_said], said_start[j]);
    if (i < words.size()) starts[i] = said_start[j];
    next_word = i + 1;
    next_said = j + 1;
  }

  std::vector<WordTiming> timings;
  timings.reserve(words.size());
  uint64_t previous = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    previous = std::max(previous, starts[i]);
    timings.push_back({ToUtf8(std::u32string_view(written32).substr(words[i].begin,
                                                                    words[i].end - words[i].begin)),
                       start + previous, 0});
  }
  for (size_t i = 0; i < timings.size(); ++i) {
    timings[i].end = i + 1 < timings.size() ? timings[i + 1].start : start + length;
  }
  return timings;
}

}  // namespace rawi
