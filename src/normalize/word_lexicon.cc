#include "normalize/word_lexicon.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/diacritics.h"
#include "text/utf8.h"
#include "util/data_file.h"
#include "util/error.h"

namespace rawi {
namespace {

bool IsWordChar(char32_t c) {
  return u_isalnum(static_cast<UChar32>(c)) || IsHaraka(c) ||
         u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

}  // namespace

void WordLexicon::Load(const std::filesystem::path& file, const std::string& language) {
  LoadText(ReadDataFile(file, "lexicon"), file.string(), language);
}

void WordLexicon::LoadText(std::string_view text, const std::string& origin,
                           const std::string& language) {
  for (const DataLine& line : DataLines(text, origin)) {
    const auto& fields = line.fields;
    if (fields.size() < 2 || fields[0].empty() || fields[1].empty() || fields.size() > 3) {
      throw line.Problem("expected WRITTEN<TAB>SPOKEN[<TAB>LANGUAGE]");
    }
    if (fields.size() == 3 && !fields[2].empty() && fields[2] != language) continue;
    Add(ToUtf32(fields[0]), ToUtf32(fields[1]));
  }
}

void WordLexicon::Add(std::u32string written, std::u32string spoken) {
  auto& lengths = lengths_by_first_[written.front()];
  if (std::find(lengths.begin(), lengths.end(), written.size()) == lengths.end()) {
    lengths.push_back(written.size());
    std::sort(lengths.rbegin(), lengths.rend());
  }
  entries_[std::move(written)] = std::move(spoken);
}

size_t WordLexicon::Match(const std::u32string& text, size_t pos,
                          const std::u32string** spoken) const {
  if (pos > 0 && IsWordChar(text[pos - 1])) return 0;
  auto it = lengths_by_first_.find(text[pos]);
  if (it == lengths_by_first_.end()) return 0;
  for (size_t length : it->second) {
    if (pos + length > text.size()) continue;
    // The match must end at a word boundary, unless the entry itself ends in punctuation (د.).
    const char32_t last = text[pos + length - 1];
    if (pos + length < text.size() && IsWordChar(last) && IsWordChar(text[pos + length])) continue;
    auto entry = entries_.find(text.substr(pos, length));
    if (entry != entries_.end()) {
      *spoken = &entry->second;
      return length;
    }
  }
  return 0;
}

}  // namespace rawi
