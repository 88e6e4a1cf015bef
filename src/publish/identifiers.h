// Identifiers for podcast items: UUIDv5 (RFC 4122, SHA-1 from OpenSSL), SHA-256 content hashes,
// and ASCII slugs for file names and URLs (ICU transliteration of Arabic titles).
#pragma once

#include <string>
#include <string_view>

namespace rawi {

// The Podcasting 2.0 namespace for podcast:guid (ead4c236-bf58-58c6-a2c6-a6b28d128cb6).
constexpr std::string_view kPodcastGuidNamespace = "ead4c236-bf58-58c6-a2c6-a6b28d128cb6";

// UUIDv5 of `name` in the namespace given as a UUID string, lower-case with dashes.
std::string UuidV5(std::string_view namespace_uuid, std::string_view name);

// podcast:guid of a feed URL: UUIDv5 of the URL without scheme and trailing slashes.
std::string PodcastGuid(std::string_view feed_url);

// Lower-case hex SHA-256 of `data`.
std::string Sha256Hex(std::string_view data);

// An ASCII slug: transliterated to Latin, lower-case letters and digits joined by '-', at most
// 60 characters; "article" when nothing is left.
std::string Slug(std::string_view text);

}  // namespace rawi
