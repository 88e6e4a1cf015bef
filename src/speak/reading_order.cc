#include "speak/reading_order.h"

namespace rawi {

Reading ReadingOrder(const Document& doc, const Pauses& pauses) {
  Reading reading;
  auto& order = reading.utterances;
  auto say = [&order](Utterance::Kind kind, const std::string& text, const std::string& spoken,
                      size_t section) {
    order.push_back({kind, text, spoken, section, 0});
  };
  // Narrate writes each pause after something was said; it belongs to that utterance.
  auto pause = [&order](int ms) {
    if (!order.empty()) order.back().pause_after_ms += ms;
  };

  // The same walk as Narrate's, so that the pauses add up to the same silence.
  bool spoken = false;  // whether a heading now needs the pause before it
  if (!doc.title.written.empty()) {
    const std::optional<std::string>& said = doc.title.spoken;
    say(Utterance::Kind::kTitle, doc.title.written,
        said && !said->empty() ? *said : doc.title.written, 0);
    pause(pauses.after_heading_ms);
    spoken = true;
  }
  for (size_t k = 0; k < doc.sections.size(); ++k) {
    const Section& section = doc.sections[k];
    reading.section_names.push_back(section.heading ? section.heading->written : doc.title.written);
    if (section.heading) {
      if (spoken) pause(pauses.before_heading_ms);
      say(Utterance::Kind::kHeading, section.heading->written,
          section.heading->spoken.value_or(section.heading->written), k);
      pause(pauses.after_heading_ms);
      spoken = true;
    }
    bool first_paragraph = true;
    for (const Paragraph& paragraph : section.paragraphs) {
      if (paragraph.sentences.empty()) continue;
      if (!first_paragraph) pause(pauses.paragraph_ms);
      first_paragraph = false;
      for (size_t i = 0; i < paragraph.sentences.size(); ++i) {
        if (i > 0) pause(pauses.sentence_ms);
        const Sentence& sentence = paragraph.sentences[i];
        say(Utterance::Kind::kSentence, sentence.written,
            sentence.spoken.value_or(sentence.written), k);
      }
      spoken = true;
    }
  }
  pause(pauses.end_ms);
  return reading;
}

size_t SectionStart(const Reading& reading, size_t section) {
  const auto& order = reading.utterances;
  for (size_t i = 0; i < order.size(); ++i) {
    if (order[i].section >= section) return i;
  }
  return order.size();
}

std::optional<size_t> NextSection(const Reading& reading, size_t at) {
  const auto& order = reading.utterances;
  if (at >= order.size()) return std::nullopt;
  for (size_t i = at + 1; i < order.size(); ++i) {
    if (order[i].section != order[at].section) return i;
  }
  return std::nullopt;
}

std::optional<size_t> PreviousSection(const Reading& reading, size_t at) {
  const auto& order = reading.utterances;
  if (at >= order.size()) return std::nullopt;
  size_t start = at;
  while (start > 0 && order[start - 1].section == order[at].section) --start;
  if (start < at) return start;
  if (start == 0) return std::nullopt;
  // `at` opens its section: go to the start of the one before.
  size_t before = start - 1;
  while (before > 0 && order[before - 1].section == order[start - 1].section) --before;
  return before;
}

}  // namespace rawi
