// Fuzzes the normalizer (normalize/normalizer.h) with the project's data files: each line of a
// valid UTF-8 input into its spoken form, as Arabic and as English; the spoken form must be valid
// UTF-8. Inputs that are not UTF-8 are outside the normalizer's contract and are skipped.
#include "fuzz_support.h"
#include "normalize/normalizer.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace {

rawi::NormalizerConfig Config() {
  rawi::NormalizerConfig config;
  config.voices_dir = rawi::fuzz::VoicesDir();
  return config;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const rawi::Normalizer normalizer(Config());
  const std::string_view text = rawi::fuzz::AsText(data, size);
  if (rawi::FindInvalidUtf8(text)) return -1;
  for (const std::string_view line : rawi::SplitLines(text)) {
    rawi::fuzz::CheckUtf8(normalizer.Normalize(line, "ar"), "Arabic spoken form");
    rawi::fuzz::CheckUtf8(normalizer.Normalize(line, "en"), "English spoken form");
  }
  return 0;
}
