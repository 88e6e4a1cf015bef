#include "vocalize/lemma_table.h"

#include <algorithm>
#include <filesystem>

#include "text/diacritics.h"
#include "text/utf8.h"
#include "text/whitespace.h"
#include "util/data_file.h"
#include "util/error.h"
#include "vocalize/arabic_letters.h"
#include "vocalize/espeak_spelling.h"
#include "vocalize/marked_word.h"

namespace rawi {
namespace {

namespace fs = std::filesystem;

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

// The pausal reading of a dictionary form, or nothing when it is not one vocalized word.
std::optional<MarkedWord> Reading(std::string_view field) {
  const std::u32string word = ToUtf32(field);
  if (word.empty()) return std::nullopt;
  for (char32_t c : word) {
    if (!IsArabicLetter(c) && !IsHaraka(c)) return std::nullopt;
  }
  MarkedWord marked = SplitMarks(word);
  TidyReading(marked);
  if (marked.letters.size() < 2 || MarkStateOf(JoinMarks(marked)) != MarkState::kFull) {
    return std::nullopt;
  }
  DropFinalMarks(marked);
  return marked;
}

void Add(std::vector<Lemma>& out, const MarkedWord& word, WordClass c) {
  out.push_back({ToUtf8(word.letters), ToUtf8(JoinMarks(word)), c});
}

bool IsWeak(char32_t c) {
  return c == U'ا' || c == U'و' || c == U'ي' || c == U'ى' || c == U'ء' || c == U'أ' || c == U'إ' ||
         c == U'آ' || c == U'ؤ' || c == U'ئ';
}

// The imperfect's middle vowel as Arramooz names it (ضمة, فتحة, كسرة); nothing for anything else
// (its three-letter verbs without a named vowel carry a placeholder fatha).
std::u32string MiddleVowel(std::u32string_view name) {
  if (name == U"ضمة") return std::u32string(1, kDamma);
  if (name == U"فتحة") return std::u32string(1, kFatha);
  if (name == U"كسرة") return std::u32string(1, kKasra);
  return U"";
}

// يَفْعُل from فَعَلَ and the middle vowel, for a verb of three sound letters.
std::optional<MarkedWord> Imperfect(const MarkedWord& past, std::u32string_view middle) {
  if (past.letters.size() != 3 || middle.size() != 1) return std::nullopt;
  for (size_t i = 0; i < 3; ++i) {
    if (IsWeak(past.letters[i]) || past.marks[i].find(kShadda) != std::u32string::npos) {
      return std::nullopt;
    }
  }
  if (middle[0] != kFatha && middle[0] != kDamma && middle[0] != kKasra) return std::nullopt;
  MarkedWord out;
  out.letters = U"ي" + past.letters;
  out.marks = {std::u32string(1, kFatha), std::u32string(1, kSukun), std::u32string(middle), U""};
  return out;
}

}  // namespace

void LemmaTable::Find(std::u32string_view bare, std::vector<StemEntry>& out) const {
  for (const TableRecord& r : table_.Find(ToUtf8(bare))) {
    WordClass c;
    if (!ClassFromLetter(static_cast<char>(r.count), &c)) continue;
    out.push_back({ToUtf32(table_.Text(r)), c});
  }
}

std::vector<Lemma> ReadArramooz(const std::string& folder) {
  if (!fs::is_directory(folder)) throw FileError(folder, "not a folder of Arramooz data");
  std::vector<Lemma> out;
  std::vector<fs::path> nouns;
  for (const auto& entry : fs::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("data_nouns_", 0) == 0 && name != "data_nouns_wordfreq.csv") {
      nouns.push_back(entry.path());
    }
  }
  std::sort(nouns.begin(), nouns.end());
  for (const fs::path& file : nouns) {
    const std::string text = ReadDataFile(file, "Arramooz noun list");
    for (std::string_view line : SplitLines(text)) {
      if (line.empty() || line[0] == '#') continue;
      const auto fields = Fields(line);
      if (fields.size() < 13) continue;
      if (auto singular = Reading(fields[1])) Add(out, *singular, WordClass::kNoun);
      size_t start = 0;
      const std::string_view plurals = fields[12];
      while (start < plurals.size()) {
        size_t end = plurals.find(';', start);
        if (end == std::string_view::npos) end = plurals.size();
        std::string_view plural = Trim(plurals.substr(start, end - start));
        if (!plural.empty() && plural[0] != '+') {
          if (auto reading = Reading(plural)) Add(out, *reading, WordClass::kNoun);
        }
        start = end + 1;
      }
    }
  }
  const fs::path verbs = fs::path(folder) / "data_verbs_verbs.aya.dic";
  const std::string text = ReadDataFile(verbs, "Arramooz verb list");
  for (std::string_view line : SplitLines(text)) {
    if (line.empty() || line[0] == '#') continue;
    const auto fields = Fields(line);
    if (fields.size() < 4) continue;
    const std::u32string past_text = ToUtf32(fields[0]);
    auto past = Reading(fields[0]);
    if (!past) continue;
    Add(out, *past, WordClass::kPast);
    // The middle vowel comes from the full past (before its last mark was dropped).
    if (auto imperfect = Imperfect(SplitMarks(past_text), MiddleVowel(ToUtf32(Trim(fields[3]))))) {
      Add(out, *imperfect, WordClass::kImperfect);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace rawi
