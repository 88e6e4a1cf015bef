#include "publish/readalong_page.h"

#include <cctype>
#include <nlohmann/json.hpp>

#include "publish/episode.h"
#include "publish/episode_audio.h"
#include "publish/readalong_assets.h"
#include "render/timings_json.h"
#include "text/language.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace rawi {
namespace {

void Replace(std::string& text, std::string_view from, std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// Seconds for an attribute, spelled as the JSON spells them.
std::string SecondsAttribute(uint64_t samples, int rate) {
  return nlohmann::json(TimingSeconds(samples, rate)).dump();
}

[[noreturn]] void Mismatch(const Document& doc, const std::string& what) {
  throw FileError(doc.source, "the timings do not match the article (" + what + ")");
}

// From <!DOCTYPE> to the end of <head>.
std::string PageHead(const std::string& language, const std::string& direction,
                     const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"" + EscapeHtml(language) + "\" dir=\"" + direction +
         "\">\n<head>\n<meta charset=\"utf-8\">\n" +
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
         "<meta name=\"color-scheme\" content=\"light dark\">\n" +
         "<meta name=\"generator\" content=\"rawi\">\n<title>" + EscapeHtml(title) +
         "</title>\n<style>" + std::string(ReadalongStyle()) + "</style>\n</head>\n";
}

// The <header> (title, byline and date), the player and its keyboard help.
std::string PageHeader(const Document& doc, const std::string& title, const std::string& audio_href,
                       const ReadalongUiText& ui, const std::string& direction) {
  std::string html = "<header>\n<h1 id=\"title\"" +
                     std::string(doc.title.written.empty() ? "" : " data-start=\"0\"") + ">" +
                     EscapeHtml(title) + "</h1>\n";
  if (!doc.byline.empty() || !doc.date.empty()) {
    html += "<p class=\"meta\">";
    if (!doc.byline.empty()) html += "<span class=\"byline\">" + EscapeHtml(doc.byline) + "</span>";
    if (!doc.byline.empty() && !doc.date.empty()) html += " · ";
    if (!doc.date.empty()) {
      html +=
          doc.date_iso.empty() ? "<time>" : "<time datetime=\"" + EscapeHtml(doc.date_iso) + "\">";
      html += EscapeHtml(doc.date) + "</time>";
    }
    html += "</p>\n";
  }
  std::string keys(ui.keys);
  Replace(keys, "NEXT", direction == "rtl" ? "←" : "→");
  Replace(keys, "PREVIOUS", direction == "rtl" ? "→" : "←");
  html +=
      "</header>\n<div class=\"player\">\n<audio id=\"audio\" controls preload=\"auto\" src=\"" +
      EscapeHtml(audio_href) + "\" aria-label=\"" + std::string(ui.audio) +
      "\" aria-describedby=\"keys\"></audio>\n</div>\n<p id=\"keys\" class=\"keys\">" + keys +
      "</p>\n";
  return html;
}

// The <nav> with one link per section.
std::string SectionNav(const Timings& timings, const ReadalongUiText& ui) {
  std::string html = "<nav aria-label=\"" + std::string(ui.nav) + "\">\n<ol>\n";
  for (size_t k = 0; k < timings.sections.size(); ++k) {
    const auto& heading = timings.sections[k].heading;
    html += "<li><a href=\"#sec-" + std::to_string(k + 1) + "\">" +
            (heading ? EscapeHtml(*heading) : std::string(ui.lede)) + "</a></li>\n";
  }
  return html + "</ol>\n</nav>\n";
}

// The <section> of doc.sections[k] with its timings; `sentence_number` counts the sentences
// before it and is moved past its own.
std::string SectionHtml(const Document& doc, const Timings& timings, size_t k,
                        const std::string& language, size_t& sentence_number) {
  const SectionTiming& section = timings.sections[k];
  const int rate = timings.sample_rate;
  const std::string number = std::to_string(k + 1);
  std::string html = "<section id=\"sec-" + number + "\">\n";
  if (section.heading) {
    html += "<h2 id=\"h-" + number + "\" data-start=\"" + SecondsAttribute(section.start, rate) +
            "\">" + EscapeHtml(*section.heading) + "</h2>\n";
  }
  // Narrate skips paragraphs without sentences: the timings have the others, in order.
  size_t p = 0;
  for (const Paragraph& paragraph : doc.sections[k].paragraphs) {
    if (paragraph.sentences.empty()) continue;
    if (p == section.paragraphs.size() ||
        section.paragraphs[p].sentences.size() != paragraph.sentences.size()) {
      Mismatch(doc, "section " + number + ", paragraph " + std::to_string(p + 1));
    }
    const ParagraphTiming& timing = section.paragraphs[p++];
    html += "<p";
    if (!paragraph.language.empty() && paragraph.language != language) {
      html += " lang=\"" + EscapeHtml(paragraph.language) + "\" dir=\"" +
              Language(paragraph.language).Direction() + "\"";
    }
    html += ">";
    for (size_t i = 0; i < timing.sentences.size(); ++i) {
      const SentenceTiming& sentence = timing.sentences[i];
      if (i > 0) html += " ";
      html += "<span id=\"s-" + std::to_string(++sentence_number) + "\" class=\"s\" data-start=\"" +
              SecondsAttribute(sentence.start, rate) + "\" data-end=\"" +
              SecondsAttribute(sentence.end, rate) + "\">" + EscapeHtml(sentence.text) + "</span>";
    }
    html += "</p>\n";
  }
  if (p != section.paragraphs.size()) {
    Mismatch(doc, "section " + number + " has " + std::to_string(section.paragraphs.size()) +
                      " timed paragraphs, the article " + std::to_string(p));
  }
  return html + "</section>\n";
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || byte == 0x7f) {
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string ScriptSafeJson(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (const char c : json) {
    if (c == '<') {
      out += "\\u003c";
    } else {
      out += c;
    }
  }
  return out;
}

std::string PercentEncodeSegment(std::string_view name) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0 && byte < 0x80) {
      out += c;
    } else if (c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xf];
    }
  }
  return out;
}

std::string ReadalongHtml(const Document& doc, const Timings& timings,
                          const std::string& audio_href, const std::string& title) {
  if (doc.sections.size() != timings.sections.size()) {
    Mismatch(doc, std::to_string(doc.sections.size()) + " sections, timings for " +
                      std::to_string(timings.sections.size()));
  }
  const std::string language = doc.language.empty() ? "en" : doc.language;
  const std::string direction = Language(language).Direction();
  const ReadalongUiText& ui = ReadalongUi(Language(language));

  std::string html = PageHead(language, direction, title) + "<body>\n<main>\n" +
                     PageHeader(doc, title, audio_href, ui, direction) + SectionNav(timings, ui);
  size_t sentence_number = 0;
  for (size_t k = 0; k < timings.sections.size(); ++k) {
    html += SectionHtml(doc, timings, k, language, sentence_number);
  }
  html += "</main>\n<script type=\"application/json\" id=\"timings\">" +
          ScriptSafeJson(TimingsToJson(timings, audio_href)) + "</script>\n<script>" +
          std::string(ReadalongScript()) + "</script>\n</body>\n</html>\n";
  return html;
}

std::filesystem::path WriteReadalongPage(const std::filesystem::path& dir, const std::string& stem,
                                         const std::filesystem::path& input, const Document& doc,
                                         const Timings& timings,
                                         const std::filesystem::path& rendered) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw FileError(dir.string(), "cannot create the page folder: " + ec.message());
  const std::string title = ArticleTitle(doc, input);
  const std::string audio = stem + ".mp3";
  // The page's audio is a podcast episode's: the same loudness, and chapters for players.
  EncodeEpisodeAudio(rendered, dir / audio, EpisodeAudioConfig{},
                     EpisodeTags{title, doc.byline, "", SectionChapters(timings, title)});
  const std::filesystem::path page = dir / "index.html";
  WriteFileAtomically(page, ReadalongHtml(doc, timings, PercentEncodeSegment(audio), title));
  return page;
}

}  // namespace rawi
