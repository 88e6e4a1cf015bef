// What `rawi --version` says about the compiled vocalizer data (voices/ar-vocalizer.bin): which
// file, its container format version, and a digest that tells two builds of the data apart.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace rawi {

struct VocalizerDataInfo {
  std::filesystem::path file;
  std::optional<uint32_t> format_version;  // the header's; nullopt when unreadable
  std::string sha256;                      // of the whole file, hex; empty when unreadable
  std::string problem;                     // why the file is unusable; empty when it is usable
};

// Never throws: a missing, unreadable or foreign file is described in `problem`.
VocalizerDataInfo DescribeVocalizerData(const std::filesystem::path& file);

// One line: "vocalizer data: format 2, sha256 0123456789ab, FILE", with " (PROBLEM)" after it
// when the file is unusable.
std::string VocalizerDataLine(const VocalizerDataInfo& info);

}  // namespace rawi
