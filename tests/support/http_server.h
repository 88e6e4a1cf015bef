// A minimal HTTP/1.1 server on 127.0.0.1 for tests that fetch URLs: canned responses by path,
// one connection at a time on its own thread, every connection closed after one response.
// Stops (and joins its thread) in the destructor.
#pragma once

#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace rawi::testing {

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  // e.g. {"Content-Type", "text/html"}
  std::string body;
  int delay_ms = 0;  // wait this long before answering (timeout tests)
};

class HttpServer {
 public:
  HttpServer();  // listens on an ephemeral port; throws std::runtime_error when it cannot
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Answers GET `path` (with its query, if any) with `response`; other paths get a 404.
  void Serve(const std::string& path, HttpResponse response);
  // "http://127.0.0.1:PORT" + path.
  std::string Url(const std::string& path) const;
  // The paths requested so far, in order.
  std::vector<std::string> requests() const;

 private:
  void Run();
  void Answer(int client);

  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mutex_;
  std::map<std::string, HttpResponse> routes_;
  std::vector<std::string> requests_;
  std::thread thread_;
};

}  // namespace rawi::testing
