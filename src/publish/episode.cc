#include "publish/episode.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "util/atomic_file.h"

namespace rawi {

std::string ArticleTitle(const Document& doc, const std::filesystem::path& input) {
  if (!doc.title.written.empty()) return doc.title.written;
  for (const auto& section : doc.sections) {
    if (section.heading) return section.heading->written;
  }
  std::string title = input.stem().string();
  std::replace(title.begin(), title.end(), '-', ' ');
  std::replace(title.begin(), title.end(), '_', ' ');
  return title;
}

std::filesystem::path ManifestDir(const std::filesystem::path& site) { return site / ".rawi"; }

std::filesystem::path ManifestPath(const std::filesystem::path& site, const std::string& slug) {
  return ManifestDir(site) / (slug + ".json");
}

void WriteEpisode(const std::filesystem::path& site, const Episode& e) {
  std::filesystem::create_directories(ManifestDir(site));
  nlohmann::ordered_json json = {{"source", e.source},
                                 {"slug", e.slug},
                                 {"guid", e.guid},
                                 {"content_hash", e.content_hash},
                                 {"title", e.title},
                                 {"description", e.description},
                                 {"author", e.author},
                                 {"language", e.language},
                                 {"published", e.published},
                                 {"duration", e.duration},
                                 {"audio", e.audio},
                                 {"audio_length", e.audio_length},
                                 {"audio_type", e.audio_type},
                                 {"chapters", e.chapters},
                                 {"vtt", e.vtt},
                                 {"srt", e.srt}};
  if (!e.epub.empty()) json["epub"] = e.epub;
  if (!e.page.empty()) json["page"] = e.page;
  WriteFileAtomically(ManifestPath(site, e.slug), json.dump(2, ' ', false) + "\n");
}

std::optional<Episode> ReadEpisode(const std::filesystem::path& manifest) {
  std::ifstream in(manifest, std::ios::binary);
  if (!in) return std::nullopt;
  const auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return std::nullopt;
  try {
    Episode e;
    e.source = json.at("source");
    e.slug = json.at("slug");
    e.guid = json.at("guid");
    e.content_hash = json.at("content_hash");
    e.title = json.at("title");
    e.description = json.at("description");
    e.author = json.at("author");
    e.language = json.at("language");
    e.published = json.at("published");
    e.duration = json.at("duration");
    e.audio = json.at("audio");
    e.audio_length = json.at("audio_length");
    e.audio_type = json.at("audio_type");
    e.chapters = json.at("chapters");
    e.vtt = json.at("vtt");
    e.srt = json.at("srt");
    e.epub = json.value("epub", "");
    e.page = json.value("page", "");
    return e;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

std::vector<Episode> ReadEpisodes(const std::filesystem::path& site) {
  std::vector<Episode> episodes;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(ManifestDir(site), ec)) {
    if (entry.path().extension() != ".json") continue;
    if (auto e = ReadEpisode(entry.path())) episodes.push_back(*e);
  }
  std::sort(episodes.begin(), episodes.end(), [](const Episode& a, const Episode& b) {
    return a.published != b.published ? a.published > b.published : a.slug < b.slug;
  });
  return episodes;
}

std::string Rfc2822(int64_t unix_time) {
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const time_t t = static_cast<time_t>(unix_time);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[64];
  std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday],
                tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return text;
}

std::optional<int64_t> ParseIsoDate(const std::string& text) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  int consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &year, &month, &day, &consumed) != 3) {
    return std::nullopt;
  }
  int offset_minutes = 0;
  std::string rest = text.substr(static_cast<size_t>(consumed));
  if (!rest.empty() && (rest[0] == 'T' || rest[0] == ' ')) {
    int used = 0;
    if (std::sscanf(rest.c_str() + 1, "%2d:%2d%n", &hour, &minute, &used) != 2) return std::nullopt;
    rest = rest.substr(1 + static_cast<size_t>(used));
    if (!rest.empty() && rest[0] == ':') {
      std::sscanf(rest.c_str() + 1, "%2d%n", &second, &used);
      rest = rest.substr(1 + static_cast<size_t>(used));
    }
    if (!rest.empty() && rest[0] == '.') {
      size_t digits = 1;
      while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits])))
        ++digits;
      rest = rest.substr(digits);
    }
    int oh = 0, om = 0;
    if (!rest.empty() && (rest[0] == '+' || rest[0] == '-') &&
        std::sscanf(rest.c_str() + 1, "%2d:%2d", &oh, &om) >= 1) {
      offset_minutes = (rest[0] == '-' ? -1 : 1) * (oh * 60 + om);
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return std::nullopt;
  }
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  return static_cast<int64_t>(timegm(&tm)) - offset_minutes * 60;
}

}  // namespace rawi
