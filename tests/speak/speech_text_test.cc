#include "speak/speech_text.h"

#include <gtest/gtest.h>

#include "support/document_sentences.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::TempDir;

SpeechInput Blocks(std::vector<SpeechBlock> blocks, std::string language = "") {
  return SpeechInput{std::move(language), std::move(blocks)};
}

TEST(SpeechDocumentTest, OneSectionOneParagraphPerBlock) {
  const auto input = Blocks({{"وصل 25 مسافرا."}, {"Hello there."}, {"25"}});
  const Document doc = SpeechDocument(input, "stdin", "ar", "");
  EXPECT_EQ(doc.source, "stdin");
  EXPECT_EQ(doc.title.written, "");
  ASSERT_EQ(doc.sections.size(), 1u);
  EXPECT_FALSE(doc.sections[0].heading);
  const auto& paragraphs = doc.sections[0].paragraphs;
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[0].text, "وصل 25 مسافرا.");
  EXPECT_EQ(paragraphs[0].language, "ar");
  EXPECT_EQ(paragraphs[1].language, "en");
  EXPECT_EQ(paragraphs[2].language, "ar") << "digits alone: the fallback";
}

TEST(SpeechDocumentTest, LanguagesOfTextWithoutLetters) {
  EXPECT_EQ(SpeechDocument(Blocks({{"25"}}), "s", "en", "").language, "en");
  EXPECT_EQ(SpeechDocument(Blocks({{"25"}}, "ar"), "s", "en", "").language, "ar");
  EXPECT_EQ(SpeechDocument(Blocks({{"25"}}, "fr"), "s", "en", "").language, "en")
      << "a language rawi does not speak is no fallback";
  const Document forced = SpeechDocument(Blocks({{"مرحبا"}}), "s", "ar", "en");
  EXPECT_EQ(forced.language, "en");
  EXPECT_EQ(forced.sections[0].paragraphs[0].language, "en");
}

TEST(SpeechDocumentTest, NoBlocksNoParagraphs) {
  const Document doc = SpeechDocument(Blocks({}), "stdin", "ar", "");
  ASSERT_EQ(doc.sections.size(), 1u);
  EXPECT_TRUE(doc.sections[0].paragraphs.empty());
}

// Pauses 10 (sentence), 20 (paragraph), 99 (end): the reading of three blocks, the first of two
// sentences.
TEST(ApplyBlockPausesTest, TheBlocksPausesAndNoneAtTheEnd) {
  using Pause = SpeechBlock::Pause;
  const Pauses pauses{10, 20, 0, 0, 99};
  for (const auto& [last_pause, last_ms, expected_end] : std::vector<std::tuple<Pause, int, int>>{
           {Pause::kParagraph, 0, 0}, {Pause::kSentence, 0, 0}, {Pause::kTime, 700, 700}}) {
    const auto input =
        Blocks({{"a. b.", Pause::kSentence}, {"c", Pause::kTime, 300}, {"d", last_pause, last_ms}});
    Document doc = SpeechDocument(input, "s", "en", "");
    doc.sections[0].paragraphs[0].sentences = Sentences({"a.", "b."});
    doc.sections[0].paragraphs[1].sentences = Sentences({"c"});
    doc.sections[0].paragraphs[2].sentences = Sentences({"d"});
    Reading reading = ReadingOrder(doc, pauses);
    ApplyBlockPauses(input, doc, pauses, reading);
    std::vector<int> got;
    for (const auto& u : reading.utterances) got.push_back(u.pause_after_ms);
    EXPECT_EQ(got, (std::vector<int>{10, 10, 300, expected_end}));
  }
}

TEST(ApplyBlockPausesTest, ABlockWithNothingToSayGivesItsPauseToTheOneBefore) {
  using Pause = SpeechBlock::Pause;
  const Pauses pauses{10, 20, 0, 0, 99};
  const auto input =
      Blocks({{"a", Pause::kSentence}, {"...", Pause::kTime, 500}, {"b", Pause::kParagraph}});
  Document doc = SpeechDocument(input, "s", "en", "");
  doc.sections[0].paragraphs[0].sentences = Sentences({"a"});
  doc.sections[0].paragraphs[2].sentences = Sentences({"b"});
  Reading reading = ReadingOrder(doc, pauses);
  ApplyBlockPauses(input, doc, pauses, reading);
  ASSERT_EQ(reading.utterances.size(), 2u);
  EXPECT_EQ(reading.utterances[0].pause_after_ms, 500);
  EXPECT_EQ(reading.utterances[1].pause_after_ms, 0);
}

TEST(LoadSpeechInputTest, ReadsAFileAsSsmlOrText) {
  TempDir dir;
  const auto ssml = dir.Write("a.ssml", "<speak>وصل &amp; غادر</speak>");
  EXPECT_EQ(LoadSpeechInput(ssml, 1000).blocks.at(0).text, "وصل & غادر");
  const auto text = dir.Write("a.txt", "\xEF\xBB\xBFسطر\n");  // a UTF-8 byte order mark
  EXPECT_EQ(LoadSpeechInput(text, 1000).blocks.at(0).text, "سطر");
}

TEST(LoadSpeechInputTest, DropsACharacterCutInTwoAtEitherEnd) {
  TempDir dir;
  const std::string word = "طرابلس";  // 2 bytes a letter
  const auto cut = dir.Write("cut.txt", word.substr(1) + " و " + word.substr(0, word.size() - 1));
  EXPECT_EQ(LoadSpeechInput(cut, 1000).blocks.at(0).text, "رابلس و طرابل");
}

TEST(LoadSpeechInputTest, ErrorsNameTheInput) {
  TempDir dir;
  try {
    LoadSpeechInput(dir / "none.txt", 1000);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), (dir / "none.txt").string() + ": no such file");
  }
  const auto bad = dir.Write("bad.txt", "abc \xFF\xFE\xFD def \xC3 ghi");
  try {
    LoadSpeechInput(bad, 1000);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), bad.string() + ": invalid UTF-8 at byte 4");
  }
}

}  // namespace
}  // namespace rawi
