#include "normalize/noun_genders.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace rawi {
namespace {

const NounGenders& Project() {
  static const NounGenders genders = [] {
    NounGenders g;
    g.Load(std::filesystem::path(RAWI_VOICES_DIR) / "ar-noun-gender.tsv");
    return g;
  }();
  return genders;
}

class NounGenderTest : public ::testing::TestWithParam<std::pair<const char32_t*, Gender>> {};

TEST_P(NounGenderTest, Of) { EXPECT_EQ(Project().Of(GetParam().first), GetParam().second); }

INSTANTIATE_TEST_SUITE_P(Words, NounGenderTest,
                         ::testing::Values(std::make_pair(U"سيارة", Gender::kFeminine),
                                           std::make_pair(U"سيارات", Gender::kFeminine),
                                           std::make_pair(U"رجال", Gender::kMasculine),
                                           std::make_pair(U"اجتماعات", Gender::kMasculine),
                                           std::make_pair(U"سنوات", Gender::kFeminine),
                                           std::make_pair(U"أيام", Gender::kMasculine),
                                           std::make_pair(U"دول", Gender::kFeminine),
                                           std::make_pair(U"الدول", Gender::kFeminine),
                                           std::make_pair(U"كتاب", Gender::kMasculine),
                                           std::make_pair(U"حرب", Gender::kFeminine)));

TEST(NounGendersTest, BadLineNamesFileAndLine) {
  NounGenders genders;
  try {
    genders.LoadText("سيارة\tf\nرجل\tx\n", "g.tsv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "g.tsv: line 2: expected WORD<TAB>m|f");
  }
}

}  // namespace
}  // namespace rawi
