#include "read/html_limits.h"

#include <gtest/gtest.h>

#include <chrono>

namespace rawi {
namespace {

std::string Attributes(size_t n) {
  std::string tag = "<div";
  for (size_t i = 0; i < n; ++i) tag += " a" + std::to_string(i) + "=\"x\"";
  return tag + ">text</div>";
}

std::string Limit(std::string_view html, size_t attributes, size_t elements) {
  HtmlLimits limits;
  limits.max_attributes_per_element = attributes;
  limits.max_elements = elements;
  return ExceededHtmlLimit(html, limits).value_or("within");
}

struct LimitCase {
  const char* name;
  std::string html;
  std::string expected;  // with at most 3 attributes per element and 4 elements
};

class HtmlLimitsTest : public testing::TestWithParam<LimitCase> {};

TEST_P(HtmlLimitsTest, CountsAsATokenizerWould) {
  EXPECT_EQ(Limit(GetParam().html, 3, 4), GetParam().expected);
}

const std::string kFourAttributes = "an element has more than 3 attributes";
const std::string kFiveElements = "more than 4 elements";

INSTANTIATE_TEST_SUITE_P(
    Cases, HtmlLimitsTest,
    testing::Values(
        LimitCase{"Empty", "", "within"},
        LimitCase{"ThreeAttributes", "<p a=1 b='2' c=\"3\">x</p>", "within"},
        LimitCase{"FourAttributes", "<p a=1 b='2' c=\"3\" d>x</p>", kFourAttributes},
        LimitCase{"BareNames", "<input a b c d>", kFourAttributes},
        LimitCase{"SlashesBetween", "<img a/b/c/d/>", kFourAttributes},
        LimitCase{"SpacesAroundEquals", "<p a = 1 b = 2 c = 3>x</p>", "within"},
        LimitCase{"QuotedGreaterThan", "<p a=\"> b c d e\" b>x</p>", "within"},
        LimitCase{"UnclosedQuote", "<p a=\"b c d e f", "within"},
        // "=b" after a name is its value: four attributes, named "=a", "=c", "=e", "=g".
        LimitCase{"EqualsStartsAName", "<p =a =b =c =d =e =f =g =h>", kFourAttributes},
        LimitCase{"EqualsAfterANameIsItsValue", "<p =a =b =c =d =e =f>", "within"},
        LimitCase{"UppercaseTag", "<DIV A B C D>", kFourAttributes},
        LimitCase{"FourElements", "<a><b><c><d>", "within"},
        LimitCase{"FiveElements", "<a><b><c><d><e>", kFiveElements},
        LimitCase{"EndTagsAreNotElements", "<a></a></a></a></a></a>", "within"},
        LimitCase{"CommentsHoldNoElements", "<!-- <a><b><c><d><e> --><p>", "within"},
        LimitCase{"DeclarationsAreNotElements", "<!doctype html><?xml x?><p>", "within"},
        LimitCase{"ScriptHoldsNoElements", "<script>if (a<b) x='<p a b c d e>';</script><p>",
                  "within"},
        LimitCase{"StyleHoldsNoElements", "<STYLE>a<b{}</style><a><b><c>", "within"},
        LimitCase{"AfterScriptCountsAgain", "<script></script><a><b><c><d>", kFiveElements},
        LimitCase{"LessThanBeforeADigit", "1 <2 <3 <4 <5 <6", "within"},
        LimitCase{"TrailingLessThan", "<p>x<", "within"}),
    [](const auto& info) { return info.param.name; });

TEST(HtmlLimitsDefaultsTest, RealPagesPassAndHostileOnesDoNot) {
  const HtmlLimits defaults;
  EXPECT_EQ(ExceededHtmlLimit(Attributes(1000), defaults), std::nullopt);
  EXPECT_EQ(ExceededHtmlLimit(Attributes(1001), defaults),
            "an element has more than 1000 attributes");
}

TEST(HtmlLimitsDefaultsTest, ScanIsLinear) {
  // 200,000 attributes on one tag hung libxml2 for minutes; the scan refuses it at once.
  const std::string hostile = Attributes(200'000);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_NE(ExceededHtmlLimit(hostile, HtmlLimits{}), std::nullopt);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

}  // namespace
}  // namespace rawi
