// `rawi speak` as a library: an article read aloud now, through the sound server (or as a WAV
// stream on stdout), steered from the keyboard when there is one.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>

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
  // --ssml: the input is a screen reader's SSML or plain text (speak/speech_text.h), read
  // straight through, not an article.
  bool ssml = false;
  // --spd-rate, --spd-pitch: Speech Dispatcher's -100..100 scales (SpeechDispatcherScale) on the
  // voice's rate (80..450 words per minute) and pitch (0..100).
  std::optional<int> spd_rate;
  std::optional<int> spd_pitch;
};

// A value on Speech Dispatcher's scale, -100..100, as a voice setting: 0 is the voice's own
// `base`, 100 is `high`, -100 is `low`, and linear in between on each side (rounded).
int SpeechDispatcherScale(int value, int base, int low, int high);

struct SpeechPlan {
  Reading reading;
  VoiceProfile voice;
  size_t start = 0;  // the first utterance to read
};

// What to say for a prepared Document, in which voice (with the Speech Dispatcher scales), from
// where. Throws a UsageError "--from-section K: SOURCE has N sections" when the article has no
// section K.
SpeechPlan PlanSpeech(const Document& doc, const SpeakConfig& config);

// With config.ssml, reads `input` ("-" or a file) as speak/speech_text.h says and speaks it
// straight through (text without letters, digits alone, is read in the --voice's language, else
// in Arabic). Otherwise prepares `input` (a file, "-" or an http(s) URL: render/render_job.h)
// and reads it aloud from
// config.from_section to the end. When standard input is a terminal and the article is not "-"
// (and the audio is played), keys steer the reading and a status line on stderr (when it is a
// terminal too) shows where it is (speak/terminal.h); otherwise it reads straight through and
// writes nothing but errors. Throws what Prepare throws, PlanSpeech's usage error, and the
// bad-input Error "no sound output: REASON" (speak/pulse_output.h) when nothing can play.
void SpeakArticle(Synthesizer& synth, const std::filesystem::path& input,
                  const SpeakConfig& config);

}  // namespace rawi
