// The article a page describes in JSON-LD (read/html_metadata.h), and the fields rawi reads
// from it.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace rawi {

// The article in the text of a <script type="application/ld+json"> (optionally wrapped in
// "<![CDATA[ … ]]>"): the first object whose "@type" (a name, or a list with one) ends in
// "Article" ("NewsArticle", "TechArticle", …) or is "Report", "BlogPosting", "LiveBlogPosting",
// "SocialMediaPosting", "DiscussionForumPosting" or "APIReference" (Readability's list), at the
// top, in a list there,
// or in an object's "@graph", searched level by level. nullopt when there is none or the JSON
// does not parse.
std::optional<nlohmann::json> JsonLdArticle(const std::string& script_text);

// The string at `key`, white space collapsed; "" when absent or not a string.
std::string JsonLdString(const nlohmann::json& object, const char* key);

// The byline an "author" value gives: a name, a {"name": …} object, or a list of them, joined
// with commas (Arabic ones, "، ", when the names are in Arabic script); an author whose "@type"
// ends in "Organization" (a site credited as the author) is skipped.
std::string JsonLdAuthors(const nlohmann::json& author);

// Whether the article's "@type" is, or lists, "LiveBlogPosting".
bool IsJsonLdLiveBlog(const nlohmann::json& article);

}  // namespace rawi
