#include "publish/captions.h"

#include <cmath>
#include <cstdio>
#include <optional>

#include "text/utf8.h"

namespace rawi {
namespace {

// One space-separated piece of a sentence's text, with its word's start when it is one.
struct Piece {
  std::string text;
  std::optional<double> start;
};

// The sentence's pieces, each matched in order to the timed word of the same text.
std::vector<Piece> Pieces(const SentenceTiming& sentence, double rate) {
  std::vector<Piece> pieces;
  size_t next_word = 0;
  for (size_t from = 0; from < sentence.text.size();) {
    size_t to = sentence.text.find(' ', from);
    if (to == std::string::npos) to = sentence.text.size();
    if (to > from) {
      Piece piece{sentence.text.substr(from, to - from), std::nullopt};
      if (next_word < sentence.words.size() && sentence.words[next_word].text == piece.text) {
        piece.start = static_cast<double>(sentence.words[next_word++].start) / rate;
      }
      pieces.push_back(std::move(piece));
    }
    from = to + 1;
  }
  return pieces;
}

// Consecutive pieces of at most max_chars code points with their spaces (a longer piece alone).
std::vector<std::vector<Piece>> Lines(std::vector<Piece> pieces, size_t max_chars) {
  std::vector<std::vector<Piece>> parts;
  size_t length = 0;
  for (Piece& piece : pieces) {
    const size_t piece_length = CodePointCount(piece.text);
    if (!parts.empty() && !parts.back().empty() && length + 1 + piece_length <= max_chars) {
      length += 1 + piece_length;
    } else {
      parts.emplace_back();
      length = piece_length;
    }
    parts.back().push_back(std::move(piece));
  }
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
        const auto parts = Lines(Pieces(sentence, rate), config.max_chars);
        size_t total = 0;
        for (const auto& part : parts) {
          for (const Piece& piece : part) total += CodePointCount(piece.text) + 1;
        }
        const size_t first = cues.size();
        size_t before = 0;
        for (const auto& part : parts) {
          Cue cue;
          // The first word's start, else the sentence's time shared by length.
          cue.start = before == 0 ? start
                                  : start + (end - start) * static_cast<double>(before) /
                                                static_cast<double>(total);
          if (before > 0 && part.front().start) cue.start = *part.front().start;
          for (const Piece& piece : part) {
            cue.text += (cue.text.empty() ? "" : " ") + piece.text;
            if (!sentence.words.empty()) cue.word_starts.push_back(piece.start);
            before += CodePointCount(piece.text) + 1;
          }
          cues.push_back(std::move(cue));
        }
        for (size_t i = first; i < cues.size(); ++i) {
          cues[i].end = i + 1 < cues.size() ? cues[i + 1].start : end;
        }
      }
    }
  }
  return cues;
}

std::string ToWebVtt(const std::vector<Cue>& cues, bool word_timestamps) {
  std::string out = "WEBVTT\n";
  for (size_t i = 0; i < cues.size(); ++i) {
    const Cue& cue = cues[i];
    out += "\n" + std::to_string(i + 1) + "\n" + Clock(cue.start, '.') + " --> " +
           Clock(cue.end, '.') + "\n";
    if (!word_timestamps || cue.word_starts.empty()) {
      out += EscapeVtt(cue.text) + "\n";
      continue;
    }
    // Timestamps are compared as written (to the millisecond).
    std::string last = Clock(cue.start, '.');
    const std::string end = Clock(cue.end, '.');
    size_t index = 0;
    for (size_t from = 0; from <= cue.text.size(); ++index) {
      size_t to = cue.text.find(' ', from);
      if (to == std::string::npos) to = cue.text.size();
      if (from > 0) out += ' ';
      if (index > 0 && index < cue.word_starts.size() && cue.word_starts[index]) {
        const std::string at = Clock(*cue.word_starts[index], '.');
        if (at > last && at < end) {
          out += "<" + at + ">";
          last = at;
        }
      }
      out += EscapeVtt(cue.text.substr(from, to - from));
      from = to + 1;
    }
    out += "\n";
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
