// Written Arabic into the words a newsreader says: numbers of every kind (cardinals with gender
// agreement, decimals, percentages, ranges, ordinals, fractions, dates, years, times, money,
// units, telephone numbers), abbreviations, lexicon entries, acronyms, web addresses and
// punctuation. Western (0-9), Arabic-Indic (٠-٩) and Persian (۰-۹) digits alike.
//
// Separators: "٫" is always a decimal point and "٬" always groups thousands. "," groups
// thousands when exactly three digits follow it (1,250), else it is a decimal point (3,5). "."
// groups thousands when there are several dot-groups of exactly three digits (1.250.000) or a
// single ".000" group right before a currency, unit or scale word (100.000 دينار); else it is a
// decimal point.
//
// Labels: a number right after رقم, المادة, الفقرة, البند, الجدول, الملحق or الصفحة (with or
// without the article, and behind و ف ب ك ل: والمادة, بالمادة, للفقرة) names an item rather
// than counting one. It is read in place as a bare number, masculine whatever the gender of the
// label or of the next word: رقم وَاحِد لسنة, المادة وَاحِد, الفقرة اِثْنَيْن. After a word that
// takes an ordinal (القرن, الفصل, الباب, الدورة, المرتبة, الجولة, الحلقة …, with the same
// proclitics) it is an ordinal of that word's gender from 1 to 99 (الفصل الأول, للدورة الْأُولَى)
// and a label above. A number followed by a percent, currency,
// unit, scale or month is a quantity or date even after a label (الرقم 5 مليون دولار).
#pragma once

#include <array>
#include <string>

#include "normalize/number_tables.h"
#include "normalize/word_lexicon.h"

namespace rawi {

class NounGenders;

struct ArabicNormalizerData {
  const WordLexicon* abbreviations = nullptr;  // may be null
  const WordLexicon* lexicon = nullptr;        // may be null
  const NounGenders* genders = nullptr;        // may be null: by ending only
  // May be null: no currencies, units, scales, months (so no dates) or trigger words.
  const NumberTables* tables = nullptr;
  MonthNames months = MonthNames::kGregorian;
};

// Normalizes one line of repaired text (see RepairText). Linear in the length of the line.
std::u32string NormalizeArabicLine(const std::u32string& text, const ArabicNormalizerData& data);

// The twelve month names of a set, diacritized, as the project's voices/ar-months.tsv gives
// them (ProjectNumberTables).
const std::array<const char*, 12>& MonthNameWords(MonthNames names);

}  // namespace rawi
