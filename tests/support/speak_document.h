// The article the speak tests read: a title, a lede of two paragraphs and two headed sections,
// every utterance of a different length (so that the fake synthesizer's speech tells them
// apart by length alone), with the pauses below (at the fake's 1000 Hz, ms are samples).
#pragma once

#include <string>
#include <vector>

#include "document/document.h"
#include "support/document_sentences.h"
#include "synth/voice_profile.h"

namespace rawi::testing {

inline Document SpeakTestDocument() {
  auto paragraph = [](std::vector<std::string> sentences) {
    Paragraph p;
    for (std::string& text : sentences) p.sentences.push_back({std::move(text), std::nullopt});
    return p;
  };
  Document doc;
  doc.source = "test.txt";
  doc.language = "en";
  doc.title.written = "The title";  // 9 code points: 90 samples
  Section lede;
  lede.paragraphs = {paragraph({"One two three four.", "Five six seven."}),  // 190, 150
                     paragraph({"Eight."})};                                 // 60
  Section second;
  second.heading = Heading("Part two");                          // 80
  second.paragraphs = {paragraph({"Nine ten eleven twelve."})};  // 230
  Section third;
  third.heading = Heading("Final part");                   // 100
  third.paragraphs = {paragraph({"Thirteen fourteen."})};  // 180
  doc.sections = {lede, second, third};
  return doc;
}

inline VoiceProfile SpeakTestVoice() {
  VoiceProfile voice;
  voice.rate_wpm = 150;
  voice.pauses = Pauses{100, 200, 300, 50, 70};  // sentence, paragraph, before/after heading, end
  return voice;
}

}  // namespace rawi::testing
