#include "normalize/number_tables.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "normalize/cursor.h"
#include "text/utf8.h"
#include "util/data_dir.h"
#include "util/data_file.h"

namespace rawi {

namespace {

// Lets the sets be searched with a u32string_view, without a copy.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>{}(s); }
};
using WordSet = std::unordered_set<std::u32string, ViewHash, std::equal_to<>>;

}  // namespace

struct NumberTables::Data {
  std::vector<std::unique_ptr<CountedNoun>> nouns;  // owned here, so pointers stay valid
  std::vector<std::pair<std::u32string, const CountedNoun*>> symbols;  // longest first
  std::unordered_map<std::u32string, const CountedNoun*> units;
  std::unordered_set<std::u32string> phrase_starts;
  std::unordered_map<std::u32string, int> scales;
  std::unordered_map<std::u32string, int> months;
  std::array<std::array<std::string, 12>, 2> month_names;
  std::array<WordSet, 7> words;  // by NumberWord
};

namespace {

// The comma-separated entries of a field, without empty ones.
std::vector<std::u32string> List(std::string_view field) {
  std::vector<std::u32string> items;
  for (size_t start = 0; start <= field.size();) {
    size_t comma = field.find(',', start);
    if (comma == std::string_view::npos) comma = field.size();
    if (comma > start) items.push_back(ToUtf32(field.substr(start, comma - start)));
    start = comma + 1;
  }
  return items;
}

std::optional<Gender> ParseGender(std::string_view field) {
  if (field == "m") return Gender::kMasculine;
  if (field == "f") return Gender::kFeminine;
  return std::nullopt;
}

const std::pair<std::string_view, NumberWord> kKinds[] = {{"label", NumberWord::kLabel},
                                                          {"particle", NumberWord::kParticle},
                                                          {"year", NumberWord::kYear},
                                                          {"code", NumberWord::kCode},
                                                          {"period", NumberWord::kPeriod}};

}  // namespace

NumberTables::NumberTables() : data_(std::make_unique<Data>()) {}
NumberTables::~NumberTables() = default;
NumberTables::NumberTables(NumberTables&&) noexcept = default;
NumberTables& NumberTables::operator=(NumberTables&&) noexcept = default;

void NumberTables::LoadUnits(const std::filesystem::path& file) {
  LoadUnitsText(ReadDataFile(file, "units"), file.string());
}
void NumberTables::LoadMonths(const std::filesystem::path& file) {
  LoadMonthsText(ReadDataFile(file, "month names"), file.string());
}
void NumberTables::LoadWords(const std::filesystem::path& file) {
  LoadWordsText(ReadDataFile(file, "number words"), file.string());
}

void NumberTables::LoadUnitsText(std::string_view text, const std::string& origin) {
  for (const DataLine& line : DataLines(text, origin)) {
    const auto& f = line.fields;
    const auto gender = f.size() == 8 ? ParseGender(f[7]) : std::nullopt;
    if (!gender || f[3].empty() || f[4].empty() || f[5].empty() || f[6].empty()) {
      throw line.Problem(
          "expected NAME<TAB>SYMBOLS<TAB>WRITTEN<TAB>ONE<TAB>TWO<TAB>PLURAL<TAB>"
          "ACCUSATIVE<TAB>m|f");
    }
    data_->nouns.push_back(std::make_unique<CountedNoun>(CountedNoun{
        std::string(f[3]), std::string(f[4]), std::string(f[5]), std::string(f[6]), *gender}));
    const CountedNoun* noun = data_->nouns.back().get();
    for (auto& symbol : List(f[1])) data_->symbols.emplace_back(std::move(symbol), noun);
    for (const auto& written : List(f[2])) {
      data_->units[written] = noun;
      if (size_t space = written.find(U' '); space != std::u32string::npos) {
        data_->phrase_starts.insert(written.substr(0, space));
      }
    }
  }
  std::stable_sort(data_->symbols.begin(), data_->symbols.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

void NumberTables::LoadMonthsText(std::string_view text, const std::string& origin) {
  for (const DataLine& line : DataLines(text, origin)) {
    const auto& f = line.fields;
    const int month = f.size() >= 3 ? std::atoi(std::string(f[1]).c_str()) : 0;
    const bool syriac = f.size() >= 3 && f[0] == "syriac";
    if (month < 1 || month > 12 || f.size() > 4 || (!syriac && f[0] != "gregorian") ||
        f[2].empty()) {
      throw line.Problem("expected gregorian|syriac<TAB>1..12<TAB>SPOKEN<TAB>WRITTEN");
    }
    data_->month_names[syriac ? 1 : 0][static_cast<size_t>(month - 1)] = f[2];
    if (f.size() == 4) {
      for (const auto& written : List(f[3])) data_->months[written] = month;
    }
  }
}

void NumberTables::LoadWordsText(std::string_view text, const std::string& origin) {
  for (const DataLine& line : DataLines(text, origin)) {
    const auto& f = line.fields;
    if (f.size() < 2 || f.size() > 3 || f[1].empty()) throw line.Problem("expected KIND<TAB>WORD");
    const std::u32string word = ToUtf32(f[1]);
    const std::string_view value = f.size() == 3 ? f[2] : "";
    if (f[0] == "scale" && value.size() == 1 && value[0] >= '1' && value[0] <= '4') {
      data_->scales[word] = value[0] - '0';
      continue;
    }
    if (f[0] == "ordinal" && ParseGender(value)) {
      const bool feminine = *ParseGender(value) == Gender::kFeminine;
      Insert(feminine ? NumberWord::kOrdinalFeminine : NumberWord::kOrdinalMasculine, word);
      continue;
    }
    const auto kind = std::find_if(std::begin(kKinds), std::end(kKinds),
                                   [&](const auto& k) { return k.first == f[0]; });
    if (kind == std::end(kKinds) || f.size() != 2) {
      throw line.Problem(
          "expected scale<TAB>WORD<TAB>1..4, ordinal<TAB>WORD<TAB>m|f, or "
          "label|particle|year|code|period<TAB>WORD");
    }
    Insert(kind->second, word);
  }
}

void NumberTables::Insert(NumberWord kind, const std::u32string& word) {
  data_->words[static_cast<size_t>(kind)].insert(word);
}

const CountedNoun* NumberTables::SymbolAt(std::u32string_view text, size_t pos,
                                          size_t* length) const {
  if (pos >= text.size()) return nullptr;
  const std::u32string_view rest = text.substr(pos);
  for (const auto& [symbol, noun] : data_->symbols) {
    if (!rest.starts_with(symbol)) continue;
    // A sign written with letters (د.ل) ends at a word boundary: د.لبنان is not one.
    if (IsLetter(symbol.front()) &&
        IsLetter(symbol.size() < rest.size() ? rest[symbol.size()] : 0)) {
      continue;
    }
    *length = symbol.size();
    return noun;
  }
  return nullptr;
}

const CountedNoun* NumberTables::Unit(const std::u32string& written) const {
  const auto it = data_->units.find(written);
  return it == data_->units.end() ? nullptr : it->second;
}

bool NumberTables::StartsUnitPhrase(const std::u32string& word) const {
  return data_->phrase_starts.count(word) > 0;
}

int NumberTables::Scale(const std::u32string& word) const {
  const auto it = data_->scales.find(word);
  return it == data_->scales.end() ? 0 : it->second;
}

int NumberTables::Month(const std::u32string& word) const {
  const auto it = data_->months.find(word);
  return it == data_->months.end() ? 0 : it->second;
}

const std::string& NumberTables::MonthName(MonthNames names, int month) const {
  return data_->month_names[names == MonthNames::kSyriac ? 1 : 0][static_cast<size_t>(month - 1)];
}

bool NumberTables::Is(NumberWord kind, std::u32string_view word) const {
  const auto& words = data_->words[static_cast<size_t>(kind)];
  return !words.empty() && words.find(word) != words.end();
}

const NumberTables& ProjectNumberTables() {
  static const NumberTables tables = [] {
    NumberTables t;
    t.LoadUnits(VoicesDir() / "ar-units.tsv");
    t.LoadMonths(VoicesDir() / "ar-months.tsv");
    t.LoadWords(VoicesDir() / "ar-number-words.tsv");
    return t;
  }();
  return tables;
}

}  // namespace rawi
