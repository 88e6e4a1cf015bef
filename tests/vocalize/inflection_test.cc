#include "vocalize/inflection.h"

#include <gtest/gtest.h>

#include "text/utf8.h"
#include "vocalize/vocalized_lexicon.h"

namespace rawi {
namespace {

// The first form FindInflected offers for `stem` that `want` accepts (everything when empty),
// as "vocalized/class", or "" when none.
std::string First(const StemSource& source, std::u32string_view stem,
                  ClassMask allowed = kAnyClass) {
  std::string found;
  FindInflected(source, stem, allowed, [&](const StemEntry& e) {
    found = ToUtf8(e.vocalized) + "/" + ClassLetter(e.word_class);
    return true;
  });
  return found;
}

// Every form offered, in order.
std::vector<std::string> All(const StemSource& source, std::u32string_view stem) {
  std::vector<std::string> all;
  FindInflected(source, stem, kAnyClass, [&](const StemEntry& e) {
    all.push_back(ToUtf8(e.vocalized));
    return false;
  });
  return all;
}

VocalizedLexicon Lexicon() {
  VocalizedLexicon lexicon;
  lexicon.LoadText(
      "مُشْتَرَك\nمُنَاقَشَة\nمُنْشَأَة\nمَسْؤُول\nدَوْلَة\nعَمَل\nيَوْم\nعَسْكَر\nشَهْر\nوَحْدَة\n"
      "عَامّ\nقُوَّة\nإِنْسَان\nاِجْتِمَاع\nأَدَاء\n"
      "يَعْكِسُ\tv\nيَعْتَبِرُ\tv\nأَكَّدَ\tp\nاِسْتَمَرَّ\tp\nلِيبْيَا\tx\n",
      "test.tsv");
  return lexicon;
}

TEST(InflectionTest, NounEndings) {
  const VocalizedLexicon lexicon = Lexicon();
  const struct {
    std::u32string stem;
    std::string form;
  } cases[] = {
      {U"مشتركة", "مُشْتَرَكَة/n"},   {U"مناقشات", "مُنَاقَشَات/n"}, {U"منشآت", "مُنْشَآت/n"},
      {U"مسؤولون", "مَسْؤُولُون/n"}, {U"مسؤولين", "مَسْؤُولِين/n"}, {U"شهرين", "شَهْرَيْن/n"},
      {U"وحدتين", "وَحْدَتَيْن/n"},   {U"وحدتان", "وَحْدَتَان/n"},   {U"دولي", "دَوْلِيّ/n"},
      {U"دولية", "دَوْلِيَّة/n"},     {U"عملية", "عَمَلِيَّة/n"},     {U"عمليات", "عَمَلِيَّات/n"},
      {U"عسكريين", "عَسْكَرِيِّين/n"}, {U"يوميا", "يَوْمِيًّا/n"},     {U"عامة", "عَامَّة/n"},
      {U"قوات", "قُوَّات/n"},       {U"إنسانية", "إِنْسَانِيَّة/n"}, {U"اجتماعات", "اِجْتِمَاعَات/n"},
  };
  for (const auto& c : cases) EXPECT_EQ(First(lexicon, c.stem), c.form) << ToUtf8(c.stem);
}

TEST(InflectionTest, VerbForms) {
  const VocalizedLexicon lexicon = Lexicon();
  const struct {
    std::u32string stem;
    std::string form;
  } cases[] = {
      {U"تعكس", "تَعْكِس/v"}, {U"نعكس", "نَعْكِس/v"},   {U"يعكسون", "يَعْكِسُون/v"}, {U"تعكسان", "تَعْكِسَان/v"},
      {U"أكدت", "أَكَّدَت/p"}, {U"أكدوا", "أَكَّدُوا/p"}, {U"أكدنا", "أَكَّدْنَا/p"},   {U"استمرت", "اِسْتَمَرَّت/p"},
  };
  for (const auto& c : cases) EXPECT_EQ(First(lexicon, c.stem), c.form) << ToUtf8(c.stem);
}

TEST(InflectionTest, ThePassiveComesAfterTheActive) {
  const VocalizedLexicon lexicon = Lexicon();
  EXPECT_EQ(All(lexicon, U"تعتبر"), (std::vector<std::string>{"تَعْتَبِر", "تُعْتَبَر"}));
  EXPECT_EQ(ImperfectPassive(U"يُعَزِّز"), U"يُعَزَّز");
  EXPECT_EQ(ImperfectPassive(U"يَقُول"), std::nullopt);  // a long vowel: not regular
}

TEST(InflectionTest, ClassesLimitWhatIsOffered) {
  const VocalizedLexicon lexicon = Lexicon();
  EXPECT_EQ(First(lexicon, U"تعكس", MaskOf(WordClass::kNoun)), "");
  EXPECT_EQ(First(lexicon, U"مشتركة", MaskOf(WordClass::kImperfect)), "");
  EXPECT_EQ(First(lexicon, U"ليبي"), "");    // names do not inflect
  EXPECT_EQ(First(lexicon, U"شهرون"), "");   // ون: participles and nisbas only
  EXPECT_EQ(First(lexicon, U"أداءها"), "");  // ها is a pronoun, not an accusative alef
  EXPECT_EQ(First(lexicon, U"مشتركاتين"), "مُشْتَرَكَاتِين/n");  // two endings deep, and
  EXPECT_EQ(First(lexicon, U"عملياتين"), "");              // no more than two
}

}  // namespace
}  // namespace rawi
