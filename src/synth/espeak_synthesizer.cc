#include "synth/espeak_synthesizer.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <strings.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <optional>
#include <string>

#include "util/error.h"

namespace rawi {
namespace {

std::atomic<bool> engine_created{false};

std::string StatusMessage(espeak_ng_STATUS status) {
  char buffer[512];
  espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
  return buffer;
}

void Check(espeak_ng_STATUS status, const std::string& what) {
  if (status != ENS_OK) throw EngineError("eSpeak NG: " + what + ": " + StatusMessage(status));
}

// What one Speak() call hands to the C callback through eSpeak's user_data.
struct Utterance {
  const SampleCallback* out;
  std::vector<WordMark>* words;  // may be null
  uint64_t samples = 0;
  std::exception_ptr error;
};

// Must not throw: it runs inside eSpeak's C code. Returning 1 asks eSpeak to stop.
extern "C" int OnSamples(short* wav, int count, espeak_EVENT* events) {
  auto* utterance = static_cast<Utterance*>(events->user_data);
  if (utterance == nullptr || utterance->error) return 1;
  try {
    for (const espeak_EVENT* e = events;
         utterance->words != nullptr && e->type != espeakEVENT_LIST_TERMINATED; ++e) {
      // text_position counts code points from 1; `sample` counts from the utterance's start.
      if (e->type == espeakEVENT_WORD && e->text_position > 0 && e->sample >= 0) {
        utterance->words->push_back(
            {static_cast<size_t>(e->text_position - 1), static_cast<uint64_t>(e->sample)});
      }
    }
    if (wav == nullptr || count <= 0) return 0;
    (*utterance->out)(std::span<const int16_t>(wav, static_cast<size_t>(count)));
    utterance->samples += static_cast<uint64_t>(count);
  } catch (...) {
    utterance->error = std::current_exception();
    return 1;
  }
  return 0;
}

bool SameTag(const char* a, const std::string& b) { return strcasecmp(a, b.c_str()) == 0; }

// The identifier ("gmw/en") of an installed eSpeak voice whose language is exactly `tag`, or
// nullptr. eSpeak's own property matching is fuzzy (it offers Norwegian for "no-such-voice") and
// lists MBROLA voices, which need data Debian's espeak-ng-data does not ship.
const char* VoiceForLanguage(const std::string& tag) {
  const espeak_VOICE** voices = espeak_ListVoices(nullptr);
  for (size_t i = 0; voices != nullptr && voices[i] != nullptr; ++i) {
    const espeak_VOICE* v = voices[i];
    if (v->identifier == nullptr || std::strncmp(v->identifier, "mb/", 3) == 0) continue;
    // `languages` holds (priority byte, NUL-terminated tag) pairs, ended by a zero byte.
    for (const char* p = v->languages; p != nullptr && *p != '\0'; p += std::strlen(p + 1) + 2) {
      if (SameTag(p + 1, tag)) return v->identifier;
    }
  }
  return nullptr;
}

// Sets an environment variable for its lifetime, then restores what was there.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value, 1);
  }
  ~ScopedEnv() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace

EspeakSynthesizer::EspeakSynthesizer(const EspeakConfig& config) {
  if (engine_created.exchange(true)) {
    throw EngineError("eSpeak NG: only one engine may exist per process");
  }
  espeak_ng_InitializePath(config.data_path.empty() ? nullptr : config.data_path.c_str());
  espeak_ng_ERROR_CONTEXT context = nullptr;
  const espeak_ng_STATUS status = espeak_ng_Initialize(&context);
  espeak_ng_ClearErrorContext(&context);
  Check(status, "cannot initialize");
  {
    // eSpeak NG 1.51 opens a sound device even for synchronous output (pcaudiolib probes
    // PulseAudio first), and libpulse then creates ~/.config/pulse and a runtime folder in /tmp
    // during a file render. A server address that cannot answer makes the probe fail at once,
    // touching nothing; rawi never plays through eSpeak.
    const ScopedEnv no_sound_server("PULSE_SERVER", "unix:/dev/null");
    Check(espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, config.buffer_ms, nullptr),
          "cannot set up synchronous output");
  }
  espeak_SetSynthCallback(OnSamples);
  sample_rate_ = espeak_ng_GetSampleRate();
}

EspeakSynthesizer::~EspeakSynthesizer() { espeak_ng_Terminate(); }

void EspeakSynthesizer::SetVoice(const VoiceProfile& voice) {
  // A voice name or file ("ar", "gmw/en"), else a language tag ("en-gb", "en-us").
  espeak_ng_STATUS status = espeak_ng_SetVoiceByName(voice.espeak_voice.c_str());
  if (status != ENS_OK) {
    if (const char* identifier = VoiceForLanguage(voice.espeak_voice)) {
      status = espeak_ng_SetVoiceByName(identifier);
    }
  }
  if (status != ENS_OK) {
    throw FileError("voice profile " + voice.name, "eSpeak NG has no voice '" + voice.espeak_voice +
                                                       "': " + StatusMessage(status));
  }
  Check(espeak_ng_SetParameter(espeakRATE, voice.rate_wpm, 0), "cannot set rate");
  Check(espeak_ng_SetParameter(espeakPITCH, voice.pitch, 0), "cannot set pitch");
  Check(espeak_ng_SetParameter(espeakRANGE, voice.pitch_range, 0), "cannot set pitch range");
  Check(espeak_ng_SetParameter(espeakVOLUME, voice.volume, 0), "cannot set volume");
}

uint64_t EspeakSynthesizer::Speak(std::string_view text, const SampleCallback& out,
                                  std::vector<WordMark>* words) {
  const std::string terminated(text);
  Utterance utterance{&out, words, 0, nullptr};
  const espeak_ng_STATUS status =
      espeak_ng_Synthesize(terminated.c_str(), terminated.size() + 1, 0, POS_CHARACTER, 0,
                           espeakCHARS_UTF8, nullptr, &utterance);
  if (utterance.error) std::rethrow_exception(utterance.error);
  Check(status, "cannot synthesize");
  return utterance.samples;
}

std::string EspeakSynthesizer::Phonemes(std::string_view text, bool ipa) {
  const std::string terminated(text);
  const void* cursor = terminated.c_str();
  const int mode = ipa ? espeakPHONEMES_IPA : 0;
  std::string result;
  while (cursor != nullptr) {
    const char* chunk = espeak_TextToPhonemes(&cursor, espeakCHARS_UTF8, mode);
    if (chunk == nullptr) break;
    if (!result.empty() && *chunk != '\0') result += ' ';
    result += chunk;
  }
  return result;
}

}  // namespace rawi
