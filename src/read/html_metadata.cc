#include "read/html_metadata.h"

#include <nlohmann/json.hpp>
#include <vector>

#include "read/ascii_case.h"
#include "read/date_text.h"
#include "read/html_byline.h"
#include "read/html_jsonld.h"
#include "read/html_page_facts.h"
#include "read/html_title.h"
#include "read/paragraph_language.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

using nlohmann::json;

bool IsUrl(std::string_view s) { return s.starts_with("http://") || s.starts_with("https://"); }

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
  const std::vector<std::string_view> parts = TitleParts(title);
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
  metadata.title =
      FirstNonEmpty([&] { return JsonLdTitle(article, facts); }, [&] { return MetaTitle(facts); },
                    [&] { return facts.title_element.empty() ? "" : TitleFromTitleElement(facts); },
                    [&] { return facts.first_h1; });
  metadata.byline = FirstNonEmpty(
      [&] { return article.contains("author") ? JsonLdAuthors(article["author"]) : ""; },
      [&] {
        return FirstMeta(facts,
                         {"dc:creator", "dc.creator", "dcterm:creator", "dcterms.creator", "author",
                          "parsely-author", "article:author"},
                         /*allow_urls=*/false);
      });
  metadata.site_name = SiteName(facts);
  // The page's own byline names the writer when the metadata names none, or only the site.
  if (metadata.byline.empty() || IsSiteName(metadata.byline, facts)) {
    if (std::string written = BylineName(facts.byline_line); !written.empty()) {
      metadata.byline = std::move(written);
    }
  }
  metadata.date = FirstNonEmpty(
      [&] { return JsonLdString(article, "datePublished"); },
      [&] {
        return FirstMeta(facts, {"article:published_time", "parsely-pub-date", "datepublished",
                                 "date", "pubdate", "publishdate", "dc.date"});
      },
      [&] { return IsoDate(facts.time_datetime) ? facts.time_datetime : ""; },
      [&] { return facts.date_line; }, [&] { return facts.date_line_before_h1; });
  metadata.language = PrimaryLanguageSubtag(facts.html_lang).value_or("");
  if (article.contains("articleBody") && article["articleBody"].is_string()) {
    metadata.article_body = article["articleBody"].get<std::string>();
  }
  metadata.declares_article =
      facts.article.has_value() || AsciiLower(FirstMeta(facts, {"og:type"})).starts_with("article");
  metadata.live_blog = facts.article && IsJsonLdLiveBlog(article);
  return metadata;
}

}  // namespace rawi
