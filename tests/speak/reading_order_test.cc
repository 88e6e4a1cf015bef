#include "speak/reading_order.h"

#include <gtest/gtest.h>

#include "render/narrator.h"
#include "support/document_sentences.h"
#include "support/fake_synthesizer.h"
#include "support/speak_document.h"

namespace rawi {
namespace {

using testing::FakeSynthesizer;
using testing::SpeakTestDocument;
using testing::SpeakTestVoice;
using Kind = Utterance::Kind;

TEST(ReadingOrderTest, TitleHeadingsAndSentencesInOrderWithTheirSections) {
  const Reading reading = ReadingOrder(SpeakTestDocument(), SpeakTestVoice().pauses);
  const std::vector<std::tuple<Kind, std::string, size_t, int>> expected = {
      {Kind::kTitle, "The title", 0, 50},
      {Kind::kSentence, "One two three four.", 0, 100},
      {Kind::kSentence, "Five six seven.", 0, 200},
      {Kind::kSentence, "Eight.", 0, 300},
      {Kind::kHeading, "Part two", 1, 50},
      {Kind::kSentence, "Nine ten eleven twelve.", 1, 300},
      {Kind::kHeading, "Final part", 2, 50},
      {Kind::kSentence, "Thirteen fourteen.", 2, 70},
  };
  ASSERT_EQ(reading.utterances.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    const Utterance& u = reading.utterances[i];
    EXPECT_EQ(u.kind, std::get<0>(expected[i])) << i;
    EXPECT_EQ(u.text, std::get<1>(expected[i])) << i;
    EXPECT_EQ(u.spoken, std::get<1>(expected[i])) << i;  // nothing normalized
    EXPECT_EQ(u.section, std::get<2>(expected[i])) << i;
    EXPECT_EQ(u.pause_after_ms, std::get<3>(expected[i])) << i;
  }
  EXPECT_EQ(reading.section_names,
            (std::vector<std::string>{"The title", "Part two", "Final part"}));
}

TEST(ReadingOrderTest, SpeaksTheNormalizedFormsAndShowsTheWrittenOnes) {
  Document doc = SpeakTestDocument();
  doc.title.spoken = "the title spoken";
  doc.sections[1].heading->spoken = "part 2 spoken";
  doc.sections[1].paragraphs[0].sentences[0].spoken = "nine to twelve spoken";
  const Reading reading = ReadingOrder(doc, SpeakTestVoice().pauses);
  EXPECT_EQ(reading.utterances[0].spoken, "the title spoken");
  EXPECT_EQ(reading.utterances[0].text, "The title");
  EXPECT_EQ(reading.utterances[1].spoken, "One two three four.");
  EXPECT_EQ(reading.utterances[4].spoken, "part 2 spoken");
  EXPECT_EQ(reading.utterances[4].text, "Part two");
  EXPECT_EQ(reading.utterances[5].spoken, "nine to twelve spoken");
}

// Read straight through, speech plus pauses is exactly as long as render's narration.
TEST(ReadingOrderTest, AddsUpToWhatNarrateWrites) {
  Document doc = SpeakTestDocument();
  doc.sections[0].heading = Heading("Opening");  // title, then a heading: both pauses between them
  doc.sections[1].paragraphs.push_back({});      // an empty paragraph makes no pause
  doc.sections.push_back(Section{});             // nor does an empty section at the end
  const VoiceProfile voice = SpeakTestVoice();
  class Discard : public AudioSink {
   public:
    void Write(std::span<const int16_t>) override {}
    void Finish() override {}
  } sink;
  FakeSynthesizer synth;
  const Timings timings = Narrate(doc, voice, synth, sink);

  const Reading reading = ReadingOrder(doc, voice.pauses);
  uint64_t total = 0;
  for (const Utterance& u : reading.utterances) {
    total += CodePointCount(u.spoken) * FakeSynthesizer::kSamplesPerChar +
             static_cast<uint64_t>(u.pause_after_ms) * FakeSynthesizer::kRate / 1000;
  }
  EXPECT_EQ(total, timings.total_samples);
  EXPECT_EQ(reading.utterances[1].kind, Kind::kHeading);
  EXPECT_EQ(reading.utterances[0].pause_after_ms, 50 + 300);
  EXPECT_EQ(reading.section_names[0], "Opening");
  EXPECT_EQ(reading.section_names[3], "The title");
}

TEST(ReadingOrderTest, AnArticleWithoutTitleOrLede) {
  Document doc = SpeakTestDocument();
  doc.title = Sentence();
  doc.sections.erase(doc.sections.begin());
  const Reading reading = ReadingOrder(doc, SpeakTestVoice().pauses);
  ASSERT_EQ(reading.utterances.size(), 4u);
  EXPECT_EQ(reading.utterances[0].text, "Part two");
  EXPECT_EQ(reading.utterances[0].section, 0u);
  EXPECT_EQ(reading.utterances[1].pause_after_ms, 300);
  EXPECT_EQ(reading.utterances[3].pause_after_ms, 70);
}

TEST(ReadingOrderTest, SectionStartSkipsSectionsWithNothingToSay) {
  Document doc = SpeakTestDocument();
  doc.sections.insert(doc.sections.begin() + 1, Section{});  // section 1: empty, no heading
  const Reading reading = ReadingOrder(doc, SpeakTestVoice().pauses);
  EXPECT_EQ(SectionStart(reading, 0), 0u);  // the title
  EXPECT_EQ(SectionStart(reading, 1), 4u);  // empty: the next one's heading
  EXPECT_EQ(SectionStart(reading, 2), 4u);
  EXPECT_EQ(SectionStart(reading, 3), 6u);
  EXPECT_EQ(SectionStart(reading, 4), 8u);  // none
}

TEST(ReadingOrderTest, NextSectionGoesToTheNextHeading) {
  const Reading reading = ReadingOrder(SpeakTestDocument(), SpeakTestVoice().pauses);
  EXPECT_EQ(NextSection(reading, 0), 4u);
  EXPECT_EQ(NextSection(reading, 2), 4u);
  EXPECT_EQ(NextSection(reading, 4), 6u);
  EXPECT_EQ(NextSection(reading, 5), 6u);
  EXPECT_EQ(NextSection(reading, 6), std::nullopt);
  EXPECT_EQ(NextSection(reading, 7), std::nullopt);
  EXPECT_EQ(NextSection(reading, 8), std::nullopt);
}

TEST(ReadingOrderTest, PreviousSectionGoesToThisHeadingThenTheOneBefore) {
  const Reading reading = ReadingOrder(SpeakTestDocument(), SpeakTestVoice().pauses);
  EXPECT_EQ(PreviousSection(reading, 7), 6u);  // inside the last section: its heading
  EXPECT_EQ(PreviousSection(reading, 6), 4u);  // at its heading: the section before
  EXPECT_EQ(PreviousSection(reading, 5), 4u);
  EXPECT_EQ(PreviousSection(reading, 4), 0u);  // the lede starts with the title
  EXPECT_EQ(PreviousSection(reading, 3), 0u);
  EXPECT_EQ(PreviousSection(reading, 0), std::nullopt);
}

}  // namespace
}  // namespace rawi
