#include "read/html_metadata.h"

#include <strings.h>

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "read/html_dom.h"
#include "read/paragraph_language.h"
#include "read/whitespace.h"
#include "util/text.h"

namespace rawi {
namespace {

using nlohmann::json;

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  return s;
}

bool IsArticleTypeName(const json& type) {
  if (!type.is_string()) return false;
  const std::string& name = type.get_ref<const std::string&>();
  return name == "Article" || name.ends_with("NewsArticle") || name == "BlogPosting";
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

std::string AuthorNames(const json& author) {
  std::vector<std::string> names;
  auto add = [&names](const json& one) {
    std::string name;
    if (one.is_string()) name = one.get<std::string>();
    if (one.is_object() && one.contains("name") && one["name"].is_string()) {
      name = one["name"].get<std::string>();
    }
    name = CollapseWhitespace(name);
    if (!name.empty()) names.push_back(name);
  };
  if (author.is_array()) {
    for (const json& one : author) add(one);
  } else {
    add(author);
  }
  return JoinNames(names);
}

std::string StringField(const json& object, const char* key) {
  if (!object.contains(key) || !object[key].is_string()) return "";
  return CollapseWhitespace(object[key].get<std::string>());
}

bool IsUrl(std::string_view s) { return s.starts_with("http://") || s.starts_with("https://"); }

bool IsSiteFurniture(const xmlNode* node) {
  bool in_header = false;
  for (const xmlNode* n = node->parent; n != nullptr; n = n->parent) {
    const std::string_view tag = TagName(n);
    if (tag == "nav" || tag == "aside" || tag == "footer" || tag == "form") return true;
    if (tag == "header") in_header = true;
    if (tag == "article" || tag == "main") return false;
  }
  return in_header;
}

struct PageFacts {
  std::map<std::string, std::string> meta;  // lowercased name/property/itemprop -> content
  std::optional<json> article;              // the JSON-LD article
  std::string first_h1;
  std::string title_element;
  std::string html_lang;
};

PageFacts CollectFacts(const xmlDoc* doc) {
  PageFacts facts;
  const auto* root = reinterpret_cast<const xmlNode*>(doc);
  for (const xmlNode* n = root; n != nullptr; n = NextInTree(n, root, true)) {
    const std::string_view tag = TagName(n);
    if (tag == "html" && facts.html_lang.empty()) {
      facts.html_lang = Attribute(n, "lang");
    } else if (tag == "meta") {
      const std::string content = CollapseWhitespace(Attribute(n, "content"));
      if (content.empty()) continue;
      for (const char* key : {"property", "name", "itemprop"}) {
        const std::string name = Lower(Attribute(n, key));
        if (!name.empty()) facts.meta.emplace(name, content);
      }
    } else if (tag == "script" && !facts.article &&
               strcasecmp(Attribute(n, "type").c_str(), "application/ld+json") == 0) {
      const json parsed = json::parse(TextContent(n), nullptr, /*allow_exceptions=*/false);
      if (!parsed.is_discarded()) facts.article = FindArticle(parsed);
    } else if (tag == "h1" && facts.first_h1.empty() && !IsSiteFurniture(n)) {
      facts.first_h1 = CollapseWhitespace(TextContent(n));
    } else if (tag == "title" && facts.title_element.empty()) {
      facts.title_element = CollapseWhitespace(TextContent(n));
    }
  }
  return facts;
}

std::string FirstMeta(const PageFacts& facts, std::initializer_list<const char*> keys,
                      bool allow_urls = true) {
  for (const char* key : keys) {
    const auto it = facts.meta.find(key);
    if (it != facts.meta.end() && (allow_urls || !IsUrl(it->second))) return it->second;
  }
  return "";
}

template <typename... Candidates>
std::string FirstNonEmpty(Candidates... candidates) {
  std::string result;
  ((result.empty() ? (void)(result = candidates()) : (void)0), ...);
  return result;
}

}  // namespace

std::string StripSiteName(std::string_view title) {
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
  std::string_view longest;
  for (std::string_view part : parts) {
    part = Trim(part);
    if (CodePointCount(part) > CodePointCount(longest)) longest = part;
  }
  return std::string(longest);
}

HtmlMetadata ReadHtmlMetadata(const xmlDoc* doc) {
  const PageFacts facts = CollectFacts(doc);
  const json no_article = json::object();
  const json& article = facts.article ? *facts.article : no_article;
  HtmlMetadata metadata;
  metadata.title = FirstNonEmpty([&] { return FirstMeta(facts, {"og:title"}); },
                                 [&] { return StringField(article, "headline"); },
                                 [&] { return facts.first_h1; },
                                 [&] { return StripSiteName(facts.title_element); });
  metadata.byline = FirstNonEmpty(
      [&] { return article.contains("author") ? AuthorNames(article["author"]) : ""; },
      [&] {
        return FirstMeta(facts, {"author", "article:author"}, /*allow_urls=*/false);
      });
  metadata.date =
      FirstNonEmpty([&] { return StringField(article, "datePublished"); },
                    [&] {
                      return FirstMeta(facts, {"article:published_time", "datepublished", "date",
                                               "pubdate", "publishdate", "dc.date"});
                    });
  metadata.language = PrimaryLanguageSubtag(facts.html_lang).value_or("");
  return metadata;
}

}  // namespace rawi
