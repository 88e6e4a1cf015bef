// What a screen reader hands `rawi speak --ssml`, through Speech Dispatcher: SSML, or plain text.
//
// The input is SSML when its first tag (after white space, an XML declaration and comments) is
// <speak>; anything else is plain text, taken as it is (no entity or tag is interpreted in it).
// Plain text: every non-blank line is a block, and a paragraph's pause follows it.
// SSML, read leniently (a screen reader must never fall silent over bad markup):
//  - <p>, </p>, <paragraph> start a new block after a paragraph's pause; <s>, <sentence> after a
//    sentence's; <break time="500ms|1.5s"/> after that long (at most 10 s), or by strength:
//    none 0, x-weak 100, weak 200, medium (the default) 400, strong 800, x-strong 1200 ms;
//    a break replaces the paragraph or sentence pause it meets, and breaks in a row add up;
//  - <sub alias="…">…</sub> says the alias instead of its content; <desc> is not said;
//  - <speak xml:lang="ar-LY"> gives the language (its primary subtag);
//  - every other element (<mark>, <prosody>, <say-as>, <voice>, <emphasis>, <audio>, unknown
//    ones) is dropped and its content said; comments, <?…?> and <!…> are dropped; CDATA is text;
//  - &amp; &lt; &gt; &quot; &apos; and &#N; &#xH; are the characters they name; any other '&'
//    is itself; a '<' that does not open a tag (not followed by a letter, '/', '!' or '?', or
//    never closed by '>') is itself, as is everything after an unclosed one.
// White space inside a block collapses to single spaces (text/whitespace.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rawi {

struct SpeechBlock {
  enum class Pause { kSentence, kParagraph, kTime };
  std::string text;  // never empty
  // The silence after this block: the voice profile's sentence or paragraph pause, or pause_ms.
  Pause pause = Pause::kParagraph;
  int pause_ms = 0;
};

struct SpeechInput {
  std::string language;             // from <speak xml:lang>, lowercased primary subtag; "" if none
  std::vector<SpeechBlock> blocks;  // in order; a break before the first block is dropped
};

// Whether `text` is SSML by the rule above.
bool LooksLikeSsml(std::string_view text);

// Reads `text` (valid UTF-8) as SSML or plain text. Never throws for bad markup.
SpeechInput ReadSpeechInput(std::string_view text);

}  // namespace rawi
