#include "read/html_metadata.h"

#include <strings.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "read/date_text.h"
#include "read/html_dom.h"
#include "read/paragraph_language.h"
#include "text/whitespace.h"
#include "text/utf8.h"

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
  return name == "Article" || name.ends_with("NewsArticle") || name == "BlogPosting" ||
         name == "LiveBlogPosting";
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
    // A site credited as the author ("سكاي نيوز عربية") is not a byline.
    if (one.is_object() && one.contains("@type") && one["@type"].is_string() &&
        one["@type"].get_ref<const std::string&>().ends_with("Organization")) {
      return;
    }
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

// JSON-LD as some pages (and pages saved through an XML serializer) wrap it: "<![CDATA[ … ]]>".
std::string WithoutCdata(std::string text) {
  std::string_view trimmed = Trim(text);
  if (trimmed.starts_with("<![CDATA[")) trimmed.remove_prefix(9);
  if (trimmed.ends_with("]]>")) trimmed.remove_suffix(3);
  return std::string(trimmed);
}

struct PageFacts {
  std::map<std::string, std::string> meta;  // lowercased name/property/itemprop -> content
  // Readability's keys ("dc.title" -> "dc:title", each name of a property list); the last
  // <meta> of a key wins, as in Readability.
  std::map<std::string, std::string> title_meta;
  std::optional<json> article;  // the JSON-LD article
  std::string first_h1;
  size_t h1_count = 0;
  std::vector<std::string> headings;  // every h1 and h2, white space collapsed
  std::string title_element;
  std::string html_lang;
  std::string time_datetime;  // the first <time datetime> outside the site's furniture
  // The first short "…date…"-classed element that holds a date, before and after the first
  // <h1>: a site's "today" line in its masthead comes before the headline, the article's after.
  std::string date_line_before_h1;
  std::string date_line;
};

// A page's date line ("الأحد 17 نوفمبر 2024 - 15 جمادى الأولى 1446 هـ") is short; a longer
// "date"-classed element is a container.
constexpr size_t kMaxDateLineBytes = 200;

// The text of `node` when it is at most `limit` bytes, else nullopt; stops reading past the
// limit (or `limit` nodes), so that nested containers cost little each.
std::optional<std::string> ShortText(const xmlNode* node, size_t limit) {
  std::string text;
  size_t nodes = 0;
  for (const xmlNode* n = node->children; n != nullptr; n = NextInTree(n, node, true)) {
    if (++nodes > limit) return std::nullopt;
    if (n->type != XML_TEXT_NODE || n->content == nullptr) continue;
    text += reinterpret_cast<const char*>(n->content);
    if (text.size() > limit * 4) return std::nullopt;  // white space collapses later
  }
  text = CollapseWhitespace(text);
  if (text.size() > limit) return std::nullopt;
  return text;
}

// An element whose class or id names it a date ("news-date", "node-date", "post-date").
bool IsDateClassed(const xmlNode* node) {
  for (const char* key : {"class", "id"}) {
    if (Lower(Attribute(node, key)).find("date") != std::string::npos) return true;
  }
  return false;
}

// Meta names as Readability keys them: "dc.title" -> "dc:title", spaces dropped; a property
// may list several names ("og:title twitter:title").
void AddMeta(PageFacts& facts, const std::string& attribute, const std::string& content) {
  std::string name;
  for (char c : Lower(attribute)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!name.empty()) facts.title_meta.insert_or_assign(name, content);
      name.clear();
    } else {
      name += c == '.' ? ':' : c;
    }
  }
  if (!name.empty()) facts.title_meta.insert_or_assign(name, content);
}

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
        if (!name.empty() && key[0] != 'i') AddMeta(facts, name, content);
      }
    } else if (tag == "script" && !facts.article &&
               strcasecmp(Attribute(n, "type").c_str(), "application/ld+json") == 0) {
      const json parsed = json::parse(WithoutCdata(TextContent(n)), nullptr,
                                      /*allow_exceptions=*/false);
      if (!parsed.is_discarded()) facts.article = FindArticle(parsed);
    } else if (tag == "h1" || tag == "h2") {
      std::string text = CollapseWhitespace(TextContent(n));
      if (tag == "h1") {
        ++facts.h1_count;
        if (facts.first_h1.empty() && !IsSiteFurniture(n)) facts.first_h1 = text;
      }
      facts.headings.push_back(std::move(text));
    } else if (tag == "title" && facts.title_element.empty()) {
      facts.title_element = CollapseWhitespace(TextContent(n));
    } else if (tag == "time" && facts.time_datetime.empty() && !IsSiteFurniture(n)) {
      facts.time_datetime = CollapseWhitespace(Attribute(n, "datetime"));
    }
    // A site header's "today" line is not the article's date.
    std::string& date_line = facts.first_h1.empty() ? facts.date_line_before_h1 : facts.date_line;
    if (date_line.empty() && n->type == XML_ELEMENT_NODE && IsDateClassed(n) &&
        !IsSiteFurniture(n)) {
      if (auto text = ShortText(n, kMaxDateLineBytes); text && IsoDate(*text)) {
        date_line = std::move(*text);
      }
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
// before it starts.
std::vector<std::pair<size_t, size_t>> Separators(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> found;  // start, length including both spaces
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    size_t length = 0;
    if (s[i] == ' ' && IsTitleSeparator(s, i + 1, &length) && i + 1 + length < s.size() &&
        s[i + 1 + length] == ' ') {
      found.emplace_back(i, length + 2);
    }
  }
  return found;
}

// Readability's choice from the <title> element: drop the site's part after (or before) a
// separator, or the part before a colon, unless that leaves too little.
std::string TitleFromTitleElement(const PageFacts& facts) {
  const std::string original = facts.title_element;
  std::string title = original;
  bool hierarchical = false;
  const auto separators = Separators(original);
  if (!separators.empty()) {
    for (const auto& [at, length] : separators) {
      const char c = original[at + 1];
      if (c == '\\' || c == '/' || c == '>' || original.compare(at + 1, 2, "»") == 0) {
        hierarchical = true;
      }
    }
    title = original.substr(0, separators.back().first);
    if (ReadabilityWordCount(title) < 3) {
      // Everything after the first separator character.
      for (size_t i = 0; i < original.size(); ++i) {
        size_t length = 0;
        if (IsTitleSeparator(original, i, &length)) {
          title = original.substr(i + length);
          break;
        }
      }
    }
  } else if (original.find(": ") != std::string::npos) {
    const std::string trimmed(Trim(original));
    bool heading_matches = false;
    for (const std::string& heading : facts.headings) heading_matches |= heading == trimmed;
    if (!heading_matches) {
      title = original.substr(original.rfind(':') + 1);
      if (ReadabilityWordCount(title) < 3) {
        title = original.substr(original.find(':') + 1);
      } else if (ReadabilityWordCount(original.substr(0, original.find(':'))) > 5) {
        title = original;
      }
    }
  } else if ((CodePointCount(original) > 150 || CodePointCount(original) < 15) &&
             facts.h1_count == 1 && !facts.first_h1.empty()) {
    title = facts.first_h1;
  }
  title = CollapseWhitespace(std::string(Trim(title)));
  const size_t words = ReadabilityWordCount(title);
  std::string without_separators;
  size_t from = 0;
  for (const auto& [at, length] : separators) {
    without_separators.append(original, from, at - from).append(" ");
    from = at + length;
  }
  without_separators.append(original, from);
  if (words <= 4 && (!hierarchical || words != ReadabilityWordCount(without_separators) - 1)) {
    title = original;
    // Beyond Readability: "Site name - The headline of the story" keeps the whole there; a
    // listener wants the headline. Taken when a short first part (at most three words, a
    // site's name) comes before one of three words or more.
    if (separators.size() == 1) {
      const std::string first(Trim(original.substr(0, separators[0].first)));
      const std::string rest(Trim(original.substr(separators[0].first + separators[0].second)));
      if (ReadabilityWordCount(first) <= 3 && ReadabilityWordCount(rest) >= 3) title = rest;
    }
  }
  return title;
}

// Readability's similarity of `b` to `a`: the share of b's words (by length) that a also has.
double TextSimilarity(std::string_view a, std::string_view b) {
  auto tokens = [](std::string_view s) {
    std::vector<std::string> out;
    std::string word;
    for (char c : Lower(std::string(s))) {
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

// The JSON-LD article's title: "name" or "headline"; when both differ, the one that looks like
// the <title>'s choice.
std::string JsonLdTitle(const json& article, const PageFacts& facts) {
  const std::string name = StringField(article, "name");
  const std::string headline = StringField(article, "headline");
  if (!name.empty() && !headline.empty() && name != headline) {
    const std::string title = TitleFromTitleElement(facts);
    const bool name_matches = TextSimilarity(name, title) > 0.75;
    const bool headline_matches = TextSimilarity(headline, title) > 0.75;
    return headline_matches && !name_matches ? headline : name;
  }
  return name.empty() ? headline : name;
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
  metadata.title = FirstNonEmpty(
      [&] { return JsonLdTitle(article, facts); },
      [&] {
        for (const char* key : {"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                                "weibo:webpage:title", "title", "twitter:title", "parsely-title"}) {
          if (const auto it = facts.title_meta.find(key); it != facts.title_meta.end()) {
            return it->second;
          }
        }
        return std::string();
      },
      [&] { return facts.title_element.empty() ? "" : TitleFromTitleElement(facts); },
      [&] { return facts.first_h1; });
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
                    },
                    [&] { return IsoDate(facts.time_datetime) ? facts.time_datetime : ""; },
                    [&] { return facts.date_line; }, [&] { return facts.date_line_before_h1; });
  metadata.language = PrimaryLanguageSubtag(facts.html_lang).value_or("");
  if (article.contains("articleBody") && article["articleBody"].is_string()) {
    metadata.article_body = article["articleBody"].get<std::string>();
  }
  metadata.declares_article =
      facts.article.has_value() || Lower(FirstMeta(facts, {"og:type"})).starts_with("article");
  if (facts.article && article.contains("@type")) {
    const json& type = article["@type"];
    metadata.live_blog = type == "LiveBlogPosting" ||
                         (type.is_array() && std::find(type.begin(), type.end(),
                                                       json("LiveBlogPosting")) != type.end());
  }
  return metadata;
}

}  // namespace rawi
