#include "vocalize/pattern_set.h"

#include <gtest/gtest.h>

#include "normalize/unicode_text.h"
#include "util/error.h"

namespace rawi {
namespace {

using Strings = std::vector<std::string>;

Strings Found(const PatternSet& patterns, std::u32string_view bare) {
  std::vector<StemEntry> entries;
  patterns.Find(bare, entries);
  Strings out;
  for (const StemEntry& e : entries) {
    out.push_back(ToUtf8(e.vocalized) + "/" + ClassLetter(e.word_class));
  }
  return out;
}

PatternSet ProjectPatterns() {
  PatternSet patterns;
  patterns.Load(std::filesystem::path(RAWI_VOICES_DIR) / "ar-patterns.tsv");
  return patterns;
}

TEST(PatternSetTest, PlaceholdersLiteralsAndWeights) {
  PatternSet patterns;
  patterns.LoadText(
      "# comment\n"
      "مُفْتَعَل\tn\t45\n"
      "مُفْتَعِل\tn\t55\n"
      "تَفْعِيل\tn\t90\n"
      "إِفْعَال\tn\t70\n",
      "p.tsv");
  EXPECT_EQ(patterns.size(), 4u);
  EXPECT_EQ(Found(patterns, U"تعزيز"), Strings{"تَعْزِيز/n"});
  EXPECT_EQ(Found(patterns, U"مختلف"), (Strings{"مُخْتَلِف/n", "مُخْتَلَف/n"}));  // by weight
  EXPECT_EQ(Found(patterns, U"اصلاح"), Strings{"إِصْلَاح/n"});               // the pattern's hamza
  EXPECT_EQ(Found(patterns, U"تعزيزات"), Strings{});                      // other lengths
  EXPECT_EQ(Found(patterns, U"تعاون"), Strings{});                        // fits none of these
}

TEST(PatternSetTest, DerivedFormsOfNews) {
  const PatternSet patterns = ProjectPatterns();
  EXPECT_GE(patterns.size(), 50u);
  const struct {
    std::u32string bare;
    std::string first;
  } cases[] = {
      {U"تطوير", "تَطْوِير/n"},   {U"استقبال", "اِسْتِقْبَال/n"}, {U"انتقال", "اِنْتِقَال/n"},
      {U"اجتماع", "اِجْتِمَاع/n"}, {U"مناقشة", "مُنَاقَشَة/n"},   {U"تبادل", "تَبَادُل/n"},
      {U"مسؤول", "مَسْؤُول/n"},   {U"شامل", "شَامِل/n"},       {U"مستخدم", "مُسْتَخْدِم/n"},
      {U"منفصل", "مُنْفَصِل/n"},   {U"اضطراب", "اِضْطِرَاب/n"},   {U"ازدحام", "اِزْدِحَام/n"},
      {U"اتحاد", "اِتِّحَاد/n"},   {U"متحد", "مُتَّحِد/n"},       {U"استمرار", "اِسْتِمْرَار/n"},
      {U"يستمر", "يَسْتَمِرّ/v"},   {U"يتطلب", "يَتَطَلَّب/v"},     {U"يساهم", "يُسَاهِم/v"},
      {U"تهدئة", "تَهْدِئَة/n"},   {U"إدارة", "إِدَارَة/n"},     {U"استفادة", "اِسْتِفَادَة/n"},
      {U"مشاريع", "مَشَارِيع/n"}, {U"خبراء", "خُبَرَاء/n"},     {U"وسائل", "وَسَائِل/n"},
      {U"أسلحة", "أَسْلِحَة/n"},   {U"أسعار", "أَسْعَار/n"},
  };
  for (const auto& c : cases) {
    const Strings found = Found(patterns, c.bare);
    ASSERT_FALSE(found.empty()) << ToUtf8(c.bare);
    EXPECT_EQ(found.front(), c.first) << ToUtf8(c.bare);
  }
}

TEST(PatternSetTest, APlaceholderUsedTwiceIsOneLetterTwice) {
  PatternSet patterns;
  patterns.LoadText("تُفَعِّع\tv\t35\nتَفَعُّل\tn\t30\n", "p.tsv");
  EXPECT_EQ(Found(patterns, U"تخفف"), (Strings{"تُخَفِّف/v", "تَخَفُّف/n"}));
  EXPECT_EQ(Found(patterns, U"تطور"), Strings{"تَطَوُّر/n"});
}

TEST(PatternSetTest, TheArticleIsNeverRootLetters) {
  const PatternSet patterns = ProjectPatterns();
  EXPECT_EQ(Found(patterns, U"الفن"), Strings{});  // not أَفْعَل
  EXPECT_EQ(Found(patterns, U"النائ"), Strings{});
}

TEST(PatternSetTest, MalformedLines) {
  const struct {
    std::string text, message;
  } cases[] = {
      {"تَفْعِيل\tn\n", "p.tsv: line 1: expected PATTERN<TAB>n|v|p<TAB>WEIGHT"},
      {"تَفْعِيل\tq\t9\n", "p.tsv: line 1: unknown class 'q' (use n, v or p)"},
      {"تَفْعِيل\tn\tmany\n", "p.tsv: line 1: weight 'many' is not a whole number"},
      {"#\nabc\tn\t1\n", "p.tsv: line 2: not one Arabic word"},
  };
  for (const auto& c : cases) {
    PatternSet patterns;
    try {
      patterns.LoadText(c.text, "p.tsv");
      ADD_FAILURE() << c.text;
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()), c.message);
    }
  }
}

}  // namespace
}  // namespace rawi
