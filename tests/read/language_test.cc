#include "read/language.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

TEST(DetectLanguageTest, ByMajorityScript) {
  EXPECT_EQ(DetectLanguage("اجتماع لدعم الهدنة في ليبيا"), "ar");
  EXPECT_EQ(DetectLanguage("The port of Misrata reopened."), "en");
  EXPECT_EQ(DetectLanguage("قال مسؤول في UNSMIL إن الاجتماع كان مثمرا"), "ar");
  EXPECT_EQ(DetectLanguage("12345"), "en");
  EXPECT_EQ(DetectLanguage(""), "en");
}

}  // namespace
}  // namespace rawi
