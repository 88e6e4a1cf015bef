// An EpisodeRenderer for tests of the publisher: no text stages and no eSpeak NG, so an episode
// renders and encodes in milliseconds. An article's first line is its title and every other
// non-empty line a paragraph of one sentence in the lede (English, dated kDate); the title and
// each sentence are "spoken" as kSamplesPerItem samples of a tone at kRate, into a real WAV file.
// An article whose first line starts with "FAIL" fails as an unreadable one does.
#pragma once

#include <cmath>
#include <cstdint>
#include <fstream>
#include <memory>
#include <numbers>
#include <string>
#include <vector>

#include "audio/sndfile_sink.h"
#include "publish/episode_renderer.h"
#include "support/document_sentences.h"
#include "util/error.h"

namespace rawi::testing {

class FakeEpisodeRenderer : public EpisodeRenderer {
 public:
  static constexpr int kRate = 16000;
  static constexpr uint64_t kSamplesPerItem = 8000;  // half a second
  static constexpr const char* kDate = "2024-03-17";

  Document Prepare(const std::filesystem::path& input) override {
    std::ifstream in(input);
    if (!in) throw FileError(input.string(), "cannot read the article");
    Document doc;
    doc.source = input.string();
    doc.language = "en";
    doc.date = kDate;
    doc.sections.emplace_back();
    std::string line;
    if (std::getline(in, line) && line.starts_with("FAIL")) {
      throw FileError(input.string(), "the fake renderer fails on purpose");
    }
    doc.title.written = line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      Paragraph paragraph;
      paragraph.text = line;
      paragraph.sentences = {{line, line}};
      paragraph.language = "en";
      doc.sections[0].paragraphs.push_back(paragraph);
    }
    return doc;
  }

  Timings Render(const Document& doc, const std::filesystem::path& wav) override {
    Timings timings;
    timings.sample_rate = kRate;
    SectionTiming section;
    uint64_t at = doc.title.written.empty() ? 0 : kSamplesPerItem;
    for (const Paragraph& paragraph : doc.sections[0].paragraphs) {
      ParagraphTiming spoken{at, at, {}};
      for (const Sentence& sentence : paragraph.sentences) {
        spoken.sentences.push_back({sentence.written, at, at + kSamplesPerItem, {}});
        at += kSamplesPerItem;
      }
      spoken.end = at;
      section.paragraphs.push_back(spoken);
    }
    section.end = at;
    timings.sections.push_back(section);
    timings.total_samples = at;

    std::vector<int16_t> samples(at);
    for (size_t i = 0; i < samples.size(); ++i) {
      samples[i] = static_cast<int16_t>(8000 * std::sin(2 * std::numbers::pi * 440 * i / kRate));
    }
    SndfileSinkConfig config;
    config.sample_rate = kRate;
    SndfileSink sink(wav, config);
    sink.Write(samples);
    sink.Finish();
    return timings;
  }
};

inline std::unique_ptr<EpisodeRenderer> MakeFakeEpisodeRenderer(const RenderConfig&) {
  return std::make_unique<FakeEpisodeRenderer>();
}

}  // namespace rawi::testing
