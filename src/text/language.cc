#include "text/language.h"

#include <algorithm>
#include <array>

namespace rawi {
namespace {

// Sorted, for binary search.
constexpr std::array<std::string_view, 31> kArabic = {
    "aao", "abh", "abv", "acm", "acq", "acw", "acx", "acy", "adf", "aeb", "aec",
    "afb", "ajp", "apc", "apd", "ar",  "arb", "arq", "ars", "ary", "arz", "auz",
    "avl", "ayh", "ayl", "ayn", "ayp", "bbz", "pga", "shu", "ssh"};

constexpr std::array<std::string_view, 19> kRightToLeft = {
    "ar",  "arc", "ckb", "dv",  "fa", "he", "iw",  "ks", "ku", "mzn",
    "pnb", "ps",  "sd",  "syr", "ug", "ur", "ydd", "yi", "yid"};
static_assert(std::is_sorted(kArabic.begin(), kArabic.end()));
static_assert(std::is_sorted(kRightToLeft.begin(), kRightToLeft.end()));

bool Contains(const auto& sorted, std::string_view primary) {
  return std::binary_search(sorted.begin(), sorted.end(), primary);
}

}  // namespace

Language::Language(std::string_view tag) : primary_(tag.substr(0, tag.find_first_of("-_"))) {
  for (char& c : primary_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

bool Language::IsArabic() const { return Contains(kArabic, primary_); }

bool Language::IsRightToLeft() const {
  return Contains(kRightToLeft, primary_) || Contains(kArabic, primary_);
}

}  // namespace rawi
