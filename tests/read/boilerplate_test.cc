#include "read/boilerplate.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

const BoilerplateFilter& ProjectPatterns() {
  static const BoilerplateFilter filter =
      BoilerplateFilter::FromFile(std::filesystem::path(RAWI_VOICES_DIR) / "boilerplate.txt");
  return filter;
}

class ProjectBoilerplateTest : public ::testing::TestWithParam<std::pair<const char*, bool>> {};

TEST_P(ProjectBoilerplateTest, MatchesWholeLinesOnly) {
  EXPECT_EQ(ProjectPatterns().Matches(GetParam().first), GetParam().second) << GetParam().first;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, ProjectBoilerplateTest,
    ::testing::Values(
        std::make_pair("0 تعليق", true), std::make_pair("٣ تعليقات", true),
        std::make_pair("  12 تعليقات  ", true), std::make_pair("تعليقات (5)", true),
        std::make_pair("أضف تعليقاً", true), std::make_pair("شارك على فيسبوك", true),
        std::make_pair("شارك الخبر: فيسبوك، تويتر، واتساب", true),
        std::make_pair("اقرأ أيضاً:", true), std::make_pair("5 دقائق للقراءة", true),
        std::make_pair("12 Comments", true), std::make_pair("1 comment", true),
        std::make_pair("Share this article", true), std::make_pair("Follow us on Twitter", true),
        std::make_pair("Read more", true), std::make_pair("Home > World > Africa", true),
        std::make_pair("3 min read", true),
        // Around embedded posts.
        std::make_pair("السماح بمحتوى X؟", true), std::make_pair("تخطى منشور X", true),
        std::make_pair("نهاية منشور يوتيوب", true), std::make_pair("Allow X content?", true),
        std::make_pair("Skip twitter post, 1", true),
        std::make_pair("End of YouTube post, 2", true),
        std::make_pair("تتضمن هذه الصفحة محتوى من موقع X. موافقتك مطلوبة قبل عرض أي مواد منه.",
                       true),
        std::make_pair("This article contains content provided by Google YouTube. We ask for "
                       "your permission before anything is loaded.",
                       true),
        std::make_pair("تحذير: بي بي سي غير مسؤولة عن محتوى المواقع الخارجية.", true),
        std::make_pair("Warning: The BBC is not responsible for the content of external sites.",
                       true),
        std::make_pair("قبول ومتابعة", true),
        // Article text that merely mentions these words stays.
        std::make_pair("رفض الوزير التعليق على 3 تعليقات نشرت أمس.", false),
        std::make_pair("The minister declined to comment on 12 comments made online.", false),
        std::make_pair("اجتماع لدعم الهدنة في ليبيا", false),
        std::make_pair("Share prices rose by 3% on Monday.", false),
        std::make_pair("وقالت الوزارة إن نهاية منشور الحكومة الأخير جاءت بعد جدل واسع في البرلمان.",
                       false),
        std::make_pair("The police said they would allow the content of the report to be "
                       "published next week?",
                       false),
        std::make_pair("", false)));

TEST(BoilerplateFilterTest, UserPatternsMergeWithProject) {
  testing::TempDir dir;
  const auto file = dir.Write("mine.txt", "# my site\n\nإعلان\nSponsored content\n");
  BoilerplateFilter filter = BoilerplateFilter::FromFile(file);
  EXPECT_EQ(filter.size(), 2u);
  BoilerplateFilter merged = BoilerplateFilter::FromText("\\d+ تعليق", "inline");
  merged.Merge(std::move(filter));
  EXPECT_TRUE(merged.Matches("إعلان"));
  EXPECT_TRUE(merged.Matches("SPONSORED CONTENT"));
  EXPECT_TRUE(merged.Matches("٠ تعليق"));
  EXPECT_FALSE(merged.Matches("إعلان مهم عن الانتخابات."));
}

TEST(BoilerplateFilterTest, BadPatternNamesFileAndLine) {
  try {
    BoilerplateFilter::FromText("# fine\nok\n(unclosed\n", "extra.txt");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(std::string(e.what()),
              "extra.txt: line 3: invalid pattern: U_REGEX_MISMATCHED_PAREN");
  }
}

TEST(BoilerplateFilterTest, MissingFileIsAnError) {
  try {
    BoilerplateFilter::FromFile("/nonexistent/patterns.txt");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "/nonexistent/patterns.txt: cannot read boilerplate patterns");
  }
}

}  // namespace
}  // namespace rawi
