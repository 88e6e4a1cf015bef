// `rawi speak` as a library: an article read aloud now, through the sound server (or as a WAV
// stream on stdout), steered from the keyboard when there is one.
#pragma once

#include <cstddef>
#include <filesystem>

#include "document/document.h"
#include "render/render_job.h"
#include "speak/reading_order.h"
#include "synth/synthesizer.h"
#include "synth/voice_profile.h"

namespace rawi {

struct SpeakConfig {
  // Reading, normalizing, vocalizing, voice and rate exactly as `rawi render` has them (its
  // audio format and length limit do not apply).
  RenderConfig render;
  size_t from_section = 1;     // --from-section: 1-based, 1 is the lede (or the first section)
  bool wav_to_stdout = false;  // -o -: the WAV stream `rawi render -o -` writes, not played
};

struct SpeechPlan {
  Reading reading;
  VoiceProfile voice;
  size_t start = 0;  // the first utterance to read
};

// What to say for a prepared Document, in which voice, from where. Throws a UsageError
// "--from-section K: SOURCE has N sections" when the article has no section K.
SpeechPlan PlanSpeech(const Document& doc, const SpeakConfig& config);

// Prepares `input` (a file, "-" or an http(s) URL: render/render_job.h) and reads it aloud from
// config.from_section to the end. When standard input is a terminal and the article is not "-"
// (and the audio is played), keys steer the reading and a status line on stderr (when it is a
// terminal too) shows where it is (speak/terminal.h); otherwise it reads straight through and
// writes nothing but errors. Throws what Prepare throws, PlanSpeech's usage error, and the
// bad-input Error "no sound output: REASON" (speak/pulse_output.h) when nothing can play.
void SpeakArticle(Synthesizer& synth, const std::filesystem::path& input,
                  const SpeakConfig& config);

}  // namespace rawi
