#include "read/html_title.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "read/ascii_case.h"
#include "read/html_jsonld.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

using nlohmann::json;

size_t ReadabilityWordCount(std::string_view s) {
  // As Readability counts: the pieces a split on white space gives ("" counts one).
  size_t count = 1;
  bool space = false;
  for (char c : s) {
    const bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (is_space && !space) ++count;
    space = is_space;
  }
  return count;
}

bool IsTitleSeparator(std::string_view s, size_t at, size_t* length) {
  for (std::string_view sep : {"|", "-", "\\", "/", ">", "»", "–", "—"}) {
    if (s.substr(at, sep.size()) == sep) {
      *length = sep.size();
      return true;
    }
  }
  return false;
}

// Positions of " SEP " (a separator with white space on both sides) in `s`: where the space
// before it starts, and the length with both spaces.
using Separators = std::vector<std::pair<size_t, size_t>>;

Separators FindSeparators(std::string_view s) {
  Separators found;
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    size_t length = 0;
    if (s[i] == ' ' && IsTitleSeparator(s, i + 1, &length) && i + 1 + length < s.size() &&
        s[i + 1 + length] == ' ') {
      found.emplace_back(i, length + 2);
    }
  }
  return found;
}

// A title of parts of a hierarchy ("Section / Story", "Site » News").
bool IsHierarchical(const std::string& title, const Separators& separators) {
  bool hierarchical = false;
  for (const auto& [at, length] : separators) {
    const char c = title[at + 1];
    if (c == '\\' || c == '/' || c == '>' || title.compare(at + 1, 2, "»") == 0) {
      hierarchical = true;
    }
  }
  return hierarchical;
}

// The part before the last separator, or, when that is under three words, all after the first
// separator character.
std::string CutAtSeparator(const std::string& original, const Separators& separators) {
  std::string title = original.substr(0, separators.back().first);
  if (ReadabilityWordCount(title) >= 3) return title;
  for (size_t i = 0; i < original.size(); ++i) {
    size_t length = 0;
    if (IsTitleSeparator(original, i, &length)) return original.substr(i + length);
  }
  return title;
}

// The part after the last colon, or after the first when that is under three words; the whole
// when a heading says it, or when over five words come before the first colon.
std::string CutAtColon(const std::string& original, const std::vector<std::string>& headings) {
  const std::string trimmed(Trim(original));
  bool heading_matches = false;
  for (const std::string& heading : headings) heading_matches |= heading == trimmed;
  if (heading_matches) return original;
  const std::string after_last = original.substr(original.rfind(':') + 1);
  if (ReadabilityWordCount(after_last) < 3) return original.substr(original.find(':') + 1);
  if (ReadabilityWordCount(original.substr(0, original.find(':'))) > 5) return original;
  return after_last;
}

std::string WithoutSeparators(const std::string& original, const Separators& separators) {
  std::string without;
  size_t from = 0;
  for (const auto& [at, length] : separators) {
    without.append(original, from, at - from).append(" ");
    from = at + length;
  }
  without.append(original, from);
  return without;
}

// Beyond Readability: "Site name - The headline of the story" keeps the whole there; a listener
// wants the headline. Taken when a short first part (at most three words, a site's name) comes
// before one of three words or more.
std::string WholeOrHeadline(const std::string& original, const Separators& separators) {
  if (separators.size() != 1) return original;
  const std::string first(Trim(original.substr(0, separators[0].first)));
  const std::string rest(Trim(original.substr(separators[0].first + separators[0].second)));
  if (ReadabilityWordCount(first) <= 3 && ReadabilityWordCount(rest) >= 3) return rest;
  return original;
}

// Readability's similarity of `b` to `a`: the share of b's words (by length) that a also has.
double TextSimilarity(std::string_view a, std::string_view b) {
  auto tokens = [](std::string_view s) {
    std::vector<std::string> out;
    std::string word;
    for (char c : AsciiLower(s)) {
      const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                          static_cast<unsigned char>(c) >= 0x80;
      if (letter) {
        word += c;
      } else if (!word.empty()) {
        out.push_back(std::move(word));
        word.clear();
      }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
  };
  const auto ta = tokens(a), tb = tokens(b);
  if (ta.empty() || tb.empty()) return 0;
  size_t all = 0, unique = 0;
  for (const auto& t : tb) {
    all += t.size() + 1;
    if (std::find(ta.begin(), ta.end(), t) == ta.end()) unique += t.size() + 1;
  }
  return 1.0 - static_cast<double>(unique) / static_cast<double>(all);
}

}  // namespace

std::string JsonLdTitle(const json& article, const PageFacts& facts) {
  const std::string name = JsonLdString(article, "name");
  const std::string headline = JsonLdString(article, "headline");
  if (!name.empty() && !headline.empty() && name != headline) {
    const std::string title = TitleFromTitleElement(facts);
    const bool name_matches = TextSimilarity(name, title) > 0.75;
    const bool headline_matches = TextSimilarity(headline, title) > 0.75;
    return headline_matches && !name_matches ? headline : name;
  }
  return name.empty() ? headline : name;
}

std::string MetaTitle(const PageFacts& facts) {
  for (const char* key : {"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                          "weibo:webpage:title", "title", "twitter:title", "parsely-title"}) {
    if (const auto it = facts.title_meta.find(key); it != facts.title_meta.end()) {
      return it->second;
    }
  }
  return "";
}

std::string TitleFromTitleElement(const PageFacts& facts) {
  const std::string& original = facts.title_element;
  const Separators separators = FindSeparators(original);
  std::string title = original;
  if (!separators.empty()) {
    title = CutAtSeparator(original, separators);
  } else if (original.find(": ") != std::string::npos) {
    title = CutAtColon(original, facts.headings);
  } else if ((CodePointCount(original) > 150 || CodePointCount(original) < 15) &&
             facts.h1_count == 1 && !facts.first_h1.empty()) {
    title = facts.first_h1;
  }
  title = CollapseWhitespace(std::string(Trim(title)));
  const size_t words = ReadabilityWordCount(title);
  if (words <= 4 && (!IsHierarchical(original, separators) ||
                     words != ReadabilityWordCount(WithoutSeparators(original, separators)) - 1)) {
    return WholeOrHeadline(original, separators);
  }
  return title;
}

std::vector<std::string_view> TitleParts(std::string_view title) {
  std::vector<std::string_view> parts = {title};
  for (std::string_view separator : {" | ", " - ", " – ", " — "}) {
    std::vector<std::string_view> split;
    for (std::string_view part : parts) {
      for (size_t at; (at = part.find(separator)) != std::string_view::npos;) {
        split.push_back(part.substr(0, at));
        part.remove_prefix(at + separator.size());
      }
      split.push_back(part);
    }
    parts = std::move(split);
  }
  return parts;
}

}  // namespace rawi
