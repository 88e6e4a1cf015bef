#include "util/data_file.h"

#include <fstream>
#include <sstream>

#include "util/error.h"

namespace rawi {

std::string ReadDataFile(const std::filesystem::path& file, const std::string& what) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw FileError(file.string(), "cannot read " + what);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace rawi
