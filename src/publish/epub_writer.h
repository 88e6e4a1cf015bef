// The read-along ebook (`rawi render --epub`): an EPUB 3 whose content document holds the
// article's text, every sentence a <span id="s-N"> in its <p>, and whose Media Overlay (SMIL) plays
// the title, each heading and each sentence from the article's MP3, so that reading systems
// (Thorium, Apple Books, VoiceDream) highlight the sentence being spoken. The zip holds, in order:
//   mimetype (stored), META-INF/container.xml, EPUB/package.opf, EPUB/nav.xhtml,
//   EPUB/article.xhtml, EPUB/article.smil, EPUB/style.css, EPUB/article.mp3 (stored)
// with accessibility metadata (EPUB Accessibility 1.1) that EPUBCheck and DAISY Ace accept.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "publish/episode_audio.h"
#include "render/render_job.h"
#include "render/timings.h"

namespace rawi {

// One element of the text that the overlay plays: the title, a heading or a sentence.
struct ReadAlongItem {
  std::string id;    // its element's id in the content document: "title", "h-N" or "s-N"
  std::string text;  // as written
  // Its audio clip, in samples: from the start of its speech (the first item's from 0) to the
  // start of the next item's, so that the pause after it is played too and playback flows as the
  // audio file does; the last item's clip runs to the end of the audio.
  uint64_t begin = 0;
  uint64_t end = 0;
};

struct ReadAlongParagraph {
  std::string language;  // BCP 47, the paragraph's own (an English quote in an Arabic article)
  std::vector<ReadAlongItem> sentences;
};

struct ReadAlongSection {
  std::optional<ReadAlongItem> heading;  // nullopt for the lede
  std::vector<ReadAlongParagraph> paragraphs;
};

// The ebook's text with its audio clips: a Document paired with the Timings of its render.
struct ReadAlong {
  std::string title;  // dc:title (ArticleTitle: never empty)
  std::optional<ReadAlongItem>
      title_line;        // the spoken title (<h1 id="title">), if the article has one
  std::string byline;    // dc:creator; empty when unknown
  std::string date_iso;  // dc:date when it is a W3C date; else empty
  std::string language;  // the article's ("und" when unknown)
  int sample_rate = 0;
  uint64_t total_samples = 0;
  std::vector<ReadAlongSection> sections;
};

// Pairs `doc` with the timings of its render (Narrate speaks the title, then per section its
// heading and the sentences of its non-empty paragraphs). `input` names the article for the
// fallback title. Throws an EngineError when the timings are not those of `doc`.
ReadAlong MakeReadAlong(const Document& doc, const Timings& timings,
                        const std::filesystem::path& input);

// A SMIL clock value, "H:MM:SS.mmm", rounded to the millisecond.
std::string SmilClock(uint64_t samples, int sample_rate);

// Whether text in `language` (BCP 47) is written right to left, by its primary subtag (ar, fa,
// he, ur, …).
bool IsRightToLeft(const std::string& language);

// dc:identifier: "urn:uuid:" and the UUIDv5 of the SHA-256 of the book's language and text
// (title, byline, headings, sentences): the same article gives the same identifier.
std::string EpubIdentifier(const ReadAlong& book);

// The parts of the ebook. `modified` (Unix time) is the package's dcterms:modified.
std::string EpubContainerXml();
std::string EpubPackage(const ReadAlong& book, int64_t modified);
std::string EpubNav(const ReadAlong& book);
std::string EpubContent(const ReadAlong& book);
std::string EpubOverlay(const ReadAlong& book);
std::string EpubStyle();

struct EpubConfig {
  int64_t modified = 0;      // dcterms:modified and the zip entries' times (Unix time)
  EpisodeAudioConfig audio;  // the MP3 inside: as a podcast episode's (96 kbps, -16 LUFS)
};

// Now, or SOURCE_DATE_EPOCH when it is set (reproducible builds): what `modified` should be.
int64_t EpubModifiedTime();

// Writes the ebook to `out` atomically: encodes `pcm` (the rendered speech, a WAV file) into an
// MP3 under a hidden temporary name beside `out` (removed afterwards) and zips it with the parts.
// Throws a FileError naming `out` (or the audio) on failure, leaving what `out` was.
void WriteEpub(const ReadAlong& book, const std::filesystem::path& pcm,
               const std::filesystem::path& out, const EpubConfig& config);

// WriteEpub with audio already encoded: `mp3` (an MP3 file, e.g. a published episode's) goes
// into the ebook as it is. Throws a FileError naming `out` or `mp3` on failure, leaving what
// `out` was.
void WriteEpubWithMp3(const ReadAlong& book, const std::filesystem::path& mp3,
                      const std::filesystem::path& out, int64_t modified);

// Where the ebook for `input` goes: `epub` itself for one article, or, when `several`, inside the
// folder `epub` as STEM.epub.
std::filesystem::path EpubPathFor(const std::filesystem::path& input,
                                  const std::filesystem::path& epub, bool several);

// ArticleRenderer::Render, also writing the read-along ebook to `epub`: the speech goes to the
// audio output and to a hidden WAV beside the ebook at once, whose MP3 the ebook holds. The audio
// and timings are in place before the ebook is written. When `spoken` is not null, it receives
// the Document that was spoken.
Timings RenderWithEpub(ArticleRenderer& renderer, const std::filesystem::path& input,
                       const std::filesystem::path& audio,
                       const std::optional<std::filesystem::path>& timings,
                       const std::filesystem::path& epub, const EpubConfig& config,
                       Document* spoken = nullptr);

}  // namespace rawi
