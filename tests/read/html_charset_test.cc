#include "read/html_charset.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

struct Case {
  std::string page;
  std::string expected;
};

class DeclaredHtmlCharsetTest : public ::testing::TestWithParam<Case> {};

TEST_P(DeclaredHtmlCharsetTest, FromMeta) {
  EXPECT_EQ(DeclaredHtmlCharset(GetParam().page), GetParam().expected) << GetParam().page;
}

INSTANTIATE_TEST_SUITE_P(
    Pages, DeclaredHtmlCharsetTest,
    ::testing::Values(
        Case{"<html><head><meta charset=\"windows-1256\"></head>", "windows-1256"},
        Case{"<META CHARSET=UTF-8>", "UTF-8"},
        Case{"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">",
             "windows-1256"},
        Case{"<meta http-equiv=content-type content='text/html;charset=iso-8859-6'>", "iso-8859-6"},
        Case{"<meta name=\"author\" content=\"x\"><meta charset=\"utf-8\">", "utf-8"},
        Case{"<meta http-equiv=\"refresh\" content=\"5; charset=x\">", ""},
        Case{"<html><head><title>\xe4\xd5</title></head><body>\xe4\xd5</body></html>", ""},
        Case{"", ""}, Case{"\x01\x02 not html", ""},
        Case{std::string(20000, ' ') + "<meta charset=\"windows-1256\">", ""}));

}  // namespace
}  // namespace rawi
