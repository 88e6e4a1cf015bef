// The read-along ebook's text with its audio clips: a Document paired with the Timings of its
// render, item by item (the title, each heading, each sentence), as the EPUB's content document
// and Media Overlay (publish/epub_writer.h) lay it out.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
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

// Every item of `book` (a ReadAlong or a const one) in reading order: the title line, then per
// section its heading and its sentences.
template <typename Book>
auto ReadAlongItems(Book& book) {
  std::vector<decltype(&*book.title_line)> items;
  if (book.title_line) items.push_back(&*book.title_line);
  for (auto& section : book.sections) {
    if (section.heading) items.push_back(&*section.heading);
    for (auto& paragraph : section.paragraphs) {
      for (auto& sentence : paragraph.sentences) items.push_back(&sentence);
    }
  }
  return items;
}

// A SMIL clock value, "H:MM:SS.mmm", rounded to the millisecond.
std::string SmilClock(uint64_t samples, int sample_rate);

}  // namespace rawi
