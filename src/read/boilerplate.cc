#include "read/boilerplate.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "text/whitespace.h"
#include "util/data_file.h"
#include "util/error.h"

namespace rawi {

BoilerplateFilter::BoilerplateFilter() = default;
BoilerplateFilter::~BoilerplateFilter() = default;
BoilerplateFilter::BoilerplateFilter(BoilerplateFilter&&) noexcept = default;
BoilerplateFilter& BoilerplateFilter::operator=(BoilerplateFilter&&) noexcept = default;

BoilerplateFilter BoilerplateFilter::FromFile(const std::filesystem::path& file) {
  return FromText(ReadDataFile(file, "boilerplate patterns"), file.string());
}

BoilerplateFilter BoilerplateFilter::FromText(std::string_view text, const std::string& origin) {
  BoilerplateFilter filter;
  int line_number = 0;
  for (std::string_view line : SplitLines(text)) {
    ++line_number;
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    std::unique_ptr<icu::RegexPattern> pattern(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), line.size())),
        UREGEX_CASE_INSENSITIVE, parse_error, status));
    if (U_FAILURE(status)) {
      throw FileError(origin, "line " + std::to_string(line_number) +
                                  ": invalid pattern: " + u_errorName(status));
    }
    filter.patterns_.push_back(std::move(pattern));
  }
  return filter;
}

void BoilerplateFilter::Merge(BoilerplateFilter&& other) {
  for (auto& pattern : other.patterns_) patterns_.push_back(std::move(pattern));
  other.patterns_.clear();
}

bool BoilerplateFilter::Matches(std::string_view line) const {
  line = Trim(line);
  if (line.empty()) return false;
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), line.size()));
  for (const auto& pattern : patterns_) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern->matcher(text, status));
    if (U_SUCCESS(status) && matcher->matches(status) && U_SUCCESS(status)) return true;
  }
  return false;
}

}  // namespace rawi
