// What the feed needs to know about one published article: written by the worker that rendered
// it as SITE_DIR/.rawi/SLUG.json, read by `rawi feed` (and by the next publish run, to skip an
// article whose content hash is unchanged).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "document/document.h"

namespace rawi {

struct Episode {
  std::string source;        // the article's file name, as given
  std::string slug;          // ASCII; the base of every file name
  std::string guid;          // UUIDv5 of the article's file name: stable across re-renders
  std::string content_hash;  // SHA-256 of the article, its settings and the rawi version
  std::string title;
  std::string description;
  std::string author;
  std::string language;       // the article's, e.g. "ar": its captions' language
  int64_t published = 0;      // Unix time
  double duration = 0;        // seconds
  std::string audio;          // file name in SITE_DIR
  uint64_t audio_length = 0;  // bytes, measured after tagging
  std::string audio_type;     // MIME type
  std::string chapters;       // Podcasting 2.0 JSON chapters file name
  std::string vtt;            // WebVTT captions file name
  std::string srt;            // SRT captions file name
  std::string epub;           // read-along EPUB file name; empty when not published
  std::string page;           // read-along page file name; empty when not published
};

// The title an article goes by: its title line, else its first heading, else its file name
// (`input`'s stem) with '-' and '_' as spaces.
std::string ArticleTitle(const Document& doc, const std::filesystem::path& input);

// The folder of manifests inside a site folder.
std::filesystem::path ManifestDir(const std::filesystem::path& site);
std::filesystem::path ManifestPath(const std::filesystem::path& site, const std::string& slug);

void WriteEpisode(const std::filesystem::path& site, const Episode& episode);
// nullopt when absent or unreadable (an unreadable manifest means: render again).
std::optional<Episode> ReadEpisode(const std::filesystem::path& manifest);
// Every readable manifest in the site, newest first.
std::vector<Episode> ReadEpisodes(const std::filesystem::path& site);

// RFC 2822 with English names in UTC: "Sun, 17 Mar 2024 08:00:00 +0000".
std::string Rfc2822(int64_t unix_time);

// "2024-03-17", "2024-03-17T08:00:00Z", "2024-03-17T10:00:00+02:00" to Unix time.
std::optional<int64_t> ParseIsoDate(const std::string& text);

}  // namespace rawi
