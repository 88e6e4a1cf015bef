#include "render/timings_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace rawi {
namespace {

using Json = nlohmann::ordered_json;

double Seconds(uint64_t samples, int rate) { return TimingSeconds(samples, rate); }

}  // namespace

double TimingSeconds(uint64_t samples, int sample_rate) {
  return std::round(static_cast<double>(samples) / sample_rate * 1e6) / 1e6;
}

std::string TimingsToJson(const Timings& timings, const std::string& audio_path) {
  const int rate = timings.sample_rate;
  Json sections = Json::array();
  for (const SectionTiming& section : timings.sections) {
    Json paragraphs = Json::array();
    for (const ParagraphTiming& paragraph : section.paragraphs) {
      Json sentences = Json::array();
      for (const SentenceTiming& sentence : paragraph.sentences) {
        Json words = Json::array();
        for (const WordTiming& word : sentence.words) {
          words.push_back({{"text", word.text},
                           {"start", Seconds(word.start, rate)},
                           {"end", Seconds(word.end, rate)}});
        }
        sentences.push_back({{"text", sentence.text},
                             {"start", Seconds(sentence.start, rate)},
                             {"end", Seconds(sentence.end, rate)},
                             {"words", std::move(words)}});
      }
      paragraphs.push_back({{"start", Seconds(paragraph.start, rate)},
                            {"end", Seconds(paragraph.end, rate)},
                            {"sentences", std::move(sentences)}});
    }
    Json entry;
    entry["heading"] = section.heading ? Json(*section.heading) : Json(nullptr);
    entry["start"] = Seconds(section.start, rate);
    entry["end"] = Seconds(section.end, rate);
    entry["paragraphs"] = std::move(paragraphs);
    sections.push_back(std::move(entry));
  }
  Json root;
  root["audio"] = audio_path;
  root["duration"] = Seconds(timings.total_samples, rate);
  root["sections"] = std::move(sections);
  return root.dump(2, ' ', /*ensure_ascii=*/false) + "\n";
}

}  // namespace rawi
