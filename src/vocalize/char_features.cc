#include "vocalize/char_features.h"

#include <algorithm>
#include <initializer_list>

namespace rawi {
namespace {

uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 29;
  return h;
}

char32_t At(std::u32string_view letters, long i) {
  if (i < 0) return U'^';
  if (i >= static_cast<long>(letters.size())) return U'$';
  return letters[static_cast<size_t>(i)];
}

// The letters from i + from to i + to (inclusive), hashed with the template id.
uint64_t Window(uint64_t id, std::u32string_view letters, long i, long from, long to) {
  uint64_t h = Mix(0x51ED27AAull, id);
  for (long k = from; k <= to; ++k) h = Mix(h, At(letters, i + k));
  return h;
}

}  // namespace

void LetterFeatures(std::u32string_view letters, size_t index, std::vector<uint64_t>& out) {
  const long i = static_cast<long>(index);
  const long n = static_cast<long>(letters.size());
  static constexpr std::pair<long, long> kWindows[] = {
      {0, 0},   {-1, -1}, {1, 1},  {-2, -2}, {2, 2},  {-3, -3}, {3, 3},  {-1, 0}, {0, 1},
      {-2, -1}, {1, 2},   {-1, 1}, {-2, 0},  {0, 2},  {-2, 1},  {-1, 2}, {-3, 0}, {0, 3},
      {-2, 2},  {-3, 1},  {-1, 3}, {-3, 2},  {-2, 3}, {-3, 3},  {-4, 0}, {0, 4},
  };
  uint64_t id = 1;
  for (const auto& [from, to] : kWindows) out.push_back(Window(id++, letters, i, from, to));
  const uint64_t from_start = static_cast<uint64_t>(std::min(i, 6l));
  const uint64_t from_end = static_cast<uint64_t>(std::min(n - 1 - i, 6l));
  out.push_back(Mix(Mix(Mix(100, from_start), from_end), At(letters, i)));
  out.push_back(Mix(Mix(101, static_cast<uint64_t>(std::min(n, 12l))), from_start));
  out.push_back(Mix(Mix(Mix(102, from_end), At(letters, i)), At(letters, i + 1)));
  uint64_t prefix = 103;
  for (long k = 0; k <= i; ++k) prefix = Mix(prefix, letters[k]);
  out.push_back(prefix);
  uint64_t suffix = 104;
  for (long k = i; k < n; ++k) suffix = Mix(suffix, letters[k]);
  out.push_back(suffix);
  out.push_back(105);  // bias
}

void HistoryFeatures(std::u32string_view letters, size_t index, uint32_t before2, uint32_t before1,
                     std::vector<uint64_t>& out) {
  const long i = static_cast<long>(index);
  out.push_back(Mix(200, before1));
  out.push_back(Mix(Mix(201, before2), before1));
  out.push_back(Mix(Mix(202, before1), At(letters, i)));
  out.push_back(Mix(Mix(Mix(203, before1), At(letters, i - 1)), At(letters, i)));
  out.push_back(Mix(Mix(Mix(204, before1), At(letters, i)), At(letters, i + 1)));
  out.push_back(Mix(Mix(Mix(205, before2), before1), At(letters, i)));
}

}  // namespace rawi
