#include "vocalize/thesaurus_lemmas.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <vector>

#include "text/diacritics.h"
#include "text/utf8.h"
#include "text/whitespace.h"
#include "util/data_file.h"
#include "util/error.h"
#include "vocalize/arabic_letters.h"

namespace rawi {
namespace {

// The text of a MyThes file as UTF-8, from the encoding named on its first line.
std::string ToUtf8Text(std::string_view bytes, const std::string& origin) {
  const size_t newline = bytes.find('\n');
  std::string charset(Trim(bytes.substr(0, newline)));
  const std::string_view body =
      newline == std::string_view::npos ? std::string_view() : bytes.substr(newline + 1);
  std::string upper = charset;
  std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
  if (upper == "UTF-8" || upper == "UTF8") return std::string(body);
  const icu::UnicodeString text(body.data(), static_cast<int32_t>(body.size()), charset.c_str());
  if (text.isBogus()) throw FileError(origin, "unknown encoding '" + charset + "'");
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

bool IsWordOfLetters(std::u32string_view word) {
  bool marks = false;
  for (char32_t c : word) {
    if (IsHaraka(c)) {
      marks = true;
    } else if (!IsArabicLetter(c)) {
      return false;
    }
  }
  return marks && !word.empty() && !IsHaraka(word.front());
}

struct Seen {
  size_t count = 0;
  size_t first = 0;  // order of first appearance, for ties
  WordClass word_class = WordClass::kNoun;
};

}  // namespace

std::optional<std::filesystem::path> FindArabicThesaurus() {
  const std::filesystem::path dir = "/usr/share/mythes";
  for (const char* name : {"th_ar.dat", "th_ar_LY_v2.dat"}) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(dir / name, ec)) return dir / name;
  }
  std::error_code ec;
  std::vector<std::filesystem::path> found;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("th_ar", 0) == 0 && entry.path().extension() == ".dat") {
      found.push_back(entry.path());
    }
  }
  if (found.empty()) return std::nullopt;
  std::sort(found.begin(), found.end());
  return found.front();
}

void LoadThesaurusLemmas(const std::filesystem::path& file, VocalizedLexicon& lexicon) {
  LoadThesaurusText(ReadDataFile(file, "thesaurus"), file.string(), lexicon);
}

void LoadThesaurusText(std::string_view bytes, const std::string& origin,
                       VocalizedLexicon& lexicon) {
  const std::string text = ToUtf8Text(bytes, origin);
  // written form -> vocalization -> how often
  std::unordered_map<std::u32string, std::map<std::u32string, Seen>> seen;
  size_t order = 0;
  for (std::string_view line : SplitLines(text)) {
    if (line.empty() || line.front() != '(') continue;
    const size_t close = line.find(")|");
    if (close == std::string_view::npos) continue;
    const std::string_view pos = line.substr(1, close - 1);
    const WordClass word_class = pos == "فعل" ? WordClass::kPast : WordClass::kNoun;
    std::string_view rest = line.substr(close + 2);
    while (!rest.empty()) {
      const size_t bar = rest.find('|');
      std::u32string word = ToUtf32(Trim(rest.substr(0, bar)));
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      if (!IsWordOfLetters(word)) continue;
      TidyMarks(word);
      if (word.size() > 1 && word[1] == kShadda) word.erase(1, 1);  // نَّمِيمَة: a slip
      if (MarkStateOf(word) != MarkState::kFull) continue;          // تَأجيل: half done
      DropFinalVowel(word);
      Seen& s = seen[Bare(word)][word];
      if (s.count++ == 0) {
        s.first = order++;
        s.word_class = word_class;
      }
    }
  }
  // Deterministic: written forms in order of first appearance.
  std::vector<std::pair<size_t, const std::u32string*>> written;
  for (const auto& [key, forms] : seen) {
    size_t first = SIZE_MAX;
    for (const auto& [form, s] : forms) first = std::min(first, s.first);
    written.emplace_back(first, &key);
  }
  std::sort(written.begin(), written.end());
  for (const auto& [unused, key] : written) {
    std::vector<std::pair<const std::u32string*, Seen>> forms;
    for (const auto& [form, s] : seen[*key]) forms.emplace_back(&form, s);
    std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
      if (a.second.count != b.second.count) return a.second.count > b.second.count;
      return a.second.first < b.second.first;
    });
    for (const auto& [form, s] : forms) lexicon.Add(*key, *form, s.word_class);
  }
}

}  // namespace rawi
