#include "normalize/arabic_normalizer.h"

#include <unicode/uchar.h>

#include <optional>
#include <string_view>
#include <vector>

#include "normalize/arabic_numbers.h"
#include "normalize/diacritics.h"
#include "normalize/noun_genders.h"
#include "normalize/repair.h"
#include "normalize/unicode_text.h"

namespace rawi {
namespace {

constexpr char32_t kHalf = kProtectedHalf;
constexpr char32_t kQuarter = kProtectedQuarter;
constexpr char32_t kThreeQuarters = kProtectedThreeQuarters;
constexpr char32_t kThird = kProtectedThird;
constexpr char32_t kTwoThirds = kProtectedTwoThirds;

const std::array<const char*, 12> kGregorianMonths = {"يَنَايِر",  "فِبْرَايِر", "مَارِس",   "أَبْرِيل",
                                                      "مَايُو",   "يُونْيُو",  "يُولْيُو",  "أَغُسْطُس",
                                                      "سِبْتَمْبِر", "أُكْتُوبَر", "نُوفَمْبِر", "دِيسَمْبِر"};
const std::array<const char*, 12> kSyriacMonths = {
    "كَانُون الثَّانِي", "شُبَاط", "آذَار",  "نَيْسَان",       "أَيَّار",         "حَزِيرَان",
    "تَمُّوز",         "آب",   "أَيْلُول", "تِشْرِين الأول", "تِشْرِين الثَّانِي", "كَانُون الأول"};

// Written month names of both sets (without diacritics) and their numbers.
struct WrittenMonth {
  const char32_t* name;
  int month;
};
const WrittenMonth kWrittenMonths[] = {
    {U"يناير", 1},   {U"فبراير", 2}, {U"مارس", 3},    {U"أبريل", 4},   {U"ابريل", 4},
    {U"إبريل", 4},   {U"مايو", 5},   {U"يونيو", 6},   {U"يوليو", 7},   {U"أغسطس", 8},
    {U"اغسطس", 8},   {U"سبتمبر", 9}, {U"أكتوبر", 10}, {U"اكتوبر", 10}, {U"نوفمبر", 11},
    {U"ديسمبر", 12}, {U"شباط", 2},   {U"آذار", 3},    {U"نيسان", 4},   {U"أيار", 5},
    {U"حزيران", 6},  {U"تموز", 7},   {U"آب", 8},      {U"أيلول", 9},
};

// A noun counted by a number, in the forms CountFormFor selects.
struct CountedNoun {
  const char* one;
  const char* two;
  const char* plural;
  const char* accusative;
  Gender gender;
};
const CountedNoun kDollar{"دُولَار", "دُولَارَيْن", "دُولَارَات", "دُولَارًا", Gender::kMasculine};
const CountedNoun kEuro{"يُورُو", "يُورُو", "يُورُو", "يُورُو", Gender::kMasculine};
const CountedNoun kPound{"جُنَيْه", "جُنَيْهَيْن", "جُنَيْهَات", "جُنَيْهًا", Gender::kMasculine};
const CountedNoun kSterling{"جُنَيْه إِسْتِرْلِينِيّ", "جُنَيْهَيْن إِسْتِرْلِينِيَّيْن", "جُنَيْهَات إِسْتِرْلِينِيَّة",
                            "جُنَيْهًا إِسْتِرْلِينِيًّا", Gender::kMasculine};
const CountedNoun kDinar{"دِينَار", "دِينَارَيْن", "دَنَانِير", "دِينَارًا", Gender::kMasculine};
const CountedNoun kLibyanDinar{"دِينَار لِيبِيّ", "دِينَارَيْن لِيبِيَّيْن", "دَنَانِير لِيبِيَّة", "دِينَارًا لِيبِيًّا",
                               Gender::kMasculine};
const CountedNoun kDirham{"دِرْهَم", "دِرْهَمَيْن", "دَرَاهِم", "دِرْهَمًا", Gender::kMasculine};
const CountedNoun kRiyal{"رِيَال", "رِيَالَيْن", "رِيَالَات", "رِيَالًا", Gender::kMasculine};
const CountedNoun kLira{"لِيرَة", "لِيرَتَيْن", "لِيرَات", "لِيرَة", Gender::kFeminine};
const CountedNoun kKilometre{"كِيلُومِتْر", "كِيلُومِتْرَيْن", "كِيلُومِتْرَات", "كِيلُومِتْرًا", Gender::kMasculine};
const CountedNoun kKilogram{"كِيلُوغْرَام", "كِيلُوغْرَامَيْن", "كِيلُوغْرَامَات", "كِيلُوغْرَامًا",
                            Gender::kMasculine};
const CountedNoun kMetre{"مِتْر", "مِتْرَيْن", "أَمْتَار", "مِتْرًا", Gender::kMasculine};
const CountedNoun kCelsius{"دَرَجَة مِئَوِيَّة", "دَرَجَتَيْن مِئَوِيَّتَيْن", "دَرَجَات مِئَوِيَّة", "دَرَجَة مِئَوِيَّة",
                           Gender::kFeminine};

struct WrittenNoun {
  const char32_t* written;
  const CountedNoun* noun;
};
// Written forms after a number (without diacritics). Longer forms first where one is a prefix.
const WrittenNoun kWrittenNouns[] = {
    {U"دولارات", &kDollar},      {U"دولارا", &kDollar},       {U"دولاران", &kDollar},
    {U"دولارين", &kDollar},      {U"دولار", &kDollar},        {U"يورو", &kEuro},
    {U"جنيهات", &kPound},        {U"جنيها", &kPound},         {U"جنيه", &kPound},
    {U"دنانير", &kDinar},        {U"دينارا", &kDinar},        {U"دينارين", &kDinar},
    {U"دينار", &kDinar},         {U"دراهم", &kDirham},        {U"درهما", &kDirham},
    {U"درهم", &kDirham},         {U"ريالات", &kRiyal},        {U"ريالا", &kRiyal},
    {U"ريال", &kRiyal},          {U"ليرات", &kLira},          {U"ليرة", &kLira},
    {U"كم", &kKilometre},        {U"كيلومترات", &kKilometre}, {U"كيلومترا", &kKilometre},
    {U"كيلومتر", &kKilometre},   {U"كغ", &kKilogram},         {U"كلغ", &kKilogram},
    {U"كيلوغرامات", &kKilogram}, {U"كيلوغراما", &kKilogram},  {U"كيلوغرام", &kKilogram},
};

struct Scale {
  const char32_t* written;
  int scale;
};
const Scale kWrittenScales[] = {
    {U"ألف", 1},    {U"الف", 1},     {U"آلاف", 1},      {U"ألفا", 1},    {U"مليون", 2},
    {U"ملايين", 2}, {U"مليونا", 2},  {U"مليار", 3},     {U"مليارات", 3}, {U"مليارا", 3},
    {U"بليون", 3},  {U"تريليون", 4}, {U"تريليونات", 4},
};

// Words after which a number is an ordinal, and the gender of that ordinal.
struct OrdinalTrigger {
  const char32_t* word;
  Gender gender;
};
const OrdinalTrigger kOrdinalTriggers[] = {
    {U"القرن", Gender::kMasculine}, {U"الفصل", Gender::kMasculine},
    {U"الباب", Gender::kMasculine}, {U"الدور", Gender::kMasculine},
    {U"الدورة", Gender::kFeminine}, {U"المرتبة", Gender::kFeminine},
    {U"الطبعة", Gender::kFeminine}, {U"الجولة", Gender::kFeminine},
    {U"النسخة", Gender::kFeminine}, {U"المرحلة", Gender::kFeminine},
    {U"الحلقة", Gender::kFeminine}, {U"السنة", Gender::kFeminine},
};
// Words after which a number names an item instead of counting one (see the header): it is read
// in place as a bare, masculine number: a cardinal rather than an ordinal (المادة الأولى) because
// it serves every label and size alike, where رقم takes no ordinal and ordinals stop at 99.
// فصل is left out: it is also a verb (فصل 3 موظفين).
const char32_t* const kLabels[] = {U"رقم",    U"الرقم", U"المادة", U"مادة",   U"الفقرة",
                                   U"فقرة",   U"البند", U"بند",    U"الجدول", U"جدول",
                                   U"الملحق", U"ملحق",  U"الصفحة", U"صفحة"};
// Words after a number that are not the noun it counts (so a scale keeps its own form:
// "50 ألفا في العام", but "50 ألف متر").
const char32_t* const kParticles[] = {
    U"في",  U"من",  U"إلى",  U"الى", U"على", U"عن",   U"مع",   U"حتى", U"أو",     U"ثم",
    U"قبل", U"بعد", U"خلال", U"منذ", U"نحو", U"عند",  U"أن",   U"إن",  U"لا",     U"لم",
    U"لن",  U"قد",  U"كما",  U"بين", U"حيث", U"التي", U"الذي", U"فقط", U"تقريبا", U"أي"};
const char32_t* const kYearTriggers[] = {U"عام",  U"العام", U"سنة",  U"لعام",  U"بعام",
                                         U"وعام", U"منذ",   U"عامي", U"سنوات", U"لسنة"};

bool IsDigit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
int DigitValue(char32_t c) { return u_charDigitValue(static_cast<UChar32>(c)); }
bool IsLetter(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c)) || IsHaraka(c) ||
         u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}
bool IsSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u00A0'; }
bool IsDash(char32_t c) { return c == U'-' || c == U'–' || c == U'—' || c == U'−'; }
bool IsLatinUpper(char32_t c) { return c >= U'A' && c <= U'Z'; }
bool IsLatin(char32_t c) { return (c >= U'a' && c <= U'z') || IsLatinUpper(c); }

template <typename T, size_t N>
bool Contains(const T (&list)[N], const std::u32string& word) {
  for (const auto& entry : list) {
    if (word == entry) return true;
  }
  return false;
}

// A number as written: digit groups and the separators between them.
struct NumberRun {
  std::vector<std::string> groups;  // ASCII digits
  std::vector<char32_t> seps;       // '.', ',', '٫', '٬', '/', ':', '-', '⁄'
  size_t begin = 0;
  size_t end = 0;
};

// A number's value: an integer part and, for decimals, the digits after the point.
struct Value {
  uint64_t integer = 0;
  std::optional<std::string> fraction;
  bool fits = true;  // false when the integer part is beyond kMaxCardinal
};

std::optional<uint64_t> ToInteger(const std::string& digits) {
  if (digits.empty() || digits.size() > 15) return std::nullopt;
  uint64_t n = 0;
  for (char d : digits) n = n * 10 + static_cast<uint64_t>(d - '0');
  return n;
}

std::string Digits(const std::string& digits) {
  std::string out;
  for (char d : digits) out += (out.empty() ? "" : " ") + DigitWord(d - '0');
  return out;
}

// Digits read one by one in groups separated by a pause: 0912345678 -> 3-3-4.
std::string DigitGroups(const std::vector<std::string>& groups) {
  std::string out;
  for (const auto& group : groups) out += (out.empty() ? "" : "، ") + Digits(group);
  return out;
}

std::vector<std::string> SplitForReading(const std::string& digits) {
  std::vector<std::string> groups;
  size_t i = 0;
  while (digits.size() - i > 4) {
    groups.push_back(digits.substr(i, 3));
    i += 3;
  }
  groups.push_back(digits.substr(i));
  return groups;
}

std::string DecimalWords(const Value& v) {
  std::string out = CardinalWords(v.integer);
  if (!v.fraction) return out;
  out += " فَاصِلَة";
  const std::string& f = *v.fraction;
  size_t zeros = 0;
  while (zeros < f.size() && f[zeros] == '0') ++zeros;
  for (size_t i = 0; i < zeros; ++i) out += " " + DigitWord(0);
  if (zeros < f.size()) {
    const auto rest = ToInteger(f.substr(zeros));
    out += " " + (rest ? CardinalWords(*rest) : Digits(f.substr(zeros)));
  }
  return out;
}

std::string CountedWords(uint64_t n, const CountedNoun& noun) {
  const bool construct = n % 1000 == 0;  // مِئَة أَلْف دِينَار, خَمْسِين أَلْف دِينَار
  switch (CountFormFor(n)) {
    case CountForm::kOne:
      return std::string(noun.one) + (noun.gender == Gender::kFeminine ? " وَاحِدَة" : " وَاحِد");
    case CountForm::kTwo:
      return noun.two;
    case CountForm::kPlural:
      return CardinalWords(n, noun.gender) + " " + noun.plural;
    case CountForm::kAccusative:
      return CardinalWords(n, noun.gender, construct) + " " +
             (construct ? noun.one : noun.accusative);
    case CountForm::kSingular:
      break;
  }
  return CardinalWords(n, noun.gender, /*construct=*/true) + " " + noun.one;
}

std::string HourWord(int hour12) {
  if (hour12 == 1) return "الْوَاحِدَة";
  return OrdinalWords(static_cast<uint64_t>(hour12), Gender::kFeminine);
}

class LineNormalizer {
 public:
  LineNormalizer(const std::u32string& text, const ArabicNormalizerData& data)
      : s_(text), data_(data) {}

  std::u32string Run() {
    out_.reserve(s_.size() * 2);
    while (i_ < s_.size()) Step();
    PutShaddaFirst(out_);
    return std::move(out_);
  }

 private:
  void Emit(const std::string& words) { out_ += ToUtf32(words); }
  void EmitChar(char32_t c) { out_.push_back(c); }

  void Step() {
    const char32_t c = s_[i_];
    if (c == U'+' && i_ + 1 < s_.size() && IsDigit(s_[i_ + 1]) && TryPhone(i_)) return;
    if (IsDigit(c)) return Number();
    if (IsDash(c) && i_ + 1 < s_.size() && IsDigit(s_[i_ + 1]) &&
        (i_ == 0 || IsSpace(s_[i_ - 1]) || s_[i_ - 1] == U'(')) {
      Emit("سَالِب ");
      ++i_;
      return Number();
    }
    if ((c == U'$' || c == U'€' || c == U'£') && NextDigitAfterSpaces(i_ + 1)) {
      return PrefixedNumber(c == U'$' ? &kDollar : c == U'€' ? &kEuro : &kSterling, nullptr);
    }
    if ((c == U'%' || c == U'٪') && NextDigitAfterSpaces(i_ + 1)) {
      return PrefixedNumber(nullptr, "بِٱلْمِئَة");
    }
    if (c >= kHalf && c <= kTwoThirds) {
      Emit(FractionWord(c));
      ++i_;
      return;
    }
    if (IsLetter(c) || c == U'°') return Word();
    if (c == U'«' || c == U'»' || c == U'“' || c == U'”' || c == U'"') {
      ++i_;
      return;
    }
    if ((c == U'—' || c == U'–' || c == U'-') && i_ > 0 && IsSpace(s_[i_ - 1]) &&
        i_ + 1 < s_.size() && IsSpace(s_[i_ + 1])) {
      EmitChar(U'،');
      ++i_;
      return;
    }
    EmitChar(c);
    ++i_;
  }

  static std::string FractionWord(char32_t c) {
    switch (c) {
      case kHalf:
        return "نِصْف";
      case kQuarter:
        return "رُبْع";
      case kThreeQuarters:
        return "ثَلَاثَة أَرْبَاع";
      case kThird:
        return "ثُلُث";
      default:
        return "ثُلُثَيْن";
    }
  }

  bool NextDigitAfterSpaces(size_t pos) const {
    while (pos < s_.size() && IsSpace(s_[pos])) ++pos;
    return pos < s_.size() && IsDigit(s_[pos]);
  }

  // --- words ---

  void Word() {
    const std::u32string* spoken = nullptr;
    for (const WordLexicon* lexicon : {data_.abbreviations, data_.lexicon}) {
      if (lexicon == nullptr) continue;
      if (size_t length = lexicon->Match(s_, i_, &spoken)) {
        out_ += *spoken;
        last_word_ = s_.substr(i_, length);
        i_ += length;
        last_word_end_ = i_;
        return;
      }
    }
    // A word ends where the script changes, so "وUNSMIL" is و then an acronym.
    size_t end = i_;
    while (end < s_.size() && IsLetter(s_[end]) && IsLatin(s_[end]) == IsLatin(s_[i_])) ++end;
    if (end == i_) end = i_ + 1;  // a lone mark such as °
    const std::u32string word = s_.substr(i_, end - i_);
    if (TryWebAddress()) return;
    if (IsAcronym(word)) {
      for (size_t k = 0; k < word.size(); ++k) {
        if (k > 0) EmitChar(U' ');
        EmitChar(word[k]);
      }
    } else {
      out_ += word;
    }
    last_word_ = Bare(word);
    i_ = end;
    last_word_end_ = i_;
  }

  static bool IsAcronym(const std::u32string& word) {
    if (word.size() < 2 || word.size() > 6) return false;
    for (char32_t c : word) {
      if (!IsLatinUpper(c)) return false;
    }
    return true;
  }

  // www.example.com/path, https://…, name@example.org: read as the short domain form.
  bool TryWebAddress() {
    size_t end = i_;
    while (end < s_.size() && !IsSpace(s_[end]) && s_[end] != U'،' && s_[end] < 0x600) ++end;
    while (end > i_ && (s_[end - 1] == U'.' || s_[end - 1] == U',' || s_[end - 1] == U')')) --end;
    std::u32string token = s_.substr(i_, end - i_);
    const bool url = token.rfind(U"http://", 0) == 0 || token.rfind(U"https://", 0) == 0 ||
                     token.rfind(U"www.", 0) == 0;
    const size_t at = token.find(U'@');
    const bool email = at != std::u32string::npos && token.find(U'.', at) != std::u32string::npos;
    if (!url && !email) return false;
    std::u32string host = email ? token.substr(at + 1) : token;
    if (!email) {
      if (size_t scheme = host.find(U"://"); scheme != std::u32string::npos)
        host = host.substr(scheme + 3);
      if (host.rfind(U"www.", 0) == 0) host = host.substr(4);
      host = host.substr(0, host.find(U'/'));
    }
    std::u32string spoken = email ? token.substr(0, at) + U" at " : U"";
    for (char32_t c : host) {
      if (c == U'.') {
        spoken += U" dot ";
      } else if (IsLatin(c) || IsDigit(c) || c == U'-') {
        spoken.push_back(c);
      }
    }
    out_ += spoken;
    i_ = end;
    last_word_.clear();
    return true;
  }

  // --- numbers ---

  // Reads digit groups joined by separators that are followed by a digit.
  NumberRun ReadRun(size_t pos) const {
    NumberRun run;
    run.begin = pos;
    while (true) {
      std::string group;
      while (pos < s_.size() && IsDigit(s_[pos]))
        group.push_back(static_cast<char>('0' + DigitValue(s_[pos++])));
      run.groups.push_back(group);
      if (pos >= s_.size()) break;
      const char32_t c = s_[pos];
      size_t next = pos + 1;
      char32_t sep = 0;
      if (c == U'.' || c == U',' || c == U'٫' || c == U'٬' || c == U'/' || c == U':' || c == U'⁄') {
        sep = c;
      } else if (IsDash(c)) {
        sep = U'-';
      } else if (IsSpace(c) && pos + 2 < s_.size() && IsDash(s_[pos + 1]) && IsSpace(s_[pos + 2])) {
        sep = U'-';  // "10 - 15"
        next = pos + 3;
      }
      if (sep == 0 || next >= s_.size() || !IsDigit(s_[next])) break;
      run.seps.push_back(sep);
      pos = next;
    }
    run.end = pos;
    return run;
  }

  // A telephone number: "+" or a leading 0, then 7+ (with +) or 9+ digits in groups separated by
  // single spaces or dashes.
  bool TryPhone(size_t pos) {
    const bool plus = s_[pos] == U'+';
    size_t p = plus ? pos + 1 : pos;
    std::vector<std::string> groups;
    size_t digits = 0;
    while (p < s_.size() && IsDigit(s_[p])) {
      std::string group;
      while (p < s_.size() && IsDigit(s_[p]))
        group.push_back(static_cast<char>('0' + DigitValue(s_[p++])));
      digits += group.size();
      groups.push_back(group);
      if (p + 1 < s_.size() && (s_[p] == U' ' || s_[p] == U'-') && IsDigit(s_[p + 1])) {
        ++p;
        continue;
      }
      break;
    }
    if (p < s_.size() &&
        (IsDigit(s_[p]) || ((s_[p] == U'.' || s_[p] == U',' || s_[p] == U'/' || s_[p] == U':') &&
                            p + 1 < s_.size() && IsDigit(s_[p + 1])))) {
      return false;  // part of a decimal, date or time, not a telephone number
    }
    if (plus ? digits < 7 : digits < 9) return false;
    if (groups.size() == 1) groups = SplitForReading(groups[0]);
    Emit((plus ? "زَائِد " : "") + DigitGroups(groups));
    i_ = p;
    last_word_.clear();
    return true;
  }

  void Number() {
    if (DigitValue(s_[i_]) == 0 && TryPhone(i_)) return;
    const NumberRun run = ReadRun(i_);
    i_ = run.end;
    if (run.seps.size() == 1 && run.seps[0] == U':' && Time(run)) return;
    if (run.seps.size() == 2 && run.seps[0] == U'/' && run.seps[1] == U'/' && SlashDate(run))
      return;
    if (run.seps.size() == 2 && run.seps[0] == U'-' && run.seps[1] == U'-' && IsoDate(run)) return;
    if (run.seps.size() == 1 && (run.seps[0] == U'/' || run.seps[0] == U'⁄') && Slash(run)) return;
    if (run.seps.size() == 1 && run.seps[0] == U'-' && Range(run)) return;
    if (auto value = Evaluate(run)) {
      Quantity(*value, run);
      return;
    }
    if (run.seps.empty()) {  // beyond 999 trillion: digit by digit
      Emit(DigitGroups(SplitForReading(run.groups[0])));
      last_word_.clear();
      return;
    }
    // Anything else: each group on its own, separators kept.
    for (size_t k = 0; k < run.groups.size(); ++k) {
      if (k > 0) out_ += std::u32string{U' ', run.seps[k - 1], U' '};
      Emit(GroupWords(run.groups[k]));
    }
    last_word_.clear();
  }

  static std::string GroupWords(const std::string& digits) {
    const auto n = ToInteger(digits);
    return n ? CardinalWords(*n) : Digits(digits);
  }

  // The word after position pos (skipping spaces), without diacritics, and where it ends.
  std::u32string PeekWord(size_t pos, size_t* word_end = nullptr,
                          size_t* word_begin = nullptr) const {
    while (pos < s_.size() && IsSpace(s_[pos])) ++pos;
    size_t end = pos;
    while (end < s_.size() && IsLetter(s_[end])) ++end;
    if (word_end) *word_end = end;
    if (word_begin) *word_begin = pos;
    return Bare(s_.substr(pos, end - pos));
  }

  // The currency or unit after a scale word (5 مليون دولار): always the genitive singular.
  std::string CurrencyAfterScale() {
    size_t word_end = 0;
    const std::u32string word = PeekWord(i_, &word_end);
    for (const auto& noun : kWrittenNouns) {
      if (word != noun.written) continue;
      i_ = word_end;
      return noun.noun->one;
    }
    size_t p = i_;
    while (p < s_.size() && IsSpace(s_[p])) ++p;
    if (s_.compare(p, 3, U"د.ل") == 0) {
      i_ = p + 3;
      return kLibyanDinar.one;
    }
    if (p < s_.size() && (s_[p] == U'$' || s_[p] == U'€' || s_[p] == U'£')) {
      i_ = p + 1;
      return s_[p] == U'$' ? kDollar.one : s_[p] == U'€' ? kEuro.one : kSterling.one;
    }
    return "";
  }

  // A noun follows (an Arabic word that is not a particle): a scale before it stands in
  // construct state (خَمْسِين أَلْف مِتْر), or a currency sign does.
  bool NextIsCountedNoun(size_t pos) const {
    size_t begin = 0;
    const std::u32string word = PeekWord(pos, nullptr, &begin);
    if (!word.empty() && !IsLatin(word[0]) && !Contains(kParticles, word)) return true;
    size_t p = pos;
    while (p < s_.size() && IsSpace(s_[p])) ++p;
    return p < s_.size() &&
           (s_[p] == U'$' || s_[p] == U'€' || s_[p] == U'£' || s_.compare(p, 3, U"د.ل") == 0);
  }

  bool NextIsQuantityWord(size_t pos) const {
    const std::u32string word = PeekWord(pos);
    for (const auto& noun : kWrittenNouns) {
      if (word == noun.written) return true;
    }
    for (const auto& scale : kWrittenScales) {
      if (word == scale.written) return true;
    }
    size_t p = pos;
    while (p < s_.size() && IsSpace(s_[p])) ++p;
    return p < s_.size() && (s_[p] == U'%' || s_[p] == U'٪' || s_[p] == U'$' || s_[p] == U'€' ||
                             s_[p] == U'£' || s_.compare(p, 3, U"د.ل") == 0);
  }

  std::optional<Value> Evaluate(const NumberRun& run) const {
    Value v;
    const auto& g = run.groups;
    const auto& seps = run.seps;
    auto all_three = [&](size_t from) {
      for (size_t k = from; k < g.size(); ++k) {
        if (g[k].size() != 3) return false;
      }
      return true;
    };
    std::string integer;
    if (seps.empty()) {
      integer = g[0];
    } else {
      for (char32_t sep : seps) {
        if (sep == U'/' || sep == U':' || sep == U'-' || sep == U'⁄') return std::nullopt;
      }
      // Which separator, if any, is the decimal point?
      std::optional<size_t> decimal;
      const char32_t last = seps.back();
      size_t count_last = 0;
      for (char32_t sep : seps) count_last += sep == last ? 1 : 0;
      if (last == U'٫') {
        decimal = seps.size() - 1;
      } else if (last == U'٬') {
        decimal.reset();
      } else if (count_last >= 2) {
        decimal.reset();  // 1.250.000 or 1,250,000
      } else if (seps.size() >= 2) {
        decimal = seps.size() - 1;  // 1,250.5 or 1.250,5
      } else if (last == U',') {
        if (g[1].size() != 3) decimal = 0;  // 3,5
      } else {                              // a single '.'
        if (!(g[1] == "000" && NextIsQuantityWord(run.end))) decimal = 0;
      }
      const size_t integer_groups = decimal ? *decimal + 1 : g.size();
      for (size_t k = 1; k < integer_groups; ++k) {
        if (g[k].size() != 3) return std::nullopt;
        if (seps[k - 1] != seps[0] || seps[k - 1] == U'٫') return std::nullopt;
      }
      (void)all_three;
      for (size_t k = 0; k < integer_groups; ++k) integer += g[k];
      if (decimal) v.fraction = g.back();
    }
    while (integer.size() > 1 && integer[0] == '0') integer.erase(0, 1);
    const auto n = ToInteger(integer);
    if (!n) {
      v.fits = false;
      return std::nullopt;
    }
    v.integer = *n;
    return v;
  }

  // A number with what follows it: percent, currency, unit, scale, era, month, counted noun.
  // The previous word, and the same without a proclitic و or ف (والدورة -> الدورة).
  bool PreviousWordIs(const char32_t* word) const {
    if (last_word_ == word) return true;
    return last_word_.size() > 2 && (last_word_[0] == U'و' || last_word_[0] == U'ف') &&
           last_word_.compare(1, std::u32string::npos, word) == 0;
  }

  // The previous word is `word` (a label or an ordinal trigger), also behind the proclitics news
  // puts on it: و or ف, then ب, ك or ل, which before the article drops its alif (للمادة).
  bool PreviousWordIsLabel(const char32_t* word) const {
    std::u32string_view previous = last_word_;
    const std::u32string_view label = word;
    if (previous == label) return true;
    if (previous.size() > 2 && (previous[0] == U'و' || previous[0] == U'ف')) {
      previous.remove_prefix(1);
      if (previous == label) return true;
    }
    if (previous.size() < 3) return false;
    if (previous.starts_with(U"لل") && label.starts_with(U"ال")) {
      return previous.substr(2) == label.substr(2);
    }
    return (previous[0] == U'ب' || previous[0] == U'ك' || previous[0] == U'ل') &&
           previous.substr(1) == label;
  }

  // The number names an item: a label (or an ordinal trigger) right before it, with only spaces
  // or an opening bracket between, and no date, percent, currency, unit or scale after it.
  bool Labelled(const NumberRun& run, bool after_ordinal_trigger) const {
    bool label = after_ordinal_trigger;
    for (const char32_t* word : kLabels) label = label || PreviousWordIsLabel(word);
    if (!label) return false;
    for (size_t p = last_word_end_; p < run.begin; ++p) {
      if (!IsSpace(s_[p]) && s_[p] != U'(' && s_[p] != U'[') return false;
    }
    if (NextIsQuantityWord(run.end)) return false;
    const std::u32string next = PeekWord(run.end);
    for (const auto& month : kWrittenMonths) {
      if (next == month.name) return false;
    }
    return true;
  }

  bool YearContext() const {
    for (const char32_t* trigger : kYearTriggers) {
      if (PreviousWordIs(trigger)) return true;
    }
    return false;
  }

  void Quantity(const Value& v, const NumberRun& run) {
    const bool year_context = YearContext();
    std::optional<Gender> ordinal;
    for (const auto& trigger : kOrdinalTriggers) {
      if (PreviousWordIsLabel(trigger.word)) ordinal = trigger.gender;
    }
    // Digit strings that are codes rather than quantities: digit by digit.
    const bool code = PreviousWordIs(U"رقم") || PreviousWordIs(U"الرقم") ||
                      PreviousWordIs(U"هاتف") || PreviousWordIs(U"الهاتف") ||
                      PreviousWordIs(U"رمز") || PreviousWordIs(U"كود");
    if (!v.fraction && run.seps.empty() && code && run.groups[0].size() >= 4) {
      Emit(DigitGroups(SplitForReading(run.groups[0])));
      last_word_.clear();
      return;
    }
    if (ordinal && !v.fraction && v.integer >= 1 && v.integer <= 99) {
      Emit(OrdinalWords(v.integer, *ordinal));
      last_word_.clear();
      return;
    }
    if (!v.fraction && Labelled(run, ordinal.has_value())) {
      Emit(CardinalWords(v.integer));
      last_word_.clear();
      return;
    }
    Emit(Suffixed(v, year_context));
    last_word_.clear();
  }

  // Reads v and consumes the words after it that it governs.
  std::string Suffixed(const Value& v, bool year_context) {
    size_t p = i_;
    while (p < s_.size() && IsSpace(s_[p])) ++p;
    const bool attached = p == i_;
    if (p < s_.size()) {
      const char32_t c = s_[p];
      if (c == U'%' || c == U'٪') {
        i_ = p + 1;
        return DecimalWords(v) + " بِٱلْمِئَة";
      }
      if (c >= kHalf && c <= kTwoThirds && !v.fraction) {
        i_ = p + 1;
        return CardinalWords(v.integer) + " " + "وَ" + FractionWord(c);
      }
      if (c == U'$' || c == U'€' || c == U'£') {
        i_ = p + 1;
        return Money(v, c == U'$' ? kDollar : c == U'€' ? kEuro : kSterling);
      }
      if (s_.compare(p, 3, U"د.ل") == 0 && (p + 3 >= s_.size() || !IsLetter(s_[p + 3]))) {
        i_ = p + 3;  // a period after it stays: it may end the sentence
        return Money(v, kLibyanDinar);
      }
      if (c == U'°' && p + 1 < s_.size() && (s_[p + 1] == U'C' || s_[p + 1] == U'م')) {
        i_ = p + 2;
        return Money(v, kCelsius);
      }
    }
    size_t word_end = 0;
    const std::u32string word = PeekWord(i_, &word_end);
    if (word.empty()) return DecimalWords(v);

    // Era marks: 2024م, 1446 هـ (tatweel is gone by now).
    if ((word == U"م" || word == U"ه") && !v.fraction &&
        (attached || year_context || (word == U"ه") || (v.integer >= 1000 && v.integer <= 2100))) {
      i_ = word_end;
      return CardinalWords(v.integer) + (word == U"م" ? " مِيلَادِيّ" : " هِجْرِيّ");
    }
    if (year_context) return DecimalWords(v);
    for (const auto& scale : kWrittenScales) {
      if (word != scale.written) continue;
      i_ = word_end;
      if (v.fraction || v.integer == 0 || v.integer > 999) {
        return DecimalWords(v) + " " + CountedScale(1, scale.scale);
      }
      const bool construct = NextIsCountedNoun(i_);
      std::string words = CountedScale(v.integer, scale.scale, construct);
      if (construct) {
        const std::string currency = CurrencyAfterScale();
        if (!currency.empty()) words += " " + currency;
      }
      return words;
    }
    for (const auto& noun : kWrittenNouns) {
      if (word != noun.written) continue;
      i_ = word_end;
      const CountedNoun* counted = noun.noun;
      if (counted == &kDinar) {
        size_t adjective_end = 0;
        const std::u32string next = PeekWord(i_, &adjective_end);
        if (next == U"ليبي" || next == U"ليبية" || next == U"ليبيا") {
          counted = &kLibyanDinar;
          i_ = adjective_end;
        }
      }
      return Money(v, *counted);
    }
    if (word == U"م" && !v.fraction) {
      i_ = word_end;
      return Money(v, kMetre);
    }
    if (!v.fraction && v.integer >= 1 && v.integer <= 31) {
      for (const auto& month : kWrittenMonths) {
        if (word != month.name) continue;
        i_ = word_end;
        return DayOfMonth(static_cast<int>(v.integer), month.month, ReadYearAfter());
      }
    }
    if (v.fraction) return DecimalWords(v);
    if (v.integer == 1 && NextIsCountedNoun(i_)) {
      // One follows its noun as an adjective: "1 سيارة" is سيارة وَاحِدَة.
      const Gender gender = GenderOf(word);
      size_t begin = 0;
      PeekWord(i_, nullptr, &begin);
      const std::string noun = ToUtf8(s_.substr(begin, word_end - begin));
      i_ = word_end;
      return noun + (gender == Gender::kFeminine ? " وَاحِدَة" : " وَاحِد");
    }
    return CardinalWords(v.integer, GenderOf(word), NextIsCountedNoun(i_));
  }

  Gender GenderOf(const std::u32string& word) const {
    if (word.empty()) return Gender::kMasculine;
    if (data_.genders != nullptr) return data_.genders->Of(word);
    NounGenders none;
    return none.Of(word);
  }

  std::string Money(const Value& v, const CountedNoun& noun) {
    if (v.fraction) return DecimalWords(v) + " " + noun.one;
    return CountedWords(v.integer, noun);
  }

  // A year right after a day and month ("3 يناير 1990"), consumed if present.
  std::optional<uint64_t> ReadYearAfter() {
    size_t p = i_;
    while (p < s_.size() && IsSpace(s_[p])) ++p;
    if (p >= s_.size() || !IsDigit(s_[p])) return std::nullopt;
    const NumberRun run = ReadRun(p);
    if (!run.seps.empty() || run.groups[0].size() > 4) return std::nullopt;
    i_ = run.end;
    return ToInteger(run.groups[0]);
  }

  std::string DayOfMonth(int day, int month, std::optional<uint64_t> year) {
    std::string out = OrdinalWords(static_cast<uint64_t>(day), Gender::kMasculine) + " مِنْ " +
                      MonthNameWords(data_.months)[static_cast<size_t>(month - 1)];
    if (year) {
      out += " " + CardinalWords(*year);
      size_t word_end = 0;
      const std::u32string era = PeekWord(i_, &word_end);
      if (era == U"م" || era == U"ه") {
        out += era == U"م" ? " مِيلَادِيّ" : " هِجْرِيّ";
        i_ = word_end;
      }
    }
    return out;
  }

  static bool ValidDay(uint64_t d, uint64_t m) {
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m >= 1 && m <= 12 && d >= 1 && d <= static_cast<uint64_t>(kDays[m - 1]);
  }

  bool SlashDate(const NumberRun& run) {
    const auto d = ToInteger(run.groups[0]), m = ToInteger(run.groups[1]),
               y = ToInteger(run.groups[2]);
    if (!d || !m || !y || run.groups[2].size() != 4 || run.groups[0].size() > 2 ||
        !ValidDay(*d, *m)) {
      return false;
    }
    Emit(DayOfMonth(static_cast<int>(*d), static_cast<int>(*m), *y));
    last_word_.clear();
    return true;
  }

  bool IsoDate(const NumberRun& run) {
    const auto y = ToInteger(run.groups[0]), m = ToInteger(run.groups[1]),
               d = ToInteger(run.groups[2]);
    if (!d || !m || !y || run.groups[0].size() != 4 || run.groups[1].size() > 2 ||
        run.groups[2].size() > 2 || !ValidDay(*d, *m)) {
      return false;
    }
    Emit(DayOfMonth(static_cast<int>(*d), static_cast<int>(*m), *y));
    last_word_.clear();
    return true;
  }

  // a/b: a fraction (1/4, 3/4) or a day and month (17/5).
  bool Slash(const NumberRun& run) {
    const auto a = ToInteger(run.groups[0]), b = ToInteger(run.groups[1]);
    if (!a || !b) return false;
    static const char* kOne[] = {"",    "",    "نِصْف", "ثُلُث", "رُبْع", "خُمْس",
                                 "سُدْس", "سُبْع", "ثُمْن", "تُسْع", "عُشْر"};
    static const char* kTwo[] = {"", "", "", "ثُلُثَيْن", "", "", "", "", "", "", ""};
    static const char* kPlural[] = {"",      "",      "",      "",      "أَرْبَاع", "أَخْمَاس",
                                    "أَسْدَاس", "أَسْبَاع", "أَثْمَان", "أَتْسَاع", "أَعْشَار"};
    if (*b >= 2 && *b <= 10 && *a >= 1 && *a < *b) {
      if (*a == 1) {
        Emit(kOne[*b]);
      } else if (*a == 2 && *kTwo[*b] != '\0') {
        Emit(kTwo[*b]);
      } else if (*a >= 3 && *kPlural[*b] != '\0') {
        Emit(CardinalWords(*a) + " " + kPlural[*b]);
      } else {
        return false;
      }
      last_word_.clear();
      return true;
    }
    if (run.seps[0] == U'/' && ValidDay(*a, *b) && run.groups[0].size() <= 2 &&
        run.groups[1].size() <= 2) {
      Emit(DayOfMonth(static_cast<int>(*a), static_cast<int>(*b), std::nullopt));
      last_word_.clear();
      return true;
    }
    return false;
  }

  bool Range(const NumberRun& run) {
    const auto a = ToInteger(run.groups[0]), b = ToInteger(run.groups[1]);
    if (!a || !b || *a >= *b || run.groups[0].size() > 15) return false;
    const Gender gender = GenderOf(PeekWord(i_));
    Value high;
    high.integer = *b;
    std::string low_words = CardinalWords(*a, gender);
    // "10-15%": the percent belongs to both ends but is said once, at the end.
    const bool between = PreviousWordIs(U"بين");
    std::string high_words = Suffixed(high, YearContext());
    Emit(between ? low_words + " " + "وَ" + high_words : "مِنْ " + low_words + " إِلَى " + high_words);
    last_word_.clear();
    return true;
  }

  bool Time(const NumberRun& run) {
    const auto h = ToInteger(run.groups[0]), m = ToInteger(run.groups[1]);
    if (!h || !m || run.groups[0].size() > 2 || run.groups[1].size() != 2 || *h > 23 || *m > 59) {
      return false;
    }
    int hour = static_cast<int>(*h);
    const int minutes = static_cast<int>(*m);
    const std::u32string next = PeekWord(i_);
    const bool has_period = next == U"صباحا" || next == U"مساء" || next == U"ظهرا" ||
                            next == U"ليلا" || next == U"صباحاً" || next == U"مساءً" ||
                            next == U"عصرا" || next == U"فجرا";
    std::string period;
    if (!has_period) {
      if (hour == 0)
        period = " لَيْلًا";
      else if (hour == 12)
        period = " ظُهْرًا";
      else if (hour > 12)
        period = " مَسَاءً";
    }
    const int hour12 = hour % 12 == 0 ? 12 : hour % 12;
    std::string out;
    if (minutes == 45) {
      out = HourWord(hour12 % 12 + 1) + " إِلَّا رُبْعًا";
    } else {
      out = HourWord(hour12);
      if (minutes == 15)
        out += " وَالرُّبْع";
      else if (minutes == 30)
        out += " وَالنِّصْف";
      else if (minutes == 1)
        out += " وَدَقِيقَة وَاحِدَة";
      else if (minutes == 2)
        out += " وَدَقِيقَتَيْن";
      else if (minutes >= 3 && minutes <= 10)
        out += " " + std::string("وَ") +
               CardinalWords(static_cast<uint64_t>(minutes), Gender::kFeminine) + " دَقَائِق";
      else if (minutes > 10)
        out += " وَ" + CardinalWords(static_cast<uint64_t>(minutes), Gender::kFeminine) + " دَقِيقَة";
    }
    Emit(out + period);
    last_word_.clear();
    return true;
  }

  // "$100", "%30": the sign comes first, the number after it.
  void PrefixedNumber(const CountedNoun* currency, const char* percent) {
    ++i_;
    while (i_ < s_.size() && IsSpace(s_[i_])) ++i_;
    const NumberRun run = ReadRun(i_);
    i_ = run.end;
    const auto v = Evaluate(run);
    if (!v) {
      Emit(GroupWords(run.groups[0]));
      return;
    }
    if (percent != nullptr) {
      Emit(DecimalWords(*v) + " " + percent);
    } else {
      // "$5 مليون" -> خَمْسَة مَلَايِنْ دُولَار
      size_t word_end = 0;
      const std::u32string word = PeekWord(i_, &word_end);
      bool scaled = false;
      for (const auto& scale : kWrittenScales) {
        if (word == scale.written && !v->fraction && v->integer >= 1 && v->integer <= 999) {
          Emit(CountedScale(v->integer, scale.scale, /*construct=*/true) + " " + currency->one);
          i_ = word_end;
          scaled = true;
          break;
        }
      }
      if (!scaled) Emit(Money(*v, *currency));
    }
    last_word_.clear();
  }

  const std::u32string& s_;
  const ArabicNormalizerData& data_;
  std::u32string out_;
  size_t i_ = 0;
  std::u32string last_word_;  // the previous word of the input, without diacritics
  size_t last_word_end_ = 0;  // where it ends in the input
};

}  // namespace

const std::array<const char*, 12>& MonthNameWords(MonthNames names) {
  return names == MonthNames::kSyriac ? kSyriacMonths : kGregorianMonths;
}

std::u32string NormalizeArabicLine(const std::u32string& text, const ArabicNormalizerData& data) {
  return LineNormalizer(text, data).Run();
}

}  // namespace rawi
