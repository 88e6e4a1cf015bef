#include "publish/read_along.h"

#include <cctype>
#include <cstdio>
#include <regex>
#include <set>

#include "publish/episode.h"
#include "util/error.h"

namespace rawi {
namespace {

[[noreturn]] void Mismatch(const Document& doc) {
  throw EngineError(doc.source + ": the timings do not match the document (ebook not written)");
}

// W3CDTF, the date forms EPUB's dc:date takes: YYYY[-MM[-DD[Thh:mm[:ss[.s]]TZD]]].
bool IsW3cDate(const std::string& date) {
  static const std::regex kW3cDate(
      R"(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?)");
  return std::regex_match(date, kW3cDate);
}

}  // namespace

ReadAlong MakeReadAlong(const Document& doc, const Timings& timings,
                        const std::filesystem::path& input) {
  if (doc.sections.size() != timings.sections.size()) Mismatch(doc);
  ReadAlong book;
  book.title = ArticleTitle(doc, input);
  if (!doc.title.written.empty()) {
    book.title_line = ReadAlongItem{"title", doc.title.written, 0, 0};
  }
  book.byline = doc.byline;
  if (IsW3cDate(doc.date_iso)) book.date_iso = doc.date_iso;
  book.language = doc.language.empty() ? "und" : doc.language;
  book.sample_rate = timings.sample_rate;
  book.total_samples = timings.total_samples;
  int headings = 0;
  int sentences = 0;
  for (size_t i = 0; i < doc.sections.size(); ++i) {
    const Section& section = doc.sections[i];
    const SectionTiming& timing = timings.sections[i];
    const std::optional<std::string> heading =
        section.heading ? std::optional(section.heading->written) : std::nullopt;
    if (heading != timing.heading) Mismatch(doc);
    ReadAlongSection out;
    if (heading) {
      out.heading = ReadAlongItem{"h-" + std::to_string(++headings), *heading, timing.start, 0};
    }
    size_t next = 0;  // the next paragraph timing (empty paragraphs have none)
    for (const Paragraph& paragraph : section.paragraphs) {
      if (paragraph.sentences.empty()) continue;
      if (next == timing.paragraphs.size()) Mismatch(doc);
      const ParagraphTiming& spoken = timing.paragraphs[next++];
      if (spoken.sentences.size() != paragraph.sentences.size()) Mismatch(doc);
      ReadAlongParagraph p;
      p.language = paragraph.language.empty() ? book.language : paragraph.language;
      for (size_t j = 0; j < paragraph.sentences.size(); ++j) {
        if (spoken.sentences[j].text != paragraph.sentences[j].written) Mismatch(doc);
        p.sentences.push_back({"s-" + std::to_string(++sentences), paragraph.sentences[j].written,
                               spoken.sentences[j].start, 0});
      }
      out.paragraphs.push_back(std::move(p));
    }
    if (next != timing.paragraphs.size()) Mismatch(doc);
    book.sections.push_back(std::move(out));
  }
  // Contiguous clips: each to where the next begins, the first from 0, the last to the end.
  const auto items = ReadAlongItems(book);
  for (size_t k = 0; k < items.size(); ++k) {
    if (k == 0) items[k]->begin = 0;
    items[k]->end = k + 1 < items.size() ? items[k + 1]->begin : book.total_samples;
    if (items[k]->end < items[k]->begin) Mismatch(doc);
  }
  return book;
}

std::string SmilClock(uint64_t samples, int sample_rate) {
  const auto rate = static_cast<uint64_t>(sample_rate);
  const uint64_t ms = (samples * 1000 + rate / 2) / rate;
  char text[40];
  std::snprintf(text, sizeof text, "%llu:%02llu:%02llu.%03llu",
                static_cast<unsigned long long>(ms / 3'600'000),
                static_cast<unsigned long long>(ms / 60'000 % 60),
                static_cast<unsigned long long>(ms / 1000 % 60),
                static_cast<unsigned long long>(ms % 1000));
  return text;
}

}  // namespace rawi
