#include "publish/podcast_config.h"

#include <toml++/toml.h>

#include <cmath>
#include <optional>

#include "util/error.h"

namespace rawi {
namespace {

std::string RequiredString(const toml::table& table, const char* key, const std::string& file) {
  const auto value = table[key].value<std::string>();
  if (!value || value->empty()) {
    throw FileError(file, std::string("'") + key + "' is missing (a non-empty string)");
  }
  return *value;
}

// A whole-number key from `low` to `high`, `fallback` when absent. Only an integer node is read:
// toml++ 3.3's value<int64_t>() of a float converts before it checks the range (undefined
// behaviour for -2e60), and a value is checked before it is narrowed to int.
int IntegerIn(const toml::table& table, const char* key, int fallback, int low, int high,
              const std::string& file) {
  const auto node = table[key];
  if (!node) return fallback;
  const int64_t* value = node.is_integer() ? &node.as_integer()->get() : nullptr;
  if (value == nullptr || *value < low || *value > high) {
    throw FileError(file, std::string("'") + key + "' must be a whole number from " +
                              std::to_string(low) + " to " + std::to_string(high));
  }
  return static_cast<int>(*value);
}

// A number key (integer or float), `fallback` when absent; anything else, or NaN or an infinity,
// is `problem`.
double FiniteNumber(const toml::table& table, const char* key, double fallback,
                    const std::string& file, const std::string& problem) {
  const auto node = table[key];
  if (!node) return fallback;
  const std::optional<double> value = node.is_number() ? node.value<double>() : std::nullopt;
  if (!value || !std::isfinite(*value))
    throw FileError(file, std::string("'") + key + "' " + problem);
  return *value;
}

}  // namespace

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
  PodcastConfig config;
  config.title = RequiredString(table, "title", name);
  config.description = RequiredString(table, "description", name);
  config.author = RequiredString(table, "author", name);
  config.email = RequiredString(table, "email", name);
  config.base_url = RequiredString(table, "base_url", name);
  if (config.base_url.rfind("http://", 0) != 0 && config.base_url.rfind("https://", 0) != 0) {
    throw FileError(name, "'base_url' must start with http:// or https://");
  }
  if (config.base_url.back() != '/') config.base_url += '/';
  config.language = table["language"].value_or(config.language);
  config.category = table["category"].value_or(config.category);
  if (auto e = table["explicit"]; e && !e.is_boolean()) {
    throw FileError(name, "'explicit' must be true or false");
  }
  config.explicit_content = table["explicit"].value_or(false);
  config.locked = table["locked"].value_or(true);
  if (auto image = table["image"].value<std::string>()) {
    config.image = file.parent_path() / *image;
    if (!std::filesystem::is_regular_file(config.image)) {
      throw FileError(name, "'image' " + config.image.string() + " does not exist");
    }
  }
  config.bitrate_kbps = IntegerIn(table, "bitrate_kbps", config.bitrate_kbps, 32, 320, name);
  const std::string loudness_range = "must be from -40 to -5";
  config.loudness_lufs =
      FiniteNumber(table, "loudness_lufs", config.loudness_lufs, name, loudness_range);
  if (config.loudness_lufs < -40 || config.loudness_lufs > -5) {
    throw FileError(name, "'loudness_lufs' " + loudness_range);
  }
  config.true_peak_dbtp =
      FiniteNumber(table, "true_peak_dbtp", config.true_peak_dbtp, name, "must be a number");
  return config;
}

}  // namespace rawi
