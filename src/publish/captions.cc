#include "publish/captions.h"

#include <cmath>
#include <cstdio>

#include "util/text.h"

namespace rawi {
namespace {

std::vector<std::string> SplitForCaptions(const std::string& text, size_t max_chars) {
  std::vector<std::string> parts;
  std::string current;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (!current.empty() && CodePointCount(current) + 1 + CodePointCount(word) > max_chars) {
      parts.push_back(current);
      current.clear();
    }
    if (!word.empty()) current += (current.empty() ? "" : " ") + word;
    start = end + 1;
  }
  if (!current.empty()) parts.push_back(current);
  return parts;
}

std::string Clock(double seconds, char separator) {
  const auto ms = static_cast<long long>(std::llround(seconds * 1000));
  char text[32];
  std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld%c%03lld", ms / 3600000, ms / 60000 % 60,
                ms / 1000 % 60, separator, ms % 1000);
  return text;
}

// WebVTT cue text is HTML-like: &, < and > must be escaped.
std::string EscapeVtt(const std::string& text) {
  std::string out;
  for (char c : XmlSafe(text)) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::vector<Cue> CuesFromTimings(const Timings& timings, const CaptionConfig& config) {
  std::vector<Cue> cues;
  const double rate = timings.sample_rate;
  for (const auto& section : timings.sections) {
    for (const auto& paragraph : section.paragraphs) {
      for (const auto& sentence : paragraph.sentences) {
        const double start = static_cast<double>(sentence.start) / rate;
        const double end = static_cast<double>(sentence.end) / rate;
        const auto parts = SplitForCaptions(sentence.text, config.max_chars);
        size_t total = 0;
        for (const auto& part : parts) total += CodePointCount(part);
        double at = start;
        for (const auto& part : parts) {
          const double length = (end - start) * static_cast<double>(CodePointCount(part)) /
                                static_cast<double>(total == 0 ? 1 : total);
          cues.push_back({at, at + length, part});
          at += length;
        }
        if (!cues.empty()) cues.back().end = end;  // no rounding drift at the sentence's end
      }
    }
  }
  return cues;
}

std::string ToWebVtt(const std::vector<Cue>& cues) {
  std::string out = "WEBVTT\n";
  for (size_t i = 0; i < cues.size(); ++i) {
    out += "\n" + std::to_string(i + 1) + "\n" + Clock(cues[i].start, '.') + " --> " +
           Clock(cues[i].end, '.') + "\n" + EscapeVtt(cues[i].text) + "\n";
  }
  return out;
}

std::string ToSrt(const std::vector<Cue>& cues) {
  std::string out;
  for (size_t i = 0; i < cues.size(); ++i) {
    if (i > 0) out += "\n";
    out += std::to_string(i + 1) + "\n" + Clock(cues[i].start, ',') + " --> " +
           Clock(cues[i].end, ',') + "\n" + XmlSafe(cues[i].text) + "\n";
  }
  return out;
}

}  // namespace rawi
