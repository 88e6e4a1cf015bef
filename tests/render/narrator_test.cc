#include "render/narrator.h"

#include <gtest/gtest.h>

#include "support/document_sentences.h"
#include "support/fake_synthesizer.h"

namespace rawi {
namespace {

using testing::FakeSynthesizer;

// Records every sample so positions can be checked against what was written.
class MemorySink : public AudioSink {
 public:
  void Write(std::span<const int16_t> samples) override {
    data.insert(data.end(), samples.begin(), samples.end());
  }
  void Finish() override { finished = true; }
  std::vector<int16_t> data;
  bool finished = false;
};

VoiceProfile Voice() {
  VoiceProfile voice;
  voice.pauses = Pauses{100, 200, 300, 50, 70};  // ms; at 1000 Hz also samples
  return voice;
}

constexpr uint64_t kChar = FakeSynthesizer::kSamplesPerChar;

Paragraph Para(std::vector<std::string> sentences) {
  Paragraph paragraph;
  paragraph.sentences = Sentences(sentences);
  return paragraph;
}

Section Sect(std::optional<std::string> heading, std::vector<Paragraph> paragraphs) {
  Section section;
  section.heading = Heading(std::move(heading));
  section.paragraphs = std::move(paragraphs);
  return section;
}

TEST(NarrateTest, PositionsAndPausesAreExact) {
  Document doc;
  doc.sections.push_back(Sect(std::nullopt, {Para({"ab", "c"}), Para({"de"})}));
  doc.sections.push_back(Sect("xyz", {Para({"f"})}));
  FakeSynthesizer synth;
  MemorySink sink;
  const Timings t = Narrate(doc, Voice(), synth, sink);

  EXPECT_EQ(synth.spoken, (std::vector<std::string>{"ab", "c", "de", "xyz", "f"}));
  EXPECT_FALSE(sink.finished);
  EXPECT_EQ(t.sample_rate, FakeSynthesizer::kRate);
  ASSERT_EQ(t.sections.size(), 2u);
  const auto& lede = t.sections[0];
  EXPECT_EQ(lede.heading, std::nullopt);
  EXPECT_EQ(lede.start, 0u);
  ASSERT_EQ(lede.paragraphs.size(), 2u);
  EXPECT_EQ(lede.paragraphs[0].sentences[0].start, 0u);
  EXPECT_EQ(lede.paragraphs[0].sentences[0].end, 2 * kChar);
  EXPECT_EQ(lede.paragraphs[0].sentences[1].start, 2 * kChar + 100);  // sentence pause
  EXPECT_EQ(lede.paragraphs[0].end, 3 * kChar + 100);
  EXPECT_EQ(lede.paragraphs[1].start, 3 * kChar + 100 + 200);  // paragraph pause
  EXPECT_EQ(lede.end, 5 * kChar + 300);

  const auto& second = t.sections[1];
  EXPECT_EQ(second.heading, "xyz");
  EXPECT_EQ(second.start, lede.end + 300);                               // before-heading pause
  EXPECT_EQ(second.paragraphs[0].start, second.start + 3 * kChar + 50);  // after-heading pause
  EXPECT_EQ(second.end, second.paragraphs[0].end);
  EXPECT_EQ(t.total_samples, second.end + 70);  // end pause
  EXPECT_EQ(sink.data.size(), t.total_samples);
}

TEST(NarrateTest, SpeechAndSilenceLandWhereTimingsSay) {
  Document doc;
  doc.sections.push_back(Sect(std::nullopt, {Para({"one", "two"})}));
  doc.sections.push_back(Sect("head", {Para({"three"})}));
  FakeSynthesizer synth;
  MemorySink sink;
  const Timings t = Narrate(doc, Voice(), synth, sink);
  for (const auto& section : t.sections) {
    EXPECT_EQ(sink.data[section.start], FakeSynthesizer::kLevel);
    EXPECT_EQ(sink.data[section.start - (section.start > 0 ? 1 : 0)],
              section.start > 0 ? 0 : FakeSynthesizer::kLevel);
    for (const auto& paragraph : section.paragraphs) {
      for (const auto& sentence : paragraph.sentences) {
        EXPECT_EQ(sink.data[sentence.start], FakeSynthesizer::kLevel);
        EXPECT_EQ(sink.data[sentence.end - 1], FakeSynthesizer::kLevel);
        EXPECT_EQ(sink.data[sentence.end], 0);
      }
    }
  }
}

TEST(NarrateTest, SpeaksSpokenFormsAndTimesTheWrittenText) {
  Document doc;
  doc.title.written = "T1";
  doc.title.spoken = "Title one";
  Section section;
  section.heading = Heading("H2");
  section.heading->spoken = "Heading two";
  Paragraph paragraph;
  paragraph.sentences = {{"3 cars.", "three cars."}};
  section.paragraphs = {paragraph};
  doc.sections = {section};
  FakeSynthesizer synth;
  MemorySink sink;
  const Timings t = Narrate(doc, Voice(), synth, sink);
  EXPECT_EQ(synth.spoken, (std::vector<std::string>{"Title one", "Heading two", "three cars."}));
  EXPECT_EQ(t.sections[0].heading, "H2");
  EXPECT_EQ(t.sections[0].paragraphs[0].sentences[0].text, "3 cars.");
  const auto& sentence = t.sections[0].paragraphs[0].sentences[0];
  EXPECT_EQ(sentence.end - sentence.start, 11 * kChar);  // the spoken form's length
  // Written words timed from the spoken words' marks: "3" is "three" (0..6), "cars." at 6.
  ASSERT_EQ(sentence.words.size(), 2u);
  EXPECT_EQ(sentence.words[0].text, "3");
  EXPECT_EQ(sentence.words[0].start, sentence.start);
  EXPECT_EQ(sentence.words[0].end, sentence.start + 6 * kChar);
  EXPECT_EQ(sentence.words[1].text, "cars.");
  EXPECT_EQ(sentence.words[1].start, sentence.start + 6 * kChar);
  EXPECT_EQ(sentence.words[1].end, sentence.end);
}

TEST(NarrateTest, TitleIsSpokenFirstInsideTheLede) {
  Document doc;
  doc.title.written = "Title";
  doc.sections.push_back(Sect(std::nullopt, {Para({"body"})}));
  FakeSynthesizer synth;
  MemorySink sink;
  const Timings t = Narrate(doc, Voice(), synth, sink);
  EXPECT_EQ(synth.spoken.front(), "Title");
  EXPECT_EQ(t.sections[0].start, 0u);
  EXPECT_EQ(t.sections[0].paragraphs[0].start, 5 * kChar + 50);
}

TEST(NarrateTest, ArticleOpeningWithHeadingHasNoLeadingPause) {
  Document doc;
  doc.sections.push_back(Sect("head", {Para({"body"})}));
  FakeSynthesizer synth;
  MemorySink sink;
  const Timings t = Narrate(doc, Voice(), synth, sink);
  EXPECT_EQ(t.sections[0].start, 0u);
}

TEST(NarrateTest, ParagraphsWithoutSentencesAreSkipped) {
  Document doc;
  doc.sections.push_back(Sect(std::nullopt, {Para({}), Para({"x"})}));
  FakeSynthesizer synth;
  MemorySink sink;
  const Timings t = Narrate(doc, Voice(), synth, sink);
  ASSERT_EQ(t.sections[0].paragraphs.size(), 1u);
  EXPECT_EQ(t.sections[0].paragraphs[0].start, 0u);
}

}  // namespace
}  // namespace rawi
