#include "normalize/repair.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace rawi {
namespace {

std::string Repair(const std::string& s) { return ToUtf8(RepairText(ToUtf32(s))); }

class RepairTest : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(RepairTest, Text) { EXPECT_EQ(Repair(GetParam().first), GetParam().second); }

INSTANTIATE_TEST_SUITE_P(
    Cases, RepairTest,
    ::testing::Values(std::make_pair("الأخـــبار", "الأخبار"),               // tatweel
                      std::make_pair("لي\u200Bبيا", "ليبيا"),                // zero width space
                      std::make_pair("\u200Fليبيا\u200E", "ليبيا"),          // RLM, LRM
                      std::make_pair("\u202Bنص\u202C", "نص"),                // embedding
                      std::make_pair("\u2067نص\u2069", "نص"),                // isolate
                      std::make_pair("نص\u061C", "نص"),                      // Arabic letter mark
                      std::make_pair("\uFEFFنص", "نص"),                      // BOM
                      std::make_pair("\uFEFB", "\u0644\u0627"),              // ﻻ
                      std::make_pair("\uFDF2", "\u0627\u0644\u0644\u0647"),  // ﷲ
                      std::make_pair("\uFEDF\uFEF4\uFE92\uFEF4\uFE8E",
                                     "ليبيا"),                     // presentation forms
                      std::make_pair("امتداداً", "امتداد\u064Bا"),  // tanween off alef
                      std::make_pair("مُحَمَّد", "مُحَمَّد"),              // diacritics kept
                      std::make_pair("٣٫٥", "٣٫٥")));              // digits stay

TEST(RepairTest, VulgarFractionsAreProtectedAndRestored) {
  std::u32string text = RepairText(U"3½ و¼");
  EXPECT_EQ(text, std::u32string({U'3', kProtectedHalf, U' ', U'و', kProtectedQuarter}));
  RestoreFractions(text);
  EXPECT_EQ(ToUtf8(text), "3½ و¼");
}

}  // namespace
}  // namespace rawi
