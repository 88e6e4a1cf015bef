#include "text/language.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

TEST(LanguageTest, PrimarySubtagLowerCased) {
  EXPECT_EQ(Language("AR-ly").primary(), "ar");
  EXPECT_EQ(Language("ar_EG").primary(), "ar");
  EXPECT_EQ(Language("en").primary(), "en");
  EXPECT_EQ(Language("").primary(), "");
}

TEST(LanguageTest, ArabicAndItsVarietiesButNotLookalikes) {
  for (const char* arabic : {"ar", "ar-LY", "AR", "ar_EG", "arz", "ary-MA", "apc", "afb", "arb"}) {
    EXPECT_TRUE(Language(arabic).IsArabic()) << arabic;
  }
  for (const char* other : {"en", "", "arn", "arc", "arp", "fa", "he", "a", "und"}) {
    EXPECT_FALSE(Language(other).IsArabic()) << other;
  }
}

TEST(LanguageTest, RightToLeftByPrimarySubtag) {
  for (const char* rtl :
       {"ar", "ar-LY", "AR", "ar_EG", "arz", "fa", "he", "iw", "ur", "ckb", "yi", "syr", "arc"}) {
    EXPECT_TRUE(Language(rtl).IsRightToLeft()) << rtl;
    EXPECT_STREQ(Language(rtl).Direction(), "rtl") << rtl;
  }
  for (const char* ltr : {"en", "en-GB", "fr", "und", "", "arn", "hebrew", "tr"}) {
    EXPECT_FALSE(Language(ltr).IsRightToLeft()) << ltr;
    EXPECT_STREQ(Language(ltr).Direction(), "ltr") << ltr;
  }
}

}  // namespace
}  // namespace rawi
