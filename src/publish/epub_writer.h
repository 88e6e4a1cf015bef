// The read-along ebook (`rawi render --epub`): an EPUB 3 whose content document holds the
// article's text, every sentence a <span id="s-N"> in its <p>, and whose Media Overlay (SMIL) plays
// the title, each heading and each sentence from the article's MP3, so that reading systems
// (Thorium, Apple Books, VoiceDream) highlight the sentence being spoken. The zip holds, in order:
//   mimetype (stored), META-INF/container.xml, EPUB/package.opf, EPUB/nav.xhtml,
//   EPUB/article.xhtml, EPUB/article.smil, EPUB/style.css, EPUB/article.mp3 (stored)
// with accessibility metadata (EPUB Accessibility 1.1) that EPUBCheck and DAISY Ace accept.
// The text and its clips: read_along.h; the package: epub_package.h; the other parts:
// epub_content.h; this file zips them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

#include "document/document.h"
#include "publish/episode_audio.h"
#include "publish/epub_content.h"
#include "publish/epub_package.h"
#include "publish/read_along.h"
#include "render/render_job.h"
#include "render/timings.h"

namespace rawi {

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
