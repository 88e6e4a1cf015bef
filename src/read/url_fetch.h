// Articles on the web: an http(s) URL fetched with libcurl.
#pragma once

#include <string>
#include <string_view>

namespace rawi {

struct FetchConfig {
  long connect_timeout_ms = 10'000;
  long total_timeout_ms = 60'000;
  size_t max_bytes = 20 * 1024 * 1024;
  long max_redirects = 5;
};

struct FetchedPage {
  std::string body;
  std::string content_type;  // of the final response, "" when the server sent none
  std::string final_url;     // after redirects
};

// Whether an article argument is a URL ("scheme://…") rather than a file name.
bool IsUrl(std::string_view input);

// GETs `url`, following up to max_redirects redirects, over http and https only (redirects
// included). Throws a FileError naming the URL: an unsupported scheme, a network failure or
// timeout (curl's one-line reason), a status other than 2xx ("HTTP status 404"), or a body over
// max_bytes.
FetchedPage FetchUrl(const std::string& url, const FetchConfig& config);

// A file name for what `url` holds: its last path segment, percent-decoded, with characters that
// do not belong in a file name replaced by '-'; "article" when there is none ("https://x.ly/").
std::string FileNameForUrl(std::string_view url);

}  // namespace rawi
