// The timings file written by `rawi render --timings`, in seconds:
//   {"audio": PATH, "duration": S, "sections": [{"heading": TEXT|null, "start": S, "end": S,
//    "paragraphs": [{"start": S, "end": S, "sentences": [{"text": T, "start": S, "end": S,
//    "words": [{"text": T, "start": S, "end": S}]}]}]}]}
#pragma once

#include <cstdint>
#include <string>

#include "render/timings.h"

namespace rawi {

// `samples` in seconds as the JSON writes them: rounded to the microsecond, finer than one sample
// at any rate rawi writes.
double TimingSeconds(uint64_t samples, int sample_rate);

// The JSON text (pretty-printed, UTF-8, ending with a newline).
std::string TimingsToJson(const Timings& timings, const std::string& audio_path);

}  // namespace rawi
