#include "vocalize/espeak_spelling.h"

#include "text/diacritics.h"
#include "text/utf8.h"
#include "vocalize/arabic_letters.h"

namespace rawi {
namespace {

bool Starts(const std::u32string& marks, char32_t mark) {
  return !marks.empty() && marks.front() == mark;
}

// Whether letter i begins a consonant cluster or a doubled consonant: sukun, or shadda, or the
// unmarked lam of an article before a doubled sun letter.
bool Cluster(const MarkedWord& w, size_t i) {
  if (i >= w.letters.size()) return false;
  if (Starts(w.marks[i], kSukun) || Starts(w.marks[i], kShadda)) return true;
  return w.letters[i] == U'ل' && w.marks[i].empty() && i + 1 < w.letters.size() &&
         Starts(w.marks[i + 1], kShadda);
}

bool IsProclitic(char32_t c) {
  return c == U'و' || c == U'ف' || c == U'ب' || c == U'ك' || c == U'ل';
}

// Where the article's alef is (after at most two proclitics), or npos.
size_t ArticleAlef(const MarkedWord& w) {
  for (size_t p = 0; p <= 2 && p + 2 < w.letters.size(); ++p) {
    if (w.letters[p] == U'ا' && w.letters[p + 1] == U'ل') return p;
    if (!IsProclitic(w.letters[p])) break;
  }
  return std::u32string::npos;
}

// The article before hamzat wasl in one spelling: الْاِحْتِلَال, لِلْاِحْتِلَال (also written
// الِاحْتِلَال or الاحْتِلَال).
void ArticleBeforeWasl(MarkedWord& w) {
  const size_t n = w.letters.size();
  for (size_t i = 2; i + 1 < n; ++i) {
    if (w.letters[i] == U'ا' && (w.marks[i].empty() || w.marks[i] == std::u32string(1, kKasra)) &&
        w.letters[i - 1] == U'ل' &&
        (w.marks[i - 1].empty() || w.marks[i - 1] == std::u32string(1, kKasra)) &&
        (w.letters[i - 2] == U'ا' || w.letters[i - 2] == kAlefWasla || w.letters[i - 2] == U'ل') &&
        Cluster(w, i + 1)) {
      w.marks[i - 1] = std::u32string(1, kSukun);
      w.marks[i] = std::u32string(1, kKasra);
    }
  }
}

}  // namespace

void StandardSpelling(std::u32string& vocalized) {
  for (char32_t& c : vocalized) {
    if (c == kAlefWasla) c = U'ا';
  }
}

void EspeakSpelling(std::u32string& vocalized) {
  MarkedWord w = SplitMarks(vocalized);
  const size_t n = w.letters.size();
  const MarkedWord before_tidying = w;
  ArticleBeforeWasl(w);
  bool changed = w.marks != before_tidying.marks;
  for (size_t i = 1; i + 1 < n; ++i) {
    if (w.letters[i] != U'ا' || !Cluster(w, i + 1)) continue;
    const std::u32string& before = w.marks[i - 1];
    const bool article_lam =
        w.letters[i - 1] == U'ل' && i >= 2 &&
        (w.letters[i - 2] == U'ا' || w.letters[i - 2] == kAlefWasla || w.letters[i - 2] == U'ل');
    if (article_lam && (w.marks[i].empty() || w.marks[i] == std::u32string(1, kKasra))) {
      // الِاسْتِخْدَام, الْاِسْتِخْدَام, لِلِاسْتِثْمَار: the lam takes the kasra.
      w.marks[i - 1] = std::u32string(1, kKasra);
    } else if (!w.marks[i].empty()) {
      continue;
    } else if (Starts(before, kKasra) && before.size() == 1) {
      // بِالْعَمَل, بِاسْتِخْدَام
    } else if (i == 1 && (w.letters[0] == U'و' || w.letters[0] == U'ف') &&
               before == std::u32string(1, kFatha) && ArticleAlef(w) != 1) {
      // وَاسْتَخْدَمَ, فَاتَّخَذَ (not وَالْكِتَاب, which eSpeak NG reads right)
    } else {
      continue;
    }
    w.letters[i] = kAlefWasla;
    w.marks[i].clear();
    changed = true;
  }
  // A phrase-initial hamzat wasl is read i (اِنْفِجَار, اِلْتِزَام), not a. Before لْ it is the
  // article's alef, unless a sun letter follows undoubled (الْتِزَام is not the article).
  const bool not_article = w.letters.size() >= 3 && w.letters[1] == U'ل' &&
                           w.marks[1] == std::u32string(1, kSukun) && IsSunLetter(w.letters[2]) &&
                           !Starts(w.marks[2], kShadda);
  if (n >= 3 && w.letters[0] == U'ا' && w.marks[0].empty() &&
      (w.letters[1] != U'ل' || not_article) && Cluster(w, 1)) {
    w.marks[0] = std::u32string(1, kKasra);
    changed = true;
  }
  if (changed) vocalized = JoinMarks(w);
}

std::string EspeakSpellingOfLine(std::string_view line) {
  const std::u32string text = ToUtf32(line);
  std::u32string out;
  out.reserve(text.size());
  size_t copied = 0;
  for (const WordSpan& span : ArabicWords(text)) {
    out.append(text, copied, span.begin - copied);
    std::u32string word = text.substr(span.begin, span.end - span.begin);
    EspeakSpelling(word);
    out += word;
    copied = span.end;
  }
  out.append(text, copied, std::u32string::npos);
  return ToUtf8(out);
}

void TidyReading(MarkedWord& w) {
  const size_t n = w.letters.size();
  // Tanween written on a final alef or alef maksura belongs to the letter before it.
  if (n >= 2 && (w.letters[n - 1] == U'ا' || w.letters[n - 1] == U'ى') &&
      w.marks[n - 1].find(kFathatan) != std::u32string::npos && w.marks[n - 2].empty()) {
    w.marks[n - 2] = std::u32string(1, kFathatan);
    w.marks[n - 1].clear();
  }
  for (size_t i = 1; i < n; ++i) {
    // A fatha typed on the alef of a long ā belongs to the letter before (صَلاَح -> صَلَاح).
    if (w.letters[i] == U'ا' && w.marks[i] == std::u32string(1, kFatha) && w.marks[i - 1].empty()) {
      w.marks[i - 1].swap(w.marks[i]);
    }
  }
  // Hamzat wasl at the start goes unmarked, as most vocalized news writes it (انْفِجَار).
  if (n >= 3 && w.letters[0] == U'ا' && w.marks[0] == std::u32string(1, kKasra) &&
      w.letters[1] != U'ل' && Cluster(w, 1)) {
    w.marks[0].clear();
  }
  ArticleBeforeWasl(w);
  const size_t alef = ArticleAlef(w);
  if (alef == std::u32string::npos || alef + 2 >= n) return;
  const size_t lam = alef + 1;
  const char32_t next = w.letters[lam + 1];
  if (w.marks[lam].empty() && !Starts(w.marks[lam + 1], kShadda) && next != U'ا' &&
      !IsSunLetter(next)) {
    w.marks[lam] = std::u32string(1, kSukun);
  }
  // The sun letter after the article is doubled (الثَّامِنَة), also where the shadda was left out.
  if (w.marks[lam].empty() && IsSunLetter(next) && lam + 2 < n &&
      !Starts(w.marks[lam + 1], kShadda) && !Starts(w.marks[lam + 1], kSukun)) {
    // A letter before a long ā may go without its fatha (الثامِنَة): it gets it with the shadda.
    if (w.marks[lam + 1].empty() && w.letters[lam + 2] == U'ا') w.marks[lam + 1] = kFatha;
    w.marks[lam + 1].insert(w.marks[lam + 1].begin(), kShadda);
  }
  const bool article = w.marks[lam] == std::u32string(1, kSukun) ||
                       (w.marks[lam].empty() && Starts(w.marks[lam + 1], kShadda));
  // Proclitics before the article keep their vowel: بِالْ, وَالْ.
  for (size_t p = 0; article && p < alef; ++p) {
    if (w.marks[p].empty()) {
      const bool kasra = w.letters[p] == U'ب' || w.letters[p] == U'ل';
      w.marks[p] = std::u32string(1, kasra ? kKasra : kFatha);
    }
  }
}

}  // namespace rawi
