// YAML front matter of a Markdown article:
//
//   ---
//   title: "Open Data: Tripoli Hackathon Draws 300 Coders"
//   author: [Amal Ben Ali, Omar Saleh]     # or a name, or {name: …}, or a list of those
//   date: 2024-11-22
//   ---
//
// It starts at the article's first line ("---") and ends at the next line that is "---" or
// "...". It is parsed with yaml-cpp, so quoting, lists and comments work as YAML says; keys other
// than title, author (or authors, byline) and date are ignored, and so is front matter that is
// not a mapping.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rawi {

inline constexpr size_t kMaxFrontMatterBytes = 64 * 1024;

struct FrontMatter {
  std::string title;
  std::string byline;  // several authors joined with ", " (Arabic names with "، ")
  std::string date;    // as written
};

struct MarkdownParts {
  std::optional<std::string_view> front_matter;  // the YAML between the fences
  std::string_view body;                         // the Markdown after them (or all of it)
};

// Splits off the front matter; an opening fence without a closing one is not front matter.
MarkdownParts SplitFrontMatter(std::string_view text);

// Throws a FileError "front matter line N: PROBLEM" naming `source` (N counts from the
// article's first line) for YAML that does not parse or front matter over kMaxFrontMatterBytes.
FrontMatter ParseFrontMatter(std::string_view yaml, const std::string& source);

}  // namespace rawi
