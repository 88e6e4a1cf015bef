// The read-along page: an article as one web page that plays its audio and highlights what is
// being spoken, for readers who follow along (low vision, dyslexia) and for newsrooms that publish
// the page beside the audio. The page is self-contained: its CSS, its script and the timings JSON
// (render/timings_json.h) are inline, the audio is a file beside it, and nothing is fetched from
// the network when it is viewed.
//
// Markup, in this order inside <main>: <h1 id="title"> (the title), the byline and date when
// known, the <audio id="audio" controls> with the keyboard help it is described by (#keys), a
// <nav> with one link per section (#sec-K), then one <section id="sec-K"> per section of the
// timings (K from 1) with its <h2 id="h-K"> (none for the lede), its <p> paragraphs, and each
// sentence a <span id="s-N" data-start data-end> (N from 1 across the whole article: the N-th
// sentence of the timings JSON; times in seconds, as in the JSON). <html> has the article's `lang`
// and `dir`; a paragraph in another language has its own. Every text is HTML-escaped and the
// JSON cannot end its <script> early.
//
// In the browser the script marks the cue being spoken with class "now" and aria-current="true":
// the cue is the last of the title (spoken from 0), the headings (from their section's start) and
// the sentences that has started. A sentence in the JSON with "words": [{"text", "start", "end"}]
// has its words wrapped and the spoken one marked "now" too; without words, sentences only.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "document/document.h"
#include "render/timings.h"

namespace rawi {

// `text` for HTML text or a quoted attribute value: & < > " and ' as character references,
// characters HTML forbids (the C0 controls but tab, line feed, form feed and carriage return)
// dropped.
std::string EscapeHtml(std::string_view text);

// JSON text that can sit inside <script type="application/json">: every '<' as \u003c, so
// neither "</script>" nor "<!--" inside a string can end or change the element. Still the same
// JSON value.
std::string ScriptSafeJson(std::string_view json);

// The page for `doc` as RenderPrepared spoke it into `timings`, playing `audio_href` (a URL
// relative to the page: the caller percent-encodes it). `title` names an untitled article (see
// ArticleTitle). Throws a FileError naming doc.source when the timings do not follow the
// document's sections and paragraphs.
std::string ReadalongHtml(const Document& doc, const Timings& timings,
                          const std::string& audio_href, const std::string& title);

// A file name as a relative URL path segment: bytes other than ASCII letters, digits and
// "-._~" percent-encoded.
std::string PercentEncodeSegment(std::string_view name);

// Writes the page into `dir` (created, with its parents, when missing): first STEM.mp3, encoded
// from the rendered audio file `rendered` as podcast episodes are (loudness-normalized MP3 with
// the sections as chapters, publish/episode_audio.h), then index.html; each atomically, so a page
// is never half-written and never names audio that is not there yet. `input` is the article, for
// an untitled one's title. Returns the page's path. Throws a FileError naming the file that
// could not be written.
std::filesystem::path WriteReadalongPage(const std::filesystem::path& dir, const std::string& stem,
                                         const std::filesystem::path& input, const Document& doc,
                                         const Timings& timings,
                                         const std::filesystem::path& rendered);

}  // namespace rawi
