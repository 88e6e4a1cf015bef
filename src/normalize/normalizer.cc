#include "normalize/normalizer.h"

#include <unicode/uchar.h>

#include "normalize/repair.h"
#include "text/diacritics.h"
#include "text/language.h"
#include "text/utf8.h"
#include "util/error.h"

namespace rawi {

struct Normalizer::LanguageData {
  WordLexicon abbreviations;
  WordLexicon lexicon;
  NounGenders genders;
  NumberTables tables;
  ArabicNormalizerData arabic;
  bool is_arabic = false;
};

namespace {

void CollapseWhitespace(std::u32string& text) {
  std::u32string out;
  out.reserve(text.size());
  bool pending = false;
  for (char32_t c : text) {
    const bool space =
        c == U'\t' || c == U'\n' || c == U'\r' || u_isUWhiteSpace(static_cast<UChar32>(c));
    if (space) {
      pending = !out.empty();
      continue;
    }
    if (u_charType(static_cast<UChar32>(c)) == U_CONTROL_CHAR) continue;
    if (pending) out.push_back(U' ');
    pending = false;
    out.push_back(c);
  }
  text = std::move(out);
}

}  // namespace

MonthNames ParseMonthNames(const std::string& name, const std::string& flag) {
  if (name == "gregorian") return MonthNames::kGregorian;
  if (name == "syriac") return MonthNames::kSyriac;
  throw UsageError(flag + " " + name + ": use gregorian or syriac");
}

Normalizer::Normalizer(NormalizerConfig config)
    : config_(std::move(config)),
      arabic_(std::make_unique<LanguageData>()),
      english_(std::make_unique<LanguageData>()) {
  for (auto* data : {arabic_.get(), english_.get()}) {
    const bool arabic = data == arabic_.get();
    const std::string language = arabic ? "ar" : "en";
    data->is_arabic = arabic;
    if (!config_.voices_dir.empty()) {
      data->abbreviations.Load(config_.voices_dir / "abbreviations.tsv", language);
      if (arabic) {
        data->lexicon.Load(config_.voices_dir / "ar-lexicon.tsv", language);
        data->genders.Load(config_.voices_dir / "ar-noun-gender.tsv");
        data->tables.LoadUnits(config_.voices_dir / "ar-units.tsv");
        data->tables.LoadMonths(config_.voices_dir / "ar-months.tsv");
        data->tables.LoadWords(config_.voices_dir / "ar-number-words.tsv");
        data->arabic.tables = &data->tables;
      }
    }
    if (config_.user_lexicon) data->lexicon.Load(*config_.user_lexicon, language);
    data->arabic.abbreviations = &data->abbreviations;
    data->arabic.lexicon = &data->lexicon;
    data->arabic.genders = &data->genders;
    data->arabic.months = config_.months;
  }
}

Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;

const Normalizer::LanguageData& Normalizer::DataFor(const std::string& language) const {
  return Language(language).IsArabic() ? *arabic_ : *english_;
}

std::string Normalizer::Normalize(std::string_view text, const std::string& language) const {
  const LanguageData& data = DataFor(language);
  std::u32string repaired = RepairText(ToUtf32(text));
  CollapseWhitespace(repaired);
  if (data.is_arabic) return ToUtf8(NormalizeArabicLine(repaired, data.arabic));
  // Other languages: abbreviations and lexicon only.
  RestoreFractions(repaired);
  std::u32string out;
  out.reserve(repaired.size());
  for (size_t i = 0; i < repaired.size();) {
    const std::u32string* spoken = nullptr;
    size_t length = data.abbreviations.Match(repaired, i, &spoken);
    if (length == 0) length = data.lexicon.Match(repaired, i, &spoken);
    if (length > 0) {
      out += *spoken;
      i += length;
    } else {
      out.push_back(repaired[i++]);
    }
  }
  PutShaddaFirst(out);
  return ToUtf8(out);
}

void Normalizer::Apply(Document& doc) const {
  doc.title.spoken = Normalize(doc.title.written, doc.language);
  for (Section& section : doc.sections) {
    if (section.heading) {
      section.heading->spoken = Normalize(section.heading->written, doc.language);
    }
    for (Paragraph& paragraph : section.paragraphs) {
      const std::string& language = paragraph.language.empty() ? doc.language : paragraph.language;
      for (Sentence& sentence : paragraph.sentences) {
        sentence.spoken = Normalize(sentence.written, language);
      }
    }
  }
}

}  // namespace rawi
