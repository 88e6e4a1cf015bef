#include "vocalize/vocalized_lexicon.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"
#include "text/utf8.h"
#include "util/error.h"

namespace rawi {
namespace {

// "vocalized/class" of every entry Find returns, in order.
std::vector<std::string> Found(const VocalizedLexicon& lexicon, std::u32string_view bare) {
  std::vector<StemEntry> entries;
  lexicon.Find(bare, entries);
  std::vector<std::string> out;
  for (const StemEntry& e : entries) {
    out.push_back(ToUtf8(e.vocalized) + "/" + ClassLetter(e.word_class));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(VocalizedLexiconTest, ColumnsAndClasses) {
  VocalizedLexicon lexicon;
  lexicon.LoadText(
      "# comment\n\n"
      "مُشْتَرَك\n"
      "قَالَ\tp\n"
      "يَعْكِسُ\tv\n"
      "فِي\tx\n"
      "اجدابيا\tأَجْدَابِيَا\tx\n",
      "test.tsv");
  EXPECT_EQ(lexicon.size(), 5u);
  EXPECT_EQ(Found(lexicon, U"مشترك"), Strings{"مُشْتَرَك/n"});
  EXPECT_EQ(Found(lexicon, U"قال"), Strings{"قَال/p"});  // pausal: the final fatha goes
  EXPECT_EQ(Found(lexicon, U"يعكس"), Strings{"يَعْكِس/v"});
  EXPECT_EQ(Found(lexicon, U"في"), Strings{"فِي/x"});
  EXPECT_EQ(Found(lexicon, U"اجدابيا"), Strings{"أَجْدَابِيَا/x"});
  EXPECT_EQ(Found(lexicon, U"مشتركة"), Strings{});
}

TEST(VocalizedLexiconTest, HomographsKeepFileOrderAndDuplicatesGo) {
  VocalizedLexicon lexicon;
  lexicon.LoadText("عَام\nعَامّ\nعَام\n", "test.tsv");
  EXPECT_EQ(lexicon.size(), 2u);
  EXPECT_EQ(Found(lexicon, U"عام"), (Strings{"عَام/n", "عَامّ/n"}));
}

TEST(VocalizedLexiconTest, SpellingTolerantKeys) {
  VocalizedLexicon lexicon;
  lexicon.LoadText("أُمَم\nإِلَى\tx\n", "test.tsv");
  EXPECT_EQ(Found(lexicon, U"امم"), Strings{"أُمَم/n"});
  EXPECT_EQ(Found(lexicon, U"الي"), Strings{"إِلَى/x"});
  EXPECT_EQ(Found(lexicon, U"الى"), Strings{"إِلَى/x"});
  VocalizedLexicon strict(/*loose=*/false);
  strict.LoadText("أُمَم\n", "test.tsv");
  EXPECT_EQ(Found(strict, U"امم"), Strings{});
  EXPECT_EQ(Found(strict, U"أمم"), Strings{"أُمَم/n"});
}

TEST(VocalizedLexiconTest, MalformedLinesNameFileAndLine) {
  const struct {
    std::string text, message;
  } cases[] = {
      {"فِي\tq\n", "t.tsv: line 1: unknown class 'q' (use n, v, p or x)"},
      {"\n\nabc\n", "t.tsv: line 3: not one Arabic word"},
      {"فِي\tفِي\tx\textra\n", "t.tsv: line 1: expected [WRITTEN<TAB>]VOCALIZED[<TAB>n|v|p|x]"},
      {"فِي هُنَا\n", "t.tsv: line 1: not one Arabic word"},
  };
  for (const auto& c : cases) {
    VocalizedLexicon lexicon;
    try {
      lexicon.LoadText(c.text, "t.tsv");
      ADD_FAILURE() << c.text;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
      EXPECT_EQ(std::string(e.what()), c.message);
    }
  }
}

TEST(VocalizedLexiconTest, LoadsFilesAndNamesAMissingOne) {
  testing::TempDir dir;
  VocalizedLexicon lexicon;
  lexicon.Load(dir.Write("mine.tsv", "طَرَابُلُس\tx\n"));
  EXPECT_EQ(Found(lexicon, U"طرابلس"), Strings{"طَرَابُلُس/x"});
  try {
    lexicon.Load(dir / "missing.tsv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              (dir / "missing.tsv").string() + ": cannot read vocalized lexicon");
  }
}

TEST(VocalizedLexiconTest, TheProjectLexiconLoads) {
  VocalizedLexicon lexicon;
  lexicon.Load(std::filesystem::path(RAWI_VOICES_DIR) / "ar-vocalized-lexicon.tsv");
  EXPECT_GE(lexicon.size(), 1000u);
  EXPECT_EQ(Found(lexicon, U"في"), Strings{"فِي/x"});
  EXPECT_EQ(Found(lexicon, U"ظل").front(), "ظِلّ/n");  // the noun before the verb ظَلَّ
}

}  // namespace
}  // namespace rawi
