// Page furniture that is not part of the article ("0 تعليق", "Share this article").
// Patterns come from a data file (voices/boilerplate.txt): one ICU regular expression per line,
// matched case-insensitively against a whole trimmed line; blank lines and lines starting with
// '#' are ignored. \d matches digits of every script (0-9, ٠-٩, ۰-۹).
#pragma once

#include <unicode/regex.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rawi {

class BoilerplateFilter {
 public:
  BoilerplateFilter();
  ~BoilerplateFilter();
  BoilerplateFilter(BoilerplateFilter&&) noexcept;
  BoilerplateFilter& operator=(BoilerplateFilter&&) noexcept;

  // Reads patterns from a file; throws a FileError naming the file and line of a bad pattern.
  static BoilerplateFilter FromFile(const std::filesystem::path& file);
  // Patterns in the file format above; `origin` names them in error messages.
  static BoilerplateFilter FromText(std::string_view text, const std::string& origin);

  // Adds the patterns of another filter (e.g. a user's file on top of the project's).
  void Merge(BoilerplateFilter&& other);

  // True when the whole line (trimmed) is boilerplate.
  bool Matches(std::string_view line) const;
  size_t size() const { return patterns_.size(); }

 private:
  std::vector<std::unique_ptr<icu::RegexPattern>> patterns_;
};

}  // namespace rawi
