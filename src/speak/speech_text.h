// A screen reader's text (speak/ssml_reader.h) as what `rawi speak` reads: one Document section
// without a heading, one paragraph per block, spoken in the blocks' order with the blocks'
// pauses between them and no silence after the last one unless a <break> asks for it, so that
// the next thing the screen reader says is not held back.
#pragma once

#include <filesystem>
#include <string>

#include "document/document.h"
#include "speak/reading_order.h"
#include "speak/ssml_reader.h"
#include "synth/voice_profile.h"

namespace rawi {

// Reads `input` ("-" for standard input, or a file) as text: UTF-8, or any encoding
// read/encoding.h recognizes; at most `max_bytes`. A character cut in two at either end (Speech
// Dispatcher splits long messages by bytes) is dropped. Throws a FileError naming it ("stdin").
SpeechInput LoadSpeechInput(const std::filesystem::path& input, size_t max_bytes);

// The Document for `input`, before segmenting. Each paragraph's language is its script's; text
// without letters (digits) is in <speak xml:lang> when that is a language rawi speaks ("ar" or
// "en"), else in `fallback`. A non-empty `language` (--lang) is the language of all of it.
Document SpeechDocument(const SpeechInput& input, const std::string& source,
                        const std::string& fallback, const std::string& language);

// Sets the pause after the last sentence of each block (`doc` is SpeechDocument's, prepared;
// `reading` its ReadingOrder): the block's pause, and after the last block none but a break's.
void ApplyBlockPauses(const SpeechInput& input, const Document& doc, const Pauses& pauses,
                      Reading& reading);

}  // namespace rawi
