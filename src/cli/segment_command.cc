// `rawi segment`: the Document exactly as `rawi render` reads and splits it (the same
// TextPipeline), printed as an outline or as JSON.
#include <iostream>
#include <memory>

#include "cli/article_flags.h"
#include "cli/commands.h"
#include "render/document_json.h"
#include "render/text_pipeline.h"
#include "util/data_dir.h"
#include "util/error.h"

namespace rawi::cli {
namespace {

struct SegmentFlags {
  std::string input;
  bool json = false;
  ReadingFlags reading;
};

void PrintOutline(const Document& doc, std::ostream& out) {
  auto or_mark = [](const std::string& s, const char* mark) { return s.empty() ? mark : s; };
  out << "title: " << or_mark(doc.title.written, "(none)") << '\n'
      << "byline: " << or_mark(doc.byline, "(unknown)") << '\n'
      << "site: " << or_mark(doc.site_name, "(unknown)") << '\n'
      << "date: " << or_mark(doc.date, "(unknown)") << '\n'
      << "language: " << doc.language << '\n';
  for (const Section& section : doc.sections) {
    out << "\n§ " << (section.heading ? section.heading->written : "(lede)") << '\n';
    for (const Paragraph& paragraph : section.paragraphs) {
      out << "  ¶ " << paragraph.language << '\n';
      for (const Sentence& sentence : paragraph.sentences) {
        out << "    " << sentence.written << '\n';
      }
    }
  }
}

int RunSegment(const SegmentFlags& flags) {
  TextConfig config;
  config.voices_dir = VoicesDir();
  ApplyReadingFlags(flags.reading, config);
  // The outline and the JSON show written text: nothing of the spoken forms' data is loaded.
  const Document doc = TextPipeline(config, TextForms::kWritten).Prepare(flags.input);
  if (flags.json) {
    std::cout << DocumentToJson(doc);
  } else {
    PrintOutline(doc, std::cout);
  }
  FlushStdout();
  return 0;
}

}  // namespace

void AddSegmentCommand(CLI::App& app, std::function<int()>& run) {
  const auto [segment, flags] = AddCommand(
      app, run, "segment",
      "Print an article's title, byline, date, sections, paragraphs and sentences exactly as "
      "render reads them.",
      &RunSegment);
  segment->add_option("article", flags.input, "article file, http(s) URL, or - for standard input")
      ->required();
  segment->add_flag("--json", flags.json,
                    "print JSON: {title, byline, date, language, sections: [{heading, "
                    "paragraphs: [{language, sentences}]}]}");
  AddReadingFlags(*segment, flags.reading, "the article");
}

}  // namespace rawi::cli
