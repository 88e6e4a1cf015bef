#include "read/read_flags.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace rawi {
namespace {

std::string UsageErrorOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
    return e.what();
  }
  return "no error";
}

TEST(InputFormatFlagTest, ValuesAndErrors) {
  EXPECT_EQ(InputFormatFlag(""), std::nullopt);
  EXPECT_EQ(InputFormatFlag("md"), InputFormat::kMarkdown);
  EXPECT_EQ(InputFormatFlag("html"), InputFormat::kHtml);
  EXPECT_EQ(UsageErrorOf([] { InputFormatFlag("pdf"); }),
            "--input-format pdf: unknown format (use txt, md, html)");
}

TEST(LanguageFlagTest, ValuesAndErrors) {
  EXPECT_EQ(LanguageFlag(""), "");
  EXPECT_EQ(LanguageFlag("ar"), "ar");
  EXPECT_EQ(LanguageFlag("en-GB"), "en");
  EXPECT_EQ(UsageErrorOf([] { LanguageFlag("123"); }),
            "--lang 123: expected a language tag such as ar or en");
}

}  // namespace
}  // namespace rawi
