#include "normalize/arabic_numbers.h"

#include <array>

namespace rawi {
namespace {

const std::array<const char*, 11> kUnitsMasculine = {
    "صِفْر", "وَاحِد", "اِثْنَيْن", "ثَلَاثَة", "أَرْبَعَة", "خَمْسَة", "سِتَّة", "سَبْعَة", "ثَمَانِيَة", "تِسْعَة", "عَشَرَة"};
const std::array<const char*, 11> kUnitsFeminine = {"صِفْر", "وَاحِدَة", "اِثْنَتَيْن", "ثَلَاث", "أَرْبَع", "خَمْس",
                                                    "سِتّ",  "سَبْع",   "ثَمَانِي",  "تِسْع",  "عَشْر"};
// The first word of 13..19: the unit in its compound form (built on fatha).
const std::array<const char*, 10> kTeenUnitsMasculine = {"",     "",    "",     "ثَلَاثَةَ",  "أَرْبَعَةَ",
                                                         "خَمْسَةَ", "سِتَّةَ", "سَبْعَةَ", "ثَمَانِيَةَ", "تِسْعَةَ"};
const std::array<const char*, 10> kTeenUnitsFeminine = {"",    "",   "",    "ثَلَاثَ",  "أَرْبَعَ",
                                                        "خَمْسَ", "سِتَّ", "سَبْعَ", "ثَمَانِيَ", "تِسْعَ"};
const std::array<const char*, 10> kTens = {"",      "",     "عِشْرِين", "ثَلَاثِين", "أَرْبَعِين",
                                           "خَمْسِين", "سِتِّين", "سَبْعِين", "ثَمَانِين", "تِسْعِين"};
const std::array<const char*, 10> kHundreds = {"",       "مِئَة",   "مِئَتَيْن",  "ثَلَاثِمِئَة", "أَرْبَعِمِئَة",
                                               "خَمْسِمِئَة", "سِتِّمِئَة", "سَبْعِمِئَة", "ثَمَانِمِئَة", "تِسْعِمِئَة"};
const std::array<const char*, 10> kDigits = {"صِفْر",  "وَاحِد", "اِثْنَان", "ثَلَاثَة",  "أَرْبَعَة",
                                             "خَمْسَة", "سِتَّة",  "سَبْعَة",  "ثَمَانِيَة", "تِسْعَة"};

struct ScaleForms {
  const char* one;            // أَلْف
  const char* two;            // أَلْفَيْن
  const char* two_construct;  // أَلْفَيْ (before a noun)
  const char* plural;         // آلَاف
  const char* accusative;     // أَلْفًا
};
const std::array<ScaleForms, 5> kScales = {{
    {"", "", "", "", ""},
    {"أَلْف", "أَلْفَيْن", "أَلْفَيْ", "آلَاف", "أَلْفًا"},
    {"مِلْيُون", "مِلْيُونَيْن", "مِلْيُونَيْ", "مَلَايِنْ", "مِلْيُونًا"},
    {"مِلْيَار", "مِلْيَارَيْن", "مِلْيَارَيْ", "مِلْيَارَات", "مِلْيَارًا"},
    {"تِرِيلْيُون", "تِرِيلْيُونَيْن", "تِرِيلْيُونَيْ", "تِرِيلْيُونَات", "تِرِيلْيُونًا"},
}};

// The ordinal stems 1..10, masculine and feminine, with the article.
const std::array<const char*, 11> kOrdinalsMasculine = {"",       "الأول",  "الثَّانِي", "الثَّالِث",
                                                        "الرَّابِع", "الْخَامِس", "السَّادِس", "السَّابِع",
                                                        "الثَّامِن", "التَّاسِع", "الْعَاشِر"};
const std::array<const char*, 11> kOrdinalsFeminine = {"",        "الْأُولَى",  "الثَّانِيَة", "الثَّالِثَة",
                                                       "الرَّابِعَة", "الْخَامِسَة", "السَّادِسَة", "السَّابِعَة",
                                                       "الثَّامِنَة", "التَّاسِعَة", "الْعَاشِرَة"};
// Tens as ordinals carry the article: الْعِشْرِين … and after "وَ": وَالْعِشْرِين.
const std::array<const char*, 10> kOrdinalTens = {"",         "",        "الْعِشْرِين", "الثَّلَاثِين",
                                                  "الْأَرْبَعِين", "الْخَمْسِين", "السِّتِّين",  "السَّبْعِين",
                                                  "الثَّمَانِين", "التِّسْعِين"};

// "وَ" before a word; a word starting with hamzat al-wasl (اِ) takes alef wasla so eSpeak does
// not read a long ā after the conjunction.
std::string And(const std::string& word) {
  static const std::string kAlefKasra = "اِ";
  if (word.rfind(kAlefKasra, 0) == 0) return "وَٱ" + word.substr(kAlefKasra.size());
  return "وَ" + word;
}

void Join(std::string& out, const std::string& part) {
  if (part.empty()) return;
  out += out.empty() ? part : " " + And(part);
}

// 1..999. `construct`: a noun follows, so a bare 200 loses its nūn (مِئَتَيْ دُولَار).
std::string BelowThousand(uint64_t n, Gender gender, bool construct = false) {
  const bool f = gender == Gender::kFeminine;
  std::string out;
  Join(out, construct && n == 200 ? "مِئَتَيْ" : kHundreds[n / 100]);
  const uint64_t rest = n % 100;
  if (rest == 0) return out;
  std::string part;
  if (rest <= 10) {
    part = f ? kUnitsFeminine[rest] : kUnitsMasculine[rest];
  } else if (rest == 11) {
    part = f ? "إِحْدَى عَشْرَة" : "أَحَدَ عَشَر";
  } else if (rest == 12) {
    part = f ? "اِثْنَتَيْ عَشْرَة" : "اِثْنَيْ عَشَر";
  } else if (rest < 20) {
    part = std::string(f ? kTeenUnitsFeminine[rest - 10] : kTeenUnitsMasculine[rest - 10]) +
           (f ? " عَشْرَة" : " عَشَر");
  } else {
    const uint64_t unit = rest % 10;
    if (unit == 0) {
      part = kTens[rest / 10];
    } else {
      const char* unit_word = unit == 1 ? (f ? "إِحْدَى" : "وَاحِد")
                              : f       ? kUnitsFeminine[unit]
                                        : kUnitsMasculine[unit];
      part = std::string(unit_word) + " " + And(kTens[rest / 10]);
    }
  }
  Join(out, part);
  return out;
}

}  // namespace

std::string CountedScale(uint64_t count, int scale, bool construct) {
  const ScaleForms& forms = kScales[static_cast<size_t>(scale)];
  const uint64_t rest = count % 100;
  if (count == 1) return forms.one;
  if (count == 2) return construct ? forms.two_construct : forms.two;
  std::string out;
  if (count > 100 && (rest == 1 || rest == 2)) {
    // مِئَة أَلْف وَأَلْف: the hundreds count the scale, the remainder is a scale word of its own.
    out = BelowThousand(count - rest, Gender::kMasculine) + " " + forms.one + " " +
          And(rest == 1 ? forms.one : forms.two);
    return out;
  }
  out = BelowThousand(count, Gender::kMasculine) + " ";
  if (rest >= 3 && rest <= 10) return out + forms.plural;
  if (rest >= 11) return out + (construct ? forms.one : forms.accusative);
  return out + forms.one;  // rest == 0: genitive singular after hundreds
}

std::string CardinalWords(uint64_t n, Gender gender, bool construct) {
  if (n == 0) return kUnitsMasculine[0];
  std::string out;
  uint64_t divisor = 1'000'000'000'000ULL;
  for (int scale = 4; scale >= 1; --scale, divisor /= 1000) {
    const uint64_t count = (n / divisor) % 1000;
    const bool last = n % divisor == 0;
    if (count != 0) Join(out, CountedScale(count, scale, construct && last));
  }
  if (n % 1000 != 0) Join(out, BelowThousand(n % 1000, gender, construct));
  return out;
}

std::string OrdinalWords(uint64_t n, Gender gender) {
  const bool f = gender == Gender::kFeminine;
  if (n == 0 || n > 99) return "الْ" + CardinalWords(n, gender);
  if (n <= 10) return f ? kOrdinalsFeminine[n] : kOrdinalsMasculine[n];
  const uint64_t unit = n % 10;
  const char* unit_word = unit == 1 ? (f ? "الْحَادِيَة" : "الْحَادِي")
                                    : (f ? kOrdinalsFeminine[unit] : kOrdinalsMasculine[unit]);
  if (n < 20) return std::string(unit_word) + (f ? " عَشْرَة" : " عَشَر");
  if (unit == 0) return kOrdinalTens[n / 10];
  return std::string(unit_word) + " " + And(kOrdinalTens[n / 10]);
}

std::string DigitWord(int digit) { return kDigits[static_cast<size_t>(digit % 10)]; }

CountForm CountFormFor(uint64_t n) {
  if (n == 1) return CountForm::kOne;
  if (n == 2) return CountForm::kTwo;
  const uint64_t rest = n % 100;
  if (rest >= 3 && rest <= 10) return CountForm::kPlural;
  if (rest >= 11) return CountForm::kAccusative;
  return CountForm::kSingular;
}

}  // namespace rawi
