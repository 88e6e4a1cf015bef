#include "util/duration.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace rawi {

std::optional<double> ParseDuration(std::string_view text) {
  constexpr uint64_t kMaxSeconds = 1'000'000'000;  // beyond any audio; keeps the sums exact
  if (text.empty()) return std::nullopt;
  uint64_t total = 0;
  size_t i = 0;
  int next_unit = 0;  // index into "hms" of the next unit allowed
  while (i < text.size()) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    uint64_t value = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      value = value * 10 + static_cast<uint64_t>(text[i++] - '0');
      if (value > kMaxSeconds) return std::nullopt;
    }
    if (i == text.size()) {
      if (next_unit != 0) return std::nullopt;  // "1h30" is ambiguous
      return static_cast<double>(value);
    }
    constexpr std::string_view kUnits = "hms";
    constexpr uint64_t kScale[] = {3600, 60, 1};
    const size_t unit = kUnits.find(text[i++]);
    if (unit == std::string_view::npos || static_cast<int>(unit) < next_unit) return std::nullopt;
    total += value * kScale[unit];
    if (total > kMaxSeconds) return std::nullopt;
    next_unit = static_cast<int>(unit) + 1;
  }
  return static_cast<double>(total);
}

std::string FormatDuration(double seconds) {
  const auto total = static_cast<uint64_t>(std::llround(std::max(seconds, 0.0)));
  if (total == 0) return "0";
  std::string text;
  if (total / 3600 > 0) text += std::to_string(total / 3600) + "h";
  if (total / 60 % 60 > 0) text += std::to_string(total / 60 % 60) + "m";
  if (total % 60 > 0) text += std::to_string(total % 60) + "s";
  return text;
}

std::string MinutesSeconds(double seconds) {
  const int total = static_cast<int>(seconds + 0.5);
  char text[32];
  std::snprintf(text, sizeof text, "%d:%02d", total / 60, total % 60);
  return text;
}

}  // namespace rawi
