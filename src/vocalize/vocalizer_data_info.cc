#include "vocalize/vocalizer_data_info.h"

#include <openssl/evp.h>

#include <cstdio>

#include "util/error.h"
#include "util/mapped_file.h"
#include "vocalize/compiled_sections.h"

namespace rawi {
namespace {

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr) != 1) return "";
  std::string hex;
  char byte[3];
  for (unsigned int i = 0; i < size; ++i) {
    std::snprintf(byte, sizeof byte, "%02x", digest[i]);
    hex += byte;
  }
  return hex;
}

}  // namespace

VocalizerDataInfo DescribeVocalizerData(const std::filesystem::path& file) {
  VocalizerDataInfo info;
  info.file = file;
  try {
    const MappedFile mapped(file);
    info.sha256 = Sha256Hex(mapped.bytes());
    info.format_version = CompiledFormatVersionOf(mapped.bytes());
    if (!info.format_version) {
      info.problem = "not a rawi data file";
    } else if (*info.format_version != kCompiledFormatVersion) {
      info.problem = "this rawi reads format " + std::to_string(kCompiledFormatVersion);
    }
  } catch (const Error& e) {
    // FileError says "PATH: PROBLEM"; the line names the path already.
    const std::string prefix = file.string() + ": ";
    info.problem = e.what();
    if (info.problem.starts_with(prefix)) info.problem.erase(0, prefix.size());
  }
  return info;
}

std::string VocalizerDataLine(const VocalizerDataInfo& info) {
  std::string line = "vocalizer data: ";
  if (info.format_version) line += "format " + std::to_string(*info.format_version) + ", ";
  if (!info.sha256.empty()) line += "sha256 " + info.sha256.substr(0, 12) + ", ";
  line += info.file.string();
  if (!info.problem.empty()) line += " (" + info.problem + ")";
  return line;
}

}  // namespace rawi
