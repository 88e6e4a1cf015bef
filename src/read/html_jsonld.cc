#include "read/html_jsonld.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "read/paragraph_language.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

using nlohmann::json;

bool IsArticleTypeName(const json& type) {
  if (!type.is_string()) return false;
  const std::string& name = type.get_ref<const std::string&>();
  // Readability's list: every kind of Article ("NewsArticle", "ReportageNewsArticle",
  // "TechArticle", "ScholarlyArticle", …), reports, and postings.
  return name.ends_with("Article") || name == "Report" || name == "BlogPosting" ||
         name == "LiveBlogPosting" || name == "SocialMediaPosting" ||
         name == "DiscussionForumPosting" || name == "APIReference";
}

bool IsArticleType(const json& type) {
  if (!type.is_array()) return IsArticleTypeName(type);
  for (const json& name : type) {
    if (IsArticleTypeName(name)) return true;
  }
  return false;
}

// The first article object among the top level of a JSON-LD block, its list, or its @graph.
std::optional<json> FindArticle(const json& root) {
  std::vector<const json*> pending = {&root};
  for (size_t i = 0; i < pending.size(); ++i) {
    const json& value = *pending[i];
    if (value.is_array()) {
      for (const json& item : value) pending.push_back(&item);
    } else if (value.is_object()) {
      if (value.contains("@type") && IsArticleType(value["@type"])) return value;
      if (value.contains("@graph")) pending.push_back(&value["@graph"]);
    }
  }
  return std::nullopt;
}

// JSON-LD as some pages (and pages saved through an XML serializer) wrap it: "<![CDATA[ … ]]>".
std::string WithoutCdata(std::string_view text) {
  std::string_view trimmed = Trim(text);
  if (trimmed.starts_with("<![CDATA[")) trimmed.remove_prefix(9);
  if (trimmed.ends_with("]]>")) trimmed.remove_suffix(3);
  return std::string(trimmed);
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string joined;
  const bool arabic = ScriptLanguage([&] {
                        std::string all;
                        for (const auto& n : names) all += n;
                        return all;
                      }()) == "ar";
  for (const auto& name : names) {
    if (!joined.empty()) joined += arabic ? "، " : ", ";
    joined += name;
  }
  return joined;
}

// One author's name, "" for an organization or a value without a name.
std::string AuthorName(const json& one) {
  // A site credited as the author ("سكاي نيوز عربية") is not a byline.
  if (one.is_object() && one.contains("@type") && one["@type"].is_string() &&
      one["@type"].get_ref<const std::string&>().ends_with("Organization")) {
    return "";
  }
  std::string name;
  if (one.is_string()) name = one.get<std::string>();
  if (one.is_object() && one.contains("name") && one["name"].is_string()) {
    name = one["name"].get<std::string>();
  }
  return CollapseWhitespace(name);
}

}  // namespace

std::optional<json> JsonLdArticle(const std::string& script_text) {
  const json parsed = json::parse(WithoutCdata(script_text), nullptr,
                                  /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return std::nullopt;
  return FindArticle(parsed);
}

std::string JsonLdString(const json& object, const char* key) {
  if (!object.contains(key) || !object[key].is_string()) return "";
  return CollapseWhitespace(object[key].get<std::string>());
}

std::string JsonLdAuthors(const json& author) {
  std::vector<std::string> names;
  auto add = [&names](const json& one) {
    std::string name = AuthorName(one);
    if (!name.empty()) names.push_back(std::move(name));
  };
  if (author.is_array()) {
    for (const json& one : author) add(one);
  } else {
    add(author);
  }
  return JoinNames(names);
}

bool IsJsonLdLiveBlog(const json& article) {
  if (!article.contains("@type")) return false;
  const json& type = article["@type"];
  return type == "LiveBlogPosting" ||
         (type.is_array() &&
          std::find(type.begin(), type.end(), json("LiveBlogPosting")) != type.end());
}

}  // namespace rawi
