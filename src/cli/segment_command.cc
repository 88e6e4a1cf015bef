// `rawi segment`: the Document exactly as `rawi render` reads and splits it (the same
// TextPipeline), printed as an outline or as JSON.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "read/read_flags.h"
#include "render/document_json.h"
#include "render/text_pipeline.h"
#include "util/data_dir.h"
#include "util/error.h"

namespace rawi::cli {
namespace {

struct SegmentFlags {
  std::string input;
  bool json = false;
  std::string input_format;
  std::string lang;
  std::string boilerplate;
};

void PrintOutline(const Document& doc, std::ostream& out) {
  auto or_mark = [](const std::string& s, const char* mark) { return s.empty() ? mark : s; };
  out << "title: " << or_mark(doc.title, "(none)") << '\n'
      << "byline: " << or_mark(doc.byline, "(unknown)") << '\n'
      << "date: " << or_mark(doc.date, "(unknown)") << '\n'
      << "language: " << doc.language << '\n';
  for (const Section& section : doc.sections) {
    out << "\n§ " << section.heading.value_or("(lede)") << '\n';
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
  config.input_format = InputFormatFlag(flags.input_format);
  config.language = LanguageFlag(flags.lang);
  if (!flags.boilerplate.empty()) config.extra_boilerplate = flags.boilerplate;
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
  auto flags = std::make_shared<SegmentFlags>();
  CLI::App* segment = app.add_subcommand(
      "segment",
      "Print an article's title, byline, date, sections, paragraphs and sentences exactly as "
      "render reads them.");
  segment->add_option("article", flags->input, "article file, http(s) URL, or - for standard input")
      ->required();
  segment->add_flag("--json", flags->json,
                    "print JSON: {title, byline, date, language, sections: [{heading, "
                    "paragraphs: [{language, sentences}]}]}");
  segment->add_option("--input-format", flags->input_format,
                      "read the article as txt, md or html (default: by extension, Content-Type "
                      "or content; txt for -)");
  segment->add_option("--lang", flags->lang,
                      "read the article in this language, e.g. ar or en (default: detected)");
  segment->add_option("--boilerplate", flags->boilerplate,
                      "extra boilerplate patterns (one regular expression per line) on top of " +
                          (VoicesDir() / "boilerplate.txt").string());
  segment->callback([flags, &run] { run = [flags] { return RunSegment(*flags); }; });
}

}  // namespace rawi::cli
