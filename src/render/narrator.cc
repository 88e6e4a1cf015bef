#include "render/narrator.h"

#include "render/word_timings.h"

namespace rawi {
namespace {

class Narration {
 public:
  Narration(const VoiceProfile& voice, Synthesizer& synth, AudioSink& sink)
      : voice_(voice), synth_(synth), sink_(sink) {}

  // Speaks `text`; returns where its speech starts and ends. Appends its word marks to `words`
  // when given.
  std::pair<uint64_t, uint64_t> Say(const std::string& text,
                                    std::vector<WordMark>* words = nullptr) {
    const uint64_t start = position_;
    position_ += synth_.Speak(
        text, [this](std::span<const int16_t> samples) { sink_.Write(samples); }, words);
    return {start, position_};
  }

  void Pause(int ms) {
    const uint64_t count = static_cast<uint64_t>(ms) * synth_.sample_rate() / 1000;
    sink_.WriteSilence(count);
    position_ += count;
  }

  uint64_t position() const { return position_; }
  const Pauses& pauses() const { return voice_.pauses; }

 private:
  const VoiceProfile& voice_;
  Synthesizer& synth_;
  AudioSink& sink_;
  uint64_t position_ = 0;
};

}  // namespace

Timings Narrate(const Document& doc, const VoiceProfile& voice, Synthesizer& synth,
                AudioSink& sink) {
  Narration narration(voice, synth, sink);
  const Pauses& pauses = narration.pauses();
  Timings timings;
  timings.sample_rate = synth.sample_rate();

  bool spoken = false;  // whether a heading now needs the pause before it
  if (!doc.title.written.empty()) {
    const std::optional<std::string>& said = doc.title.spoken;
    narration.Say(said && !said->empty() ? *said : doc.title.written);
    narration.Pause(pauses.after_heading_ms);
    spoken = true;
  }
  for (const Section& section : doc.sections) {
    SectionTiming section_timing;
    if (section.heading) {
      section_timing.heading = section.heading->written;
      if (spoken) narration.Pause(pauses.before_heading_ms);
      section_timing.start =
          narration.Say(section.heading->spoken.value_or(section.heading->written)).first;
      narration.Pause(pauses.after_heading_ms);
      spoken = true;
    } else {
      section_timing.start = timings.sections.empty() ? 0 : narration.position();
    }
    for (const Paragraph& paragraph : section.paragraphs) {
      if (paragraph.sentences.empty()) continue;
      if (!section_timing.paragraphs.empty()) narration.Pause(pauses.paragraph_ms);
      ParagraphTiming paragraph_timing;
      for (size_t i = 0; i < paragraph.sentences.size(); ++i) {
        if (i > 0) narration.Pause(pauses.sentence_ms);
        // Spoken form to the synthesizer, written text to the timings (captions show it).
        const Sentence& sentence = paragraph.sentences[i];
        const std::string& said = sentence.spoken ? *sentence.spoken : sentence.written;
        std::vector<WordMark> marks;
        auto [start, end] = narration.Say(said, &marks);
        paragraph_timing.sentences.push_back(
            {sentence.written, start, end, AlignWords(sentence.written, said, marks, start, end)});
      }
      paragraph_timing.start = paragraph_timing.sentences.front().start;
      paragraph_timing.end = paragraph_timing.sentences.back().end;
      section_timing.paragraphs.push_back(std::move(paragraph_timing));
      spoken = true;
    }
    section_timing.end = narration.position();
    timings.sections.push_back(std::move(section_timing));
  }
  narration.Pause(pauses.end_ms);
  timings.total_samples = narration.position();
  return timings;
}

}  // namespace rawi
