#include "read/front_matter.h"

#include <yaml-cpp/yaml.h>

#include <vector>

#include "read/paragraph_language.h"
#include "text/whitespace.h"
#include "util/error.h"

namespace rawi {
namespace {

std::string_view WithoutCarriageReturn(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::string Scalar(const YAML::Node& node) {
  if (!node || !node.IsScalar()) return "";
  return CollapseWhitespace(node.Scalar());
}

std::string Names(const YAML::Node& node) {
  std::vector<std::string> names;
  auto add = [&names](const YAML::Node& one) {
    std::string name = one.IsMap() ? Scalar(one["name"]) : Scalar(one);
    if (!name.empty()) names.push_back(std::move(name));
  };
  if (node.IsSequence()) {
    for (const YAML::Node& one : node) add(one);
  } else {
    add(node);
  }
  std::string all;
  for (const auto& name : names) all += name;
  const char* separator = ScriptLanguage(all) == "ar" ? "، " : ", ";
  std::string joined;
  for (const auto& name : names) joined += (joined.empty() ? "" : separator) + name;
  return joined;
}

}  // namespace

MarkdownParts SplitFrontMatter(std::string_view text) {
  MarkdownParts parts{std::nullopt, text};
  size_t end = text.find('\n');
  if (end == std::string_view::npos || WithoutCarriageReturn(text.substr(0, end)) != "---") {
    return parts;
  }
  const size_t yaml_start = end + 1;
  for (size_t start = yaml_start; start < text.size(); start = end + 1) {
    end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = WithoutCarriageReturn(text.substr(start, end - start));
    if (line == "---" || line == "...") {
      parts.front_matter = text.substr(yaml_start, start - yaml_start);
      parts.body = end < text.size() ? text.substr(end + 1) : std::string_view();
      return parts;
    }
  }
  return parts;
}

FrontMatter ParseFrontMatter(std::string_view yaml, const std::string& source) {
  if (yaml.size() > kMaxFrontMatterBytes) {
    throw FileError(source, "front matter line 2: front matter is larger than " +
                                std::to_string(kMaxFrontMatterBytes / 1024) + " KB");
  }
  FrontMatter front_matter;
  try {
    const YAML::Node root = YAML::Load(std::string(yaml));
    if (!root.IsMap()) return front_matter;
    front_matter.title = Scalar(root["title"]);
    for (const char* key : {"author", "authors", "byline"}) {
      if (root[key]) {
        front_matter.byline = Names(root[key]);
        if (!front_matter.byline.empty()) break;
      }
    }
    front_matter.date = Scalar(root["date"]);
  } catch (const YAML::Exception& e) {
    // The YAML starts on the article's second line, after the opening fence.
    throw FileError(source, "front matter line " +
                                std::to_string(e.mark.is_null() ? 2 : e.mark.line + 2) + ": " +
                                (e.msg.empty() ? std::string("invalid YAML") : e.msg));
  }
  return front_matter;
}

}  // namespace rawi
