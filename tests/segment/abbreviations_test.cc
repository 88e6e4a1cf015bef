#include "segment/abbreviations.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace rawi {
namespace {

using Forms = std::vector<std::string>;

TEST(AbbreviationsTest, WrittenColumnByLanguage) {
  const Abbreviations abbreviations = Abbreviations::FromText(
      "# comment\n\nد.\tالدكتور\tar\nDr.\tDoctor\ten\r\nU.S.\tU.S.\ten\n  \n", "t.tsv");
  EXPECT_EQ(abbreviations.For("ar"), Forms{"د."});
  EXPECT_EQ(abbreviations.For("en"), (Forms{"Dr.", "U.S."}));
  EXPECT_EQ(abbreviations.For("fr"), Forms{});
}

TEST(AbbreviationsTest, ProjectFile) {
  const Abbreviations abbreviations =
      Abbreviations::FromFile(std::filesystem::path(RAWI_VOICES_DIR) / "abbreviations.tsv");
  const Forms& ar = abbreviations.For("ar");
  const Forms& en = abbreviations.For("en");
  EXPECT_NE(std::find(ar.begin(), ar.end(), "د."), ar.end());
  EXPECT_NE(std::find(en.begin(), en.end(), "Dr."), en.end());
  EXPECT_NE(std::find(en.begin(), en.end(), "U.S."), en.end());
}

std::string ErrorOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    return e.what();
  }
  return "no error";
}

TEST(AbbreviationsTest, Errors) {
  EXPECT_EQ(ErrorOf([] { Abbreviations::FromText("Dr.\tDoctor\ten\nMr. Mister en\n", "t.tsv"); }),
            "t.tsv: line 2: expected WRITTEN<TAB>SPOKEN<TAB>LANGUAGE");
  EXPECT_EQ(ErrorOf([] { Abbreviations::FromText("Dr.\tDoctor\t\n", "t.tsv"); }),
            "t.tsv: line 1: expected WRITTEN<TAB>SPOKEN<TAB>LANGUAGE");
  EXPECT_EQ(ErrorOf([] { Abbreviations::FromFile("/nonexistent/abbreviations.tsv"); }),
            "/nonexistent/abbreviations.tsv: cannot read abbreviations");
}

}  // namespace
}  // namespace rawi
