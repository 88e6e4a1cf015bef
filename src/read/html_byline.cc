#include "read/html_byline.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

#include "read/ascii_case.h"
#include "read/date_text.h"
#include "read/html_title.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

constexpr size_t kMaxBylineWords = 10;  // the name
constexpr size_t kMaxLineWords = 16;    // the name and a date after it

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at < text.size();) {
    const size_t end = std::min(text.find(' ', at), text.size());
    if (end > at) words.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

bool HasDigit(std::string_view word) { return std::any_of(word.begin(), word.end(), IsAsciiDigit); }

// A word that only separates ("-", "|", "•", "·").
bool IsSeparator(std::string_view word) {
  for (std::string_view separator : {"-", "–", "—", "|", "•", "·", "/"}) {
    if (word == separator) return true;
  }
  return false;
}

// How many of `words` name the writer, before a date or time that follows the name ("Dan Goodin
// - Apr 16, 2015", "Joe Wee Monday, February 29, 2016", "James Akinaka • 8h"): the words up to
// the first with a digit, or a month or weekday name followed by another or by a number ("May"
// alone may be a name), separators and trailing commas dropped.
size_t NameWords(const std::vector<std::string_view>& words) {
  size_t count = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const bool next_dated =
        i + 1 < words.size() && (HasDigit(words[i + 1]) || IsDateWord(words[i + 1]));
    if (HasDigit(words[i]) || (IsDateWord(words[i]) && next_dated)) break;
    if (!IsSeparator(words[i])) count = i + 1;
  }
  return count;
}

// `text` without `lead` and the colon or space after it, when it starts so.
std::string_view WithoutLead(std::string_view text, std::string_view lead) {
  if (text.size() <= lead.size()) return text;
  if (AsciiLower(text.substr(0, lead.size())) != AsciiLower(lead)) return text;
  std::string_view rest = text.substr(lead.size());
  if (!rest.starts_with(" ") && !rest.starts_with(":") && !rest.starts_with("：")) return text;
  rest = Trim(rest);
  for (std::string_view colon : {":", "："}) {
    if (rest.starts_with(colon)) rest = Trim(rest.substr(colon.size()));
  }
  return rest;
}

// A name ends in its last letter; a sentence in a full stop after a word ("… said.") — but
// not an initial ("J." in "Jane J.") or an abbreviation of two letters ("Jr.").
bool EndsLikeSentence(std::string_view text) {
  if (!text.ends_with('.')) return false;
  const size_t space = text.rfind(' ');
  const std::string_view last = text.substr(space == std::string_view::npos ? 0 : space + 1);
  return last.size() > 3;
}

// The JSON-LD article's publisher's name, trimmed; "" when none.
std::string PublisherName(const PageFacts& facts) {
  if (!facts.article || !facts.article->contains("publisher")) return "";
  const nlohmann::json& publisher = (*facts.article)["publisher"];
  if (!publisher.is_object() || !publisher.contains("name") || !publisher["name"].is_string()) {
    return "";
  }
  return std::string(Trim(publisher["name"].get<std::string>()));
}

// What the page calls the site, best first: og:site_name, application-name, the JSON-LD
// publisher, then the <title>'s parts that are not the headline (its longest part), the outer
// one first (the first when the headline ends the title, else the last). Trimmed, none empty.
std::vector<std::string> SiteNames(const PageFacts& facts) {
  std::vector<std::string> names;
  const auto add = [&](std::string_view name) {
    if (!Trim(name).empty()) names.emplace_back(Trim(name));
  };
  for (const char* key : {"og:site_name", "application-name"}) {
    if (const auto it = facts.meta.find(key); it != facts.meta.end()) add(it->second);
  }
  add(PublisherName(facts));
  const std::vector<std::string_view> parts = TitleParts(facts.title_element);
  if (parts.size() < 2) return names;
  size_t headline = 0;
  for (size_t i = 1; i < parts.size(); ++i) {
    if (Trim(parts[i]).size() > Trim(parts[headline]).size()) headline = i;
  }
  const bool headline_last = headline == parts.size() - 1;
  for (size_t k = 0; k < parts.size(); ++k) {
    const size_t i = headline_last ? k : parts.size() - 1 - k;
    if (i != headline) add(parts[i]);
  }
  return names;
}

}  // namespace

std::string BylineName(std::string_view written) {
  const std::string collapsed = CollapseWhitespace(written);
  std::string_view name = collapsed;
  for (std::string_view colon : {":", "："}) {
    const size_t at = name.rfind(colon);
    // A time ("10:30") is no credit's colon.
    if (at != std::string_view::npos && at > 0 && !IsAsciiDigit(name[at - 1]) &&
        !Trim(name.substr(at + colon.size())).empty()) {
      name = Trim(name.substr(at + colon.size()));
    }
  }
  for (std::string_view lead : {"by", "posted by", "written by", "por", "par", "von", "بقلم", "كتب",
                                "كتبت", "بواسطة", "إعداد"}) {
    name = WithoutLead(name, lead);
  }
  std::vector<std::string_view> words = SplitWords(name);
  if (words.size() > kMaxLineWords || EndsLikeSentence(name)) return "";  // a bio, a sentence
  words.resize(NameWords(words));
  if (words.empty() || words.size() > kMaxBylineWords) return "";
  name = std::string_view(words.front().data(),
                          words.back().data() + words.back().size() - words.front().data());
  while (name.ends_with(",") || name.ends_with(";") || name.ends_with("،")) {
    name.remove_suffix(name.ends_with("،") ? std::string_view("،").size() : 1);
  }
  if (name.empty() || EndsLikeSentence(name)) return "";
  return std::string(name);
}

std::string SiteName(const PageFacts& facts) {
  const std::vector<std::string> names = SiteNames(facts);
  return names.empty() ? "" : names.front();
}

bool IsSiteName(std::string_view author, const PageFacts& facts) {
  const std::string name = AsciiLower(Trim(author));
  if (name.empty()) return false;
  const std::vector<std::string> names = SiteNames(facts);
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& site) { return AsciiLower(site) == name; });
}

}  // namespace rawi
