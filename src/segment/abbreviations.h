// Abbreviations the sentence splitter never ends a sentence after: the WRITTEN column of
// voices/abbreviations.tsv (WRITTEN<TAB>SPOKEN<TAB>LANGUAGE per line; blank lines and lines
// starting with '#' are ignored), by language.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace rawi {

class Abbreviations {
 public:
  // Throws a FileError naming the file (and line) when it cannot be read or a line lacks a field.
  static Abbreviations FromFile(const std::filesystem::path& file);
  // The file format above; `origin` names the text in errors.
  static Abbreviations FromText(std::string_view text, const std::string& origin);

  // The written forms for a language ("ar", "en"), in file order; empty for others.
  const std::vector<std::string>& For(const std::string& language) const;

 private:
  std::map<std::string, std::vector<std::string>> written_;
};

}  // namespace rawi
