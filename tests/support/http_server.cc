#include "support/http_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

namespace rawi::testing {
namespace {

std::string Reason(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 404:
      return "Not Found";
    case 500:
      return "Internal Server Error";
    default:
      return "Status";
  }
}

void SendAll(int fd, const std::string& data) {
  size_t sent = 0;
  while (sent < data.size()) {
    const ssize_t n = send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;  // the client went away (e.g. it timed out)
    sent += static_cast<size_t>(n);
  }
}

}  // namespace

HttpServer::HttpServer() {
  listen_fd_ = socket(AF_INET, SOCK_STREAM, 0);
  if (listen_fd_ < 0) throw std::runtime_error("socket failed");
  const int yes = 1;
  setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  if (bind(listen_fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      listen(listen_fd_, 16) != 0) {
    close(listen_fd_);
    throw std::runtime_error("bind/listen on 127.0.0.1 failed");
  }
  socklen_t length = sizeof address;
  getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length);
  port_ = ntohs(address.sin_port);
  thread_ = std::thread([this] { Run(); });
}

HttpServer::~HttpServer() {
  stop_ = true;
  thread_.join();
  close(listen_fd_);
}

void HttpServer::Serve(const std::string& path, HttpResponse response) {
  std::lock_guard lock(mutex_);
  routes_[path] = std::move(response);
}

std::string HttpServer::Url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

std::vector<std::string> HttpServer::requests() const {
  std::lock_guard lock(mutex_);
  return requests_;
}

void HttpServer::Run() {
  while (!stop_) {
    pollfd listener{listen_fd_, POLLIN, 0};
    if (poll(&listener, 1, 20) <= 0) continue;
    const int client = accept(listen_fd_, nullptr, nullptr);
    if (client < 0) continue;
    Answer(client);
    close(client);
  }
}

void HttpServer::Answer(int client) {
  std::string request;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  char buffer[4096];
  while (request.find("\r\n\r\n") == std::string::npos && !stop_ &&
         std::chrono::steady_clock::now() < deadline) {
    pollfd readable{client, POLLIN, 0};
    if (poll(&readable, 1, 20) <= 0) continue;
    const ssize_t n = recv(client, buffer, sizeof buffer, 0);
    if (n <= 0) return;
    request.append(buffer, static_cast<size_t>(n));
  }
  // "GET /path HTTP/1.1"
  const size_t path_start = request.find(' ');
  const size_t path_end = request.find(' ', path_start + 1);
  if (path_start == std::string::npos || path_end == std::string::npos) return;
  const std::string path = request.substr(path_start + 1, path_end - path_start - 1);

  HttpResponse response{404, {{"Content-Type", "text/plain"}}, "not found", 0};
  {
    std::lock_guard lock(mutex_);
    requests_.push_back(path);
    if (const auto it = routes_.find(path); it != routes_.end()) response = it->second;
  }
  const auto answer_at =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(response.delay_ms);
  while (!stop_ && std::chrono::steady_clock::now() < answer_at) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  std::string head =
      "HTTP/1.1 " + std::to_string(response.status) + " " + Reason(response.status) + "\r\n";
  for (const auto& [name, value] : response.headers) head += name + ": " + value + "\r\n";
  head += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
  head += "Connection: close\r\n\r\n";
  SendAll(client, head + response.body);
}

}  // namespace rawi::testing
