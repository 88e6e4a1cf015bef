// Fuzzes the vocalizer (vocalize/vocalizer.h) as render uses it: the project's data
// (voices/ar-vocalized-lexicon.tsv, voices/ar-vocalizer.bin, the installed thesaurus), each line
// of a valid UTF-8 input vocalized (with the per-word account) and made speakable; both must be
// valid UTF-8. Inputs that are not UTF-8 are outside its contract and are skipped.
#include "fuzz_support.h"
#include "text/utf8.h"
#include "text/whitespace.h"
#include "vocalize/vocalizer.h"

namespace {

rawi::VocalizerConfig Config() {
  rawi::VocalizerConfig config;
  config.voices_dir = rawi::fuzz::VoicesDir();
  return config;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const rawi::Vocalizer vocalizer(Config());
  const std::string_view text = rawi::fuzz::AsText(data, size);
  if (rawi::FindInvalidUtf8(text)) return -1;
  for (const std::string_view line : rawi::SplitLines(text)) {
    std::vector<rawi::VocalizedWord> words;
    rawi::fuzz::CheckUtf8(vocalizer.Vocalize(line, &words), "vocalized line");
    for (const auto& word : words) rawi::fuzz::CheckUtf8(word.vocalized, "vocalized word");
    rawi::fuzz::CheckUtf8(vocalizer.Speakable(line), "speakable line");
  }
  return 0;
}
