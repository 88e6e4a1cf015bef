// Reads a segmented Document aloud: each sentence (and the title and headings) is spoken as
// its own utterance, in its normalized (spoken) form when there is one, and the profile's pauses
// are written as silence between them. Since every sample passes through here, the positions in
// Timings are exact. Timings carry the written text.
#pragma once

#include "audio/audio_sink.h"
#include "document/document.h"
#include "render/timings.h"
#include "synth/synthesizer.h"
#include "synth/voice_profile.h"

namespace rawi {

// Speaks `doc` with `synth` (already set to `voice`) into `sink`, without finishing the sink.
Timings Narrate(const Document& doc, const VoiceProfile& voice, Synthesizer& synth,
                AudioSink& sink);

}  // namespace rawi
