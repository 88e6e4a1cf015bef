#include "speak/speech_text.h"

#include <algorithm>

#include "read/article_reader.h"
#include "read/encoding.h"
#include "read/paragraph_language.h"
#include "text/utf8.h"

namespace rawi {
namespace {

int PauseMs(const SpeechBlock& block, const Pauses& pauses) {
  switch (block.pause) {
    case SpeechBlock::Pause::kSentence:
      return pauses.sentence_ms;
    case SpeechBlock::Pause::kParagraph:
      return pauses.paragraph_ms;
    case SpeechBlock::Pause::kTime:
      return block.pause_ms;
  }
  return 0;
}

// Speech Dispatcher's generic module cuts a long message into pieces of GenericMaxChunkLength
// bytes, possibly inside a character: the broken character at either end of a piece is dropped,
// when what is left is UTF-8 (a legacy encoding is left whole for DecodeArticle).
std::string_view WithoutBrokenEnds(std::string_view bytes) {
  std::string_view trimmed = bytes;
  auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  for (int n = 0; n < 3 && !trimmed.empty() && continuation(trimmed.front()); ++n) {
    trimmed.remove_prefix(1);
  }
  for (size_t back = 1; back <= 3 && back <= trimmed.size(); ++back) {
    const auto c = static_cast<unsigned char>(trimmed[trimmed.size() - back]);
    if ((c & 0xC0) == 0x80) continue;
    const size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (length > back) trimmed.remove_suffix(back);
    break;
  }
  return FindInvalidUtf8(trimmed) ? bytes : trimmed;
}

}  // namespace

SpeechInput LoadSpeechInput(const std::filesystem::path& input, size_t max_bytes) {
  const std::string name = input.string();
  const std::string source = name == kStdinArticle ? "stdin" : name;
  const std::string bytes = LoadArticleBytes(name, max_bytes);
  return ReadSpeechInput(DecodeArticle(WithoutBrokenEnds(bytes), "", source, /*markup=*/true));
}

Document SpeechDocument(const SpeechInput& input, const std::string& source,
                        const std::string& fallback, const std::string& language) {
  Document doc;
  doc.source = source;
  Section& section = doc.sections.emplace_back();
  for (const SpeechBlock& block : input.blocks) section.paragraphs.emplace_back().text = block.text;
  const bool spoken = input.language == "ar" || input.language == "en";
  const std::string without_letters = spoken ? input.language : fallback;
  FillParagraphLanguages(doc, without_letters);
  doc.language = MajorityLanguage(doc, without_letters);
  if (!language.empty()) OverrideLanguage(doc, language);
  return doc;
}

void ApplyBlockPauses(const SpeechInput& input, const Document& doc, const Pauses& pauses,
                      Reading& reading) {
  auto& order = reading.utterances;
  const auto& paragraphs = doc.sections.at(0).paragraphs;
  size_t said = 0;  // utterances up to the end of this paragraph
  for (size_t i = 0; i < paragraphs.size() && i < input.blocks.size(); ++i) {
    said += paragraphs[i].sentences.size();
    if (said == 0) continue;
    const SpeechBlock& block = input.blocks[i];
    const bool last = i + 1 == input.blocks.size();
    const int ms = last && block.pause != SpeechBlock::Pause::kTime ? 0 : PauseMs(block, pauses);
    // A block with nothing to say (punctuation alone) leaves its pause to the one before.
    order.at(said - 1).pause_after_ms =
        paragraphs[i].sentences.empty() ? std::max(order[said - 1].pause_after_ms, ms) : ms;
  }
}

}  // namespace rawi
