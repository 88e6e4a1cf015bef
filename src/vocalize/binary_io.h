// Little-endian values in the compiled data's byte strings (rawi runs on little-endian machines
// only), for the writers and readers of compiled_sections.h and char_model.h.
#pragma once

#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace rawi {

template <typename T>
void PutValue(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

// The value at `at`; throws std::runtime_error("truncated") past the end.
template <typename T>
T GetValue(std::string_view bytes, size_t at) {
  if (at + sizeof(T) > bytes.size()) throw std::runtime_error("truncated");
  T value;
  std::memcpy(&value, bytes.data() + at, sizeof value);
  return value;
}

}  // namespace rawi
