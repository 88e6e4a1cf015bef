#include "read/front_matter.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace rawi {
namespace {

struct SplitCase {
  std::string name;
  std::string text;
  std::optional<std::string> front_matter;
  std::string body;
};

class SplitFrontMatterTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SplitFrontMatterTest, Splits) {
  const MarkdownParts parts = SplitFrontMatter(GetParam().text);
  EXPECT_EQ(parts.front_matter, GetParam().front_matter);
  EXPECT_EQ(parts.body, GetParam().body);
}

INSTANTIATE_TEST_SUITE_P(
    Texts, SplitFrontMatterTest,
    ::testing::Values(
        SplitCase{"Fenced", "---\ntitle: T\n---\n# Body\n", "title: T\n", "# Body\n"},
        SplitCase{"DotsClose", "---\ntitle: T\n...\nBody", "title: T\n", "Body"},
        SplitCase{"CrLf", "---\r\ntitle: T\r\n---\r\nBody", "title: T\r\n", "Body"},
        SplitCase{"EndsAtFence", "---\ntitle: T\n---", "title: T\n", ""},
        SplitCase{"Empty", "---\n---\nBody", "", "Body"},
        SplitCase{"Unclosed", "---\ntitle: T\nBody", std::nullopt, "---\ntitle: T\nBody"},
        SplitCase{"NotAtTheStart", "\n---\ntitle: T\n---\n", std::nullopt,
                  "\n---\ntitle: T\n---\n"},
        SplitCase{"ThematicBreakLater", "Text\n\n---\n\nMore", std::nullopt, "Text\n\n---\n\nMore"},
        SplitCase{"NoNewline", "---", std::nullopt, "---"}),
    [](const auto& info) { return info.param.name; });

struct ParseCase {
  std::string name;
  std::string yaml;
  std::string title;
  std::string byline;
  std::string date;
};

class ParseFrontMatterTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(ParseFrontMatterTest, Fields) {
  const FrontMatter fm = ParseFrontMatter(GetParam().yaml, "a.md");
  EXPECT_EQ(fm.title, GetParam().title);
  EXPECT_EQ(fm.byline, GetParam().byline);
  EXPECT_EQ(fm.date, GetParam().date);
}

INSTANTIATE_TEST_SUITE_P(
    Yaml, ParseFrontMatterTest,
    ::testing::Values(
        ParseCase{"Plain", "title: عنوان الخبر\nauthor: نورية الشريف\ndate: 2024-10-01\n",
                  "عنوان الخبر", "نورية الشريف", "2024-10-01"},
        ParseCase{"QuotedWithColon", "title: \"Open Data: A Hackathon\"\ndate: '2024-11-22'\n",
                  "Open Data: A Hackathon", "", "2024-11-22"},
        ParseCase{"AuthorList", "author: [Amal Ben Ali, Omar Saleh]", "",
                  "Amal Ben Ali, Omar Saleh", ""},
        ParseCase{"ArabicAuthorList", "authors:\n  - فاطمة الزوي\n  - سالم الورفلي\n", "",
                  "فاطمة الزوي، سالم الورفلي", ""},
        ParseCase{"AuthorMap", "author:\n  name: Rania Elfitouri\n  email: r@x.ly\n", "",
                  "Rania Elfitouri", ""},
        ParseCase{"Byline", "byline: By the newsroom", "", "By the newsroom", ""},
        ParseCase{"Comments", "# comment\ntitle: T # trailing\n", "T", "", ""},
        ParseCase{"DateTime", "date: 2024-11-22 09:30:00 +02:00", "", "",
                  "2024-11-22 09:30:00 +02:00"},
        ParseCase{"OtherKeysIgnored", "tags: [a, b]\nlayout: post\n", "", "", ""},
        ParseCase{"TitleNotAScalar", "title: [a, b]", "", "", ""},
        ParseCase{"NotAMap", "just a string", "", "", ""}, ParseCase{"Empty", "", "", "", ""}),
    [](const auto& info) { return info.param.name; });

std::string ParseError(const std::string& yaml) {
  try {
    ParseFrontMatter(yaml, "a.md");
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    return e.what();
  }
  return "no error";
}

TEST(ParseFrontMatterTest, InvalidYamlNamesTheLine) {
  EXPECT_EQ(ParseError("title: T\nauthor: [unclosed\n"),
            "a.md: front matter line 4: end of sequence flow not found");
  EXPECT_EQ(ParseError("title: a: b\n"), "a.md: front matter line 2: illegal map value");
}

TEST(ParseFrontMatterTest, DeepNestingIsAnErrorNotACrash) {
  const std::string error = ParseError("title: " + std::string(100000, '['));
  EXPECT_EQ(error.rfind("a.md: front matter line 2: ", 0), 0u) << error;
}

TEST(ParseFrontMatterTest, TooLarge) {
  EXPECT_EQ(ParseError("title: " + std::string(70 * 1024, 'x')),
            "a.md: front matter line 2: front matter is larger than 64 KB");
}

}  // namespace
}  // namespace rawi
