#include "read/input_format.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

using F = InputFormat;

TEST(ParseInputFormatTest, NamesAndAliases) {
  EXPECT_EQ(ParseInputFormat("txt"), F::kText);
  EXPECT_EQ(ParseInputFormat("text"), F::kText);
  EXPECT_EQ(ParseInputFormat("md"), F::kMarkdown);
  EXPECT_EQ(ParseInputFormat("Markdown"), F::kMarkdown);
  EXPECT_EQ(ParseInputFormat("HTML"), F::kHtml);
  EXPECT_EQ(ParseInputFormat("htm"), F::kHtml);
  EXPECT_EQ(ParseInputFormat("pdf"), std::nullopt);
  EXPECT_EQ(ParseInputFormat(""), std::nullopt);
  EXPECT_EQ(InputFormatNames(), "txt, md, html");
}

struct ExtensionCase {
  std::string name;
  std::optional<F> expected;
};

class FormatFromExtensionTest : public ::testing::TestWithParam<ExtensionCase> {};

TEST_P(FormatFromExtensionTest, ByExtension) {
  EXPECT_EQ(FormatFromExtension(GetParam().name), GetParam().expected) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Names, FormatFromExtensionTest,
    ::testing::Values(ExtensionCase{"a.txt", F::kText}, ExtensionCase{"news/a.md", F::kMarkdown},
                      ExtensionCase{"A.MARKDOWN", F::kMarkdown}, ExtensionCase{"p.html", F::kHtml},
                      ExtensionCase{"p.HTM", F::kHtml}, ExtensionCase{"p.xhtml", F::kHtml},
                      ExtensionCase{"http://x.ly/news/p.html", F::kHtml},
                      ExtensionCase{"p.php", std::nullopt}, ExtensionCase{"README", std::nullopt},
                      ExtensionCase{"dir.md/file", std::nullopt}, ExtensionCase{"", std::nullopt}));

TEST(FormatFromContentTypeTest, MediaTypes) {
  EXPECT_EQ(FormatFromContentType("text/html; charset=windows-1256"), F::kHtml);
  EXPECT_EQ(FormatFromContentType("TEXT/HTML"), F::kHtml);
  EXPECT_EQ(FormatFromContentType("application/xhtml+xml"), F::kHtml);
  EXPECT_EQ(FormatFromContentType("text/markdown; charset=UTF-8"), F::kMarkdown);
  EXPECT_EQ(FormatFromContentType("text/plain"), F::kText);
  EXPECT_EQ(FormatFromContentType("application/json"), std::nullopt);
  EXPECT_EQ(FormatFromContentType(""), std::nullopt);
}

struct SniffCase {
  std::string text;
  bool html;
};

class LooksLikeHtmlTest : public ::testing::TestWithParam<SniffCase> {};

TEST_P(LooksLikeHtmlTest, Sniffs) {
  EXPECT_EQ(LooksLikeHtml(GetParam().text), GetParam().html) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Texts, LooksLikeHtmlTest,
    ::testing::Values(SniffCase{"<!DOCTYPE html><html>", true}, SniffCase{"<!doctype HTML>", true},
                      SniffCase{"\n  <html lang=\"ar\">", true},
                      SniffCase{"\xEF\xBB\xBF<html>", true}, SniffCase{"<head><title>", true},
                      SniffCase{"<!-- saved page --> <html>", true},
                      SniffCase{"<!-- unclosed comment", false},
                      SniffCase{"عنوان الخبر\nنص الخبر.", false},
                      SniffCase{"Use <html> tags like this.", false}, SniffCase{"", false},
                      SniffCase{"<p>fragment</p>", false}));

}  // namespace
}  // namespace rawi
