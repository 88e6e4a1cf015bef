#include "publish/podcast_config.h"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>

#include "util/error.h"

namespace rawi {
namespace {

constexpr std::array<const char*, 14> kKeys = {
    "title",        "description",   "language",       "author",       "email",
    "image",        "category",      "explicit",       "base_url",     "locked",
    "bitrate_kbps", "loudness_lufs", "true_peak_dbtp", "accessibility"};
constexpr std::array<const char*, 2> kAccessibilityKeys = {"epub", "page"};

// MPEG-1 Layer III bit rates, the only ones LAME writes at 44.1 kHz (it rounds others silently).
constexpr std::array<int, 14> kMp3Bitrates = {32,  40,  48,  56,  64,  80,  96,
                                              112, 128, 160, 192, 224, 256, 320};

constexpr std::string_view kJpegSignature = "\xFF\xD8\xFF";
constexpr std::string_view kPngSignature = "\x89PNG\r\n\x1A\n";

class Checker {
 public:
  // `prefix` names the table the keys are in, as "accessibility." for [accessibility].
  Checker(const toml::table& table, std::string file, std::string prefix = "")
      : table_(table), file_(std::move(file)), prefix_(std::move(prefix)) {}

  [[noreturn]] void Fail(const std::string& key, const std::string& problem) const {
    throw FileError(file_, "'" + prefix_ + key + "' " + problem);
  }

  // A string without control characters that is not blank; nullopt when absent. `text` allows
  // tabs and line breaks (a multi-line description).
  std::optional<std::string> String(const char* key, bool text = false) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return std::nullopt;
    if (!node->is_string()) Fail(key, "must be a string");
    const std::string value = node->as_string()->get();
    if (std::all_of(value.begin(), value.end(),
                    [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
      Fail(key, "must not be empty or blank");
    }
    CheckCharacters(key, value, text);
    return value;
  }

  std::string RequiredString(const char* key, bool text = false) const {
    auto value = String(key, text);
    if (!value) Fail(key, "is missing (a non-empty string)");
    return *value;
  }

  bool Bool(const char* key, bool fallback) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return fallback;
    if (!node->is_boolean()) Fail(key, "must be true or false");
    return node->as_boolean()->get();
  }

  // A finite number (an integer or a float) from `min` to `max`.
  double Number(const char* key, double fallback, double min, double max, const char* unit) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return fallback;
    const std::string expected =
        "must be a number from " + Format(min) + " to " + Format(max) + " (" + unit + ")";
    double value = 0;
    if (node->is_integer()) {
      value = static_cast<double>(node->as_integer()->get());
    } else if (node->is_floating_point()) {
      value = node->as_floating_point()->get();
    } else {
      Fail(key, expected);
    }
    // Written so that NaN fails too.
    if (!(value >= min && value <= max)) Fail(key, expected + ", not " + Format(value));
    return value;
  }

  int Bitrate(const char* key, int fallback) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return fallback;
    std::string expected = "must be one of ";
    for (int rate : kMp3Bitrates) {
      expected += std::to_string(rate) + (rate == kMp3Bitrates.back() ? "" : ", ");
    }
    expected += " (MP3 CBR kbps)";
    if (!node->is_integer()) Fail(key, expected);
    // Compared as read: a cast to int first would wrap 4294967392 to 96.
    const int64_t value = node->as_integer()->get();
    if (std::find(kMp3Bitrates.begin(), kMp3Bitrates.end(), value) == kMp3Bitrates.end()) {
      Fail(key, expected + ", not " + std::to_string(value));
    }
    return static_cast<int>(value);
  }

 private:
  static std::string Format(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
  }

  // Control characters (C0, DEL, C1) and the noncharacters XML forbids: the feed would have to
  // drop them, so the user is told instead.
  void CheckCharacters(const char* key, const std::string& value, bool text) const {
    for (size_t i = 0; i < value.size();) {
      const auto c = static_cast<unsigned char>(value[i]);
      char32_t code = c;
      size_t length = 1;
      if (c >= 0xC0 && c < 0xE0 && i + 1 < value.size()) {
        code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(value[i + 1]) & 0x3Fu);
        length = 2;
      } else if (c >= 0xE0 && c < 0xF0 && i + 2 < value.size()) {
        code = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(value[i + 1]) & 0x3Fu) << 6) |
               (static_cast<unsigned char>(value[i + 2]) & 0x3Fu);
        length = 3;
      } else if (c >= 0xF0) {
        length = 4;  // beyond U+FFFF: nothing to reject
      }
      i += length;
      const bool allowed_space = text && (code == '\t' || code == '\n' || code == '\r');
      char hex[16];
      std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(code));
      if ((code < 0x20 || (code >= 0x7F && code <= 0x9F)) && !allowed_space) {
        Fail(key, std::string("contains the control character ") + hex);
      }
      if (code == 0xFFFE || code == 0xFFFF)
        Fail(key, std::string("contains the noncharacter ") + hex);
    }
  }

  const toml::table& table_;
  std::string file_;
  std::string prefix_;
};

// Throws a FileError for the first key of `table` that is not one of `keys`.
template <size_t N>
void CheckKeys(const toml::table& table, const std::array<const char*, N>& keys,
               const std::string& file, const std::string& prefix) {
  for (const auto& [key, value] : table) {
    if (std::find(keys.begin(), keys.end(), key.str()) == keys.end()) {
      std::string known;
      for (const char* k : keys) known += std::string(known.empty() ? "" : ", ") + k;
      throw FileError(file, "unknown key '" + prefix + std::string(key.str()) + "' (the keys are " +
                                known + ")");
    }
  }
}

// `accessibility = true|false`, or an [accessibility] table whose keys default to true: naming
// the table is asking for the outputs.
AccessibilityOutputs Accessibility(const toml::table& table, const std::string& file) {
  const toml::node* node = table.get("accessibility");
  if (node == nullptr) return {};
  if (const auto* on = node->as_boolean()) return {on->get(), on->get()};
  const toml::table* inner = node->as_table();
  if (inner == nullptr) {
    throw FileError(file,
                    "'accessibility' must be true, false or a table with the keys epub and page");
  }
  CheckKeys(*inner, kAccessibilityKeys, file, "accessibility.");
  const Checker check(*inner, file, "accessibility.");
  return {check.Bool("epub", true), check.Bool("page", true)};
}

bool IsLanguageTag(const std::string& tag) {
  // BCP 47 in the shape feeds use: a 2-3 letter language, then subtags of 1-8 letters or digits.
  size_t i = 0;
  while (i < tag.size() && std::isalpha(static_cast<unsigned char>(tag[i]))) ++i;
  if (i < 2 || i > 3) return false;
  while (i < tag.size()) {
    if (tag[i++] != '-') return false;
    const size_t start = i;
    while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i]))) ++i;
    if (i == start || i - start > 8) return false;
  }
  return true;
}

bool IsEmail(const std::string& email) {
  const size_t at = email.find('@');
  if (at == 0 || at == std::string::npos || email.find('@', at + 1) != std::string::npos) {
    return false;
  }
  if (email.find_first_of(" \t\r\n<>()[],;:\"\\") != std::string::npos) return false;
  const std::string domain = email.substr(at + 1);
  return domain.find('.') != std::string::npos && domain.front() != '.' && domain.back() != '.' &&
         domain.find("..") == std::string::npos;
}

bool IsHostName(const std::string& host) {
  if (host.empty() || host.size() > 253) return false;
  size_t start = 0;
  while (start <= host.size()) {
    size_t end = host.find('.', start);
    if (end == std::string::npos) end = host.size();
    const std::string label = host.substr(start, end - start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
      return end == host.size() && label.empty() && start > 0;  // one trailing dot is allowed
    }
    for (char c : label) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
    }
    start = end + 1;
  }
  return true;
}

// Checks the URL that every file name in the feed is appended to.
void CheckBaseUrl(const Checker& check, const std::string& url) {
  const char* key = "base_url";
  const std::string host_problem = "must be an absolute http:// or https:// URL with a host";
  size_t rest = 0;
  if (url.rfind("https://", 0) == 0) {
    rest = 8;
  } else if (url.rfind("http://", 0) == 0) {
    rest = 7;
  } else {
    check.Fail(key, host_problem);
  }
  for (char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7F || std::strchr("\"<>\\^`{|}", c) != nullptr) {
      check.Fail(key,
                 "must be ASCII without spaces, quotes, <, >, \\, ^, `, {, | or } "
                 "(percent-encode them)");
    }
  }
  if (url.find_first_of("?#") != std::string::npos) {
    check.Fail(key,
               "must not have a query or fragment ('?' or '#'): file names are appended to it");
  }
  const std::string authority = url.substr(rest, url.find('/', rest) - rest);
  if (authority.find('@') != std::string::npos) {
    check.Fail(key, "must not contain a user name or password");
  }
  std::string host = authority;
  std::string port;
  if (!authority.empty() && authority.front() == '[') {
    const size_t close = authority.find(']');
    if (close == std::string::npos || close == 1) check.Fail(key, host_problem);
    const std::string inside = authority.substr(1, close - 1);
    if (inside.find_first_not_of("0123456789abcdefABCDEF:.") != std::string::npos) {
      check.Fail(key, host_problem);
    }
    host = "ipv6";
    const std::string after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') check.Fail(key, host_problem);
      port = after.substr(1);
      if (port.empty()) check.Fail(key, host_problem);
    }
  } else if (const size_t colon = authority.rfind(':'); colon != std::string::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
    if (port.empty()) check.Fail(key, host_problem);
  }
  if (!IsHostName(host)) check.Fail(key, host_problem);
  if (!port.empty() &&
      (port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
       std::stoi(port) < 1 || std::stoi(port) > 65535)) {
    check.Fail(key, host_problem);
  }
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::string CoverImageProblem(const std::filesystem::path& image, std::string_view bytes) {
  const std::string extension = Lower(image.extension().string());
  if (extension == ".jpg" || extension == ".jpeg") {
    if (bytes.substr(0, kJpegSignature.size()) != kJpegSignature) {
      return "is not a JPEG image (a .jpg or .jpeg file starts with FF D8 FF)";
    }
    return "";
  }
  if (extension == ".png") {
    if (bytes.substr(0, kPngSignature.size()) != kPngSignature) {
      return "is not a PNG image (a .png file starts with 89 50 4E 47 0D 0A 1A 0A)";
    }
    return "";
  }
  return "must be a .jpg, .jpeg or .png file";
}

PodcastConfig LoadPodcastConfig(const std::filesystem::path& file) {
  const std::string name = file.string();
  if (!std::filesystem::is_regular_file(file)) throw FileError(name, "no such feed config");
  toml::table table;
  try {
    table = toml::parse_file(name);
  } catch (const toml::parse_error& e) {
    throw FileError(name, "line " + std::to_string(e.source().begin.line) + ": " +
                              std::string(e.description()));
  }
  CheckKeys(table, kKeys, name, "");
  const Checker check(table, name);
  PodcastConfig config;
  config.title = check.RequiredString("title");
  config.description = check.RequiredString("description", /*text=*/true);
  config.author = check.RequiredString("author");
  config.email = check.RequiredString("email");
  if (!IsEmail(config.email))
    check.Fail("email", "must be an email address such as owner@example.com");
  config.base_url = check.RequiredString("base_url");
  CheckBaseUrl(check, config.base_url);
  if (config.base_url.back() != '/') config.base_url += '/';
  config.language = check.String("language").value_or(config.language);
  if (!IsLanguageTag(config.language)) {
    check.Fail("language", "must be a language tag such as ar or en-GB");
  }
  config.category = check.String("category").value_or(config.category);
  config.explicit_content = check.Bool("explicit", config.explicit_content);
  config.locked = check.Bool("locked", config.locked);
  if (const auto image = check.String("image")) {
    // An absolute path is allowed (a cover shared by several podcasts); what reaches the public
    // site is only ever a file that is a JPEG or PNG image by its first bytes.
    config.image = file.parent_path() / *image;
    const std::string shown = config.image.string();
    const std::string extension = Lower(config.image.extension().string());
    if (extension != ".jpg" && extension != ".jpeg" && extension != ".png") {
      check.Fail("image", shown + " must be a .jpg, .jpeg or .png file");
    }
    std::error_code ec;
    if (!std::filesystem::exists(config.image, ec)) check.Fail("image", shown + " does not exist");
    if (!std::filesystem::is_regular_file(config.image, ec)) {
      check.Fail("image", shown + " is not a regular file");
    }
    std::ifstream in(config.image, std::ios::binary);
    if (!in) check.Fail("image", shown + " cannot be read: " + std::strerror(errno));
    std::string start(kPngSignature.size(), '\0');
    in.read(start.data(), static_cast<std::streamsize>(start.size()));
    start.resize(static_cast<size_t>(in.gcount()));
    if (const std::string problem = CoverImageProblem(config.image, start); !problem.empty()) {
      check.Fail("image", shown + " " + problem);
    }
  }
  config.bitrate_kbps = check.Bitrate("bitrate_kbps", config.bitrate_kbps);
  config.loudness_lufs = check.Number("loudness_lufs", config.loudness_lufs, -40, -5, "LUFS");
  config.true_peak_dbtp = check.Number("true_peak_dbtp", config.true_peak_dbtp, -20, 0, "dBTP");
  config.accessibility = Accessibility(table, name);
  return config;
}

}  // namespace rawi
