#include "read/url_fetch.h"

#include <gtest/gtest.h>

#include "support/http_server.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::HttpResponse;
using testing::HttpServer;

std::string FetchError(const std::string& url, const FetchConfig& config = {}) {
  try {
    FetchUrl(url, config);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    return e.what();
  }
  return "no error";
}

TEST(IsUrlTest, SchemesOnly) {
  EXPECT_TRUE(IsUrl("https://x.ly/a"));
  EXPECT_TRUE(IsUrl("HTTP://x.ly"));
  EXPECT_TRUE(IsUrl("ftp://x.ly/a.txt"));
  EXPECT_FALSE(IsUrl("article.txt"));
  EXPECT_FALSE(IsUrl("-"));
  EXPECT_FALSE(IsUrl("news/http://x"));
  EXPECT_FALSE(IsUrl("://x"));
}

TEST(FetchUrlTest, BodyContentTypeAndFinalUrl) {
  HttpServer server;
  server.Serve("/a.html", {200, {{"Content-Type", "text/html; charset=windows-1256"}}, "<p>x</p>"});
  const FetchedPage page = FetchUrl(server.Url("/a.html"), {});
  EXPECT_EQ(page.body, "<p>x</p>");
  EXPECT_EQ(page.content_type, "text/html; charset=windows-1256");
  EXPECT_EQ(page.final_url, server.Url("/a.html"));
}

TEST(FetchUrlTest, FollowsRedirects) {
  HttpServer server;
  server.Serve("/old", {301, {{"Location", "/middle"}}, ""});
  server.Serve("/middle", {302, {{"Location", "/new.md"}}, ""});
  server.Serve("/new.md", {200, {{"Content-Type", "text/markdown"}}, "# Hi"});
  const FetchedPage page = FetchUrl(server.Url("/old"), {});
  EXPECT_EQ(page.body, "# Hi");
  EXPECT_EQ(page.final_url, server.Url("/new.md"));
  EXPECT_EQ(server.requests(), (std::vector<std::string>{"/old", "/middle", "/new.md"}));
}

TEST(FetchUrlTest, TooManyRedirects) {
  HttpServer server;
  server.Serve("/loop", {302, {{"Location", "/loop"}}, ""});
  FetchConfig config;
  config.max_redirects = 2;
  const std::string url = server.Url("/loop");
  EXPECT_EQ(FetchError(url, config), url + ": cannot fetch: Maximum (2) redirects followed");
}

TEST(FetchUrlTest, HttpErrorStatus) {
  HttpServer server;
  server.Serve("/gone", {500, {}, "oops"});
  EXPECT_EQ(FetchError(server.Url("/missing")), server.Url("/missing") + ": HTTP status 404");
  EXPECT_EQ(FetchError(server.Url("/gone")), server.Url("/gone") + ": HTTP status 500");
}

TEST(FetchUrlTest, SizeLimit) {
  HttpServer server;
  server.Serve("/big", {200, {}, std::string(3 * 1024 * 1024, 'x')});
  FetchConfig config;
  config.max_bytes = 1024 * 1024;
  EXPECT_EQ(FetchError(server.Url("/big"), config),
            server.Url("/big") + ": page is larger than 1 MB");
}

TEST(FetchUrlTest, TotalTimeout) {
  HttpServer server;
  server.Serve("/slow", {200, {}, "late", 3000});
  FetchConfig config;
  config.total_timeout_ms = 300;
  const std::string error = FetchError(server.Url("/slow"), config);
  EXPECT_EQ(error.rfind(server.Url("/slow") + ": cannot fetch: Operation timed out after ", 0), 0u)
      << error;
}

TEST(FetchUrlTest, ConnectionRefused) {
  // A port that was just free: nothing listens on it any more.
  std::string url;
  {
    HttpServer server;
    url = server.Url("/a");
  }
  const std::string error = FetchError(url);
  EXPECT_EQ(error.rfind(url + ": cannot fetch: ", 0), 0u) << error;
  EXPECT_EQ(error.find('\n'), std::string::npos);
}

TEST(FetchUrlTest, OnlyHttpAndHttps) {
  EXPECT_EQ(FetchError("ftp://example.ly/a.txt"),
            "ftp://example.ly/a.txt: unsupported URL scheme 'ftp' (rawi fetches http and https)");
  EXPECT_EQ(FetchError("file:///etc/passwd"),
            "file:///etc/passwd: unsupported URL scheme 'file' (rawi fetches http and https)");
}

TEST(FetchUrlTest, RedirectToAnotherSchemeIsRefused) {
  HttpServer server;
  server.Serve("/sneaky", {302, {{"Location", "file:///etc/passwd"}}, ""});
  const std::string error = FetchError(server.Url("/sneaky"));
  EXPECT_EQ(error.rfind(server.Url("/sneaky") + ": cannot fetch: ", 0), 0u) << error;
}

struct NameCase {
  std::string url;
  std::string expected;
};

class FileNameForUrlTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(FileNameForUrlTest, LastPathSegment) {
  EXPECT_EQ(FileNameForUrl(GetParam().url), GetParam().expected) << GetParam().url;
}

INSTANTIATE_TEST_SUITE_P(
    Urls, FileNameForUrlTest,
    ::testing::Values(
        NameCase{"https://news.ly/2024/05/truce-talks.html", "truce-talks.html"},
        NameCase{"https://news.ly/2024/05/truce-talks/", "truce-talks"},
        NameCase{"https://news.ly/a/b?id=5#top", "b"}, NameCase{"https://news.ly/", "article"},
        NameCase{"https://news.ly", "article"}, NameCase{"https://news.ly/?p=123", "article"},
        NameCase{"https://news.ly/%D8%B7%D8%B1%D8%A7%D8%A8%D9%84%D8%B3", "طرابلس"},
        NameCase{"https://news.ly/a%2Fb", "a-b"}, NameCase{"https://news.ly/..", "article"},
        NameCase{"https://news.ly/%FF%FE", "FF-FE"}, NameCase{"http://x.ly/a:b*c", "a-b-c"}));

}  // namespace
}  // namespace rawi
