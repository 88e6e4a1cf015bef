#include "read/url_fetch.h"

#include <curl/curl.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "read/ascii_case.h"
#include "text/utf8.h"
#include "util/error.h"
#include "util/version.h"

namespace rawi {
namespace {

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
using CurlPtr = std::unique_ptr<CURL, CurlDeleter>;

std::string_view Scheme(std::string_view url) {
  const size_t colon = url.find("://");
  return colon == std::string_view::npos ? std::string_view() : url.substr(0, colon);
}

struct Download {
  std::string body;
  size_t limit = 0;
  bool too_large = false;
};

size_t WriteBody(char* data, size_t size, size_t count, void* user) {
  auto* download = static_cast<Download*>(user);
  const size_t bytes = size * count;
  if (download->body.size() + bytes > download->limit) {
    download->too_large = true;
    return 0;  // makes curl stop with CURLE_WRITE_ERROR
  }
  download->body.append(data, bytes);
  return bytes;
}

std::string SizeLimit(size_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MB"; }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void CheckScheme(const std::string& url) {
  const std::string scheme = AsciiLower(Scheme(url));
  if (scheme != "http" && scheme != "https") {
    throw FileError(url, "unsupported URL scheme '" + scheme + "' (rawi fetches http and https)");
  }
}

// The hosts no proxy is used for: this machine itself, and those no_proxy or NO_PROXY names.
std::string NoProxyHosts() {
  std::string no_proxy = "localhost,127.0.0.1,::1";
  for (const char* name : {"no_proxy", "NO_PROXY"}) {
    if (const char* value = std::getenv(name); value != nullptr && *value != '\0') {
      no_proxy += std::string(",") + value;
    }
  }
  return no_proxy;
}

// What to fetch and how: http and https only, redirects, time and size limits from `config`.
void SetOptions(CURL* c, const std::string& url, const FetchConfig& config) {
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(c, CURLOPT_MAXREDIRS, config.max_redirects);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, config.connect_timeout_ms);
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, config.total_timeout_ms);
  curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(config.max_bytes));
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  // A proxy from the environment is honoured, but never for this machine itself (curl copies
  // the strings it is given).
  curl_easy_setopt(c, CURLOPT_NOPROXY, NoProxyHosts().c_str());
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // whatever compression curl can undo
  const std::string user_agent = std::string("rawi/") + Version();
  curl_easy_setopt(c, CURLOPT_USERAGENT, user_agent.c_str());
}

// Throws the FileError a failed transfer, or a status other than 2xx, gives.
void CheckTransfer(CURL* c, const std::string& url, const FetchConfig& config,
                   const Download& download, CURLcode result, const char* error) {
  if (download.too_large || result == CURLE_FILESIZE_EXCEEDED) {
    throw FileError(url, "page is larger than " + SizeLimit(config.max_bytes));
  }
  if (result != CURLE_OK) {
    std::string reason = error[0] != '\0' ? error : curl_easy_strerror(result);
    for (char& ch : reason) {
      if (ch == '\n' || ch == '\r') ch = ' ';
    }
    while (!reason.empty() && reason.back() == ' ') reason.pop_back();
    throw FileError(url, "cannot fetch: " + reason);
  }
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  if (status < 200 || status > 299) {
    throw FileError(url, "HTTP status " + std::to_string(status));
  }
}

FetchedPage ReceivedPage(CURL* c, const std::string& url, std::string body) {
  FetchedPage page;
  page.body = std::move(body);
  const char* content_type = nullptr;
  if (curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &content_type) == CURLE_OK && content_type) {
    page.content_type = content_type;
  }
  const char* final_url = nullptr;
  if (curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &final_url) == CURLE_OK && final_url) {
    page.final_url = final_url;
  } else {
    page.final_url = url;
  }
  return page;
}

}  // namespace

bool IsUrl(std::string_view input) {
  const std::string_view scheme = Scheme(input);
  if (scheme.empty()) return false;
  for (char c : scheme) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '+' || c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

FetchedPage FetchUrl(const std::string& url, const FetchConfig& config) {
  CheckScheme(url);
  static std::once_flag curl_initialized;
  std::call_once(curl_initialized, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

  CurlPtr curl(curl_easy_init());
  if (!curl) throw EngineError("libcurl could not start a transfer");
  Download download;
  download.limit = config.max_bytes;
  char error[CURL_ERROR_SIZE] = {};
  SetOptions(curl.get(), url, config);
  curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, &WriteBody);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &download);

  const CURLcode result = curl_easy_perform(curl.get());
  CheckTransfer(curl.get(), url, config, download, result, error);
  return ReceivedPage(curl.get(), url, std::move(download.body));
}

std::string FileNameForUrl(std::string_view url) {
  if (const size_t scheme_end = url.find("://"); scheme_end != std::string_view::npos) {
    url.remove_prefix(scheme_end + 3);
  }
  url = url.substr(0, url.find_first_of("?#"));
  const size_t path_start = url.find('/');
  std::string_view path = path_start == std::string_view::npos ? "" : url.substr(path_start);
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  std::string_view segment = path.substr(path.rfind('/') + 1);

  std::string decoded;
  for (size_t i = 0; i < segment.size(); ++i) {
    if (segment[i] == '%' && i + 2 < segment.size() && HexValue(segment[i + 1]) >= 0 &&
        HexValue(segment[i + 2]) >= 0) {
      decoded += static_cast<char>(HexValue(segment[i + 1]) * 16 + HexValue(segment[i + 2]));
      i += 2;
    } else {
      decoded += segment[i];
    }
  }
  if (FindInvalidUtf8(decoded)) decoded = std::string(segment);  // not UTF-8: keep it encoded
  std::string name;
  for (unsigned char c : decoded) {
    const bool bad = c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == ':' || c == '*' ||
                     c == '?' || c == '"' || c == '<' || c == '>' || c == '|' || c == '%';
    name += bad ? '-' : static_cast<char>(c);
  }
  while (!name.empty() && (name.front() == '.' || name.front() == '-')) name.erase(0, 1);
  return name.empty() ? "article" : name;
}

}  // namespace rawi
