// Every word the normalizer emits for numbers, units, currencies, dates and times, and every
// lexicon entry, read by the real eSpeak NG: none may come out vowel-less (a run of three or more
// consonants in its IPA), which is how eSpeak reads Arabic it cannot vocalize.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "normalize/normalizer.h"
#include "normalize/word_lexicon.h"
#include "support/fresh_process.h"
#include "support/temp_dir.h"
#include "synth/espeak_synthesizer.h"
#include "text/phoneme_clusters.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

bool HasArabicHaraka(const std::string& word) {
  return word.find("\xD9\x8E") != std::string::npos || word.find("\xD9\x90") != std::string::npos ||
         word.find("\xD9\x8F") != std::string::npos || word.find("\xD9\x92") != std::string::npos ||
         word.find("\xD9\x8B") != std::string::npos || word.find("\xD9\x91") != std::string::npos;
}

// Inputs that make the normalizer emit every word of its vocabulary.
std::vector<std::string> Inputs() {
  std::vector<std::string> inputs;
  for (int n = 0; n <= 1000; ++n) {
    inputs.push_back(std::to_string(n));
    inputs.push_back(std::to_string(n) + " سيارة");
  }
  for (const char* n : {"2000",          "3000",          "11000",
                        "100000",        "101000",        "102000",
                        "1000000",       "2000000",       "5000000",
                        "11000000",      "1000000000",    "2000000000",
                        "3000000000",    "15000000000",   "1000000000000",
                        "2000000000000", "4000000000000", "20000000000000",
                        "1.5",           "3.05",          "-5"}) {
    inputs.push_back(n);
  }
  for (int n = 1; n <= 99; ++n) {
    inputs.push_back("القرن " + std::to_string(n));
    inputs.push_back("الدورة " + std::to_string(n));
  }
  for (int m = 1; m <= 12; ++m) inputs.push_back("1/" + std::to_string(m) + "/2024");
  for (int h = 0; h <= 23; ++h) {
    for (int minute : {0, 1, 2, 5, 15, 20, 30, 45, 59}) {
      inputs.push_back(std::to_string(h) + ":" + (minute < 10 ? "0" : "") + std::to_string(minute));
    }
  }
  for (const char* unit : {"دولار", "يورو", "جنيه", "دينار", "درهم", "ريال", "ليرة", "د.ل", "كم",
                           "كغ", "م", "°C", "%"}) {
    for (const char* n : {"1", "2", "3", "11", "100", "1000", "50000"}) {
      inputs.push_back(std::string(n) + " " + unit);
    }
  }
  for (const char* s : {"$5",    "£3",       "€11",   "1/2",    "1/3",
                        "2/3",   "1/4",      "3/4",   "1/5",    "1/6",
                        "1/7",   "1/8",      "1/9",   "1/10",   "3/5",
                        "½",     "3½",       "2024م", "1446هـ", "+218 91 234 5678",
                        "10-15", "2020-2024"}) {
    inputs.push_back(s);
  }
  return inputs;
}

TEST(SpokenWordsTest, EspeakReadsEveryEmittedWordWithVowels) {
  testing::InFreshProcess([] {  // one eSpeak engine per process
    const Normalizer normalizer(NormalizerConfig{RAWI_VOICES_DIR, std::nullopt, {}});
    std::set<std::string> words;
    for (const auto& input : Inputs()) {
      std::istringstream spoken(normalizer.Normalize(input, "ar"));
      std::string word;
      while (spoken >> word) {
        while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.pop_back();
        if (word.size() > 3 && word.substr(word.size() - 2) == "،") word.resize(word.size() - 2);
        if (HasArabicHaraka(word)) words.insert(word);
      }
    }
    // And every diacritized form in the project's lexicon.
    const std::string lexicon =
        testing::ReadFile(std::filesystem::path(RAWI_VOICES_DIR) / "ar-lexicon.tsv");
    for (std::string_view line : SplitLines(lexicon)) {
      if (line.empty() || line.front() == '#') continue;
      std::istringstream fields{std::string(line)};
      std::string written, spoken;
      std::getline(fields, written, '\t');
      std::getline(fields, spoken, '\t');
      std::istringstream spoken_words(normalizer.Normalize(spoken, "ar"));
      std::string word;
      while (spoken_words >> word) words.insert(word);
    }
    EXPECT_GT(words.size(), 150u);

    EspeakSynthesizer synth;
    synth.SetVoice(ResolveVoiceProfile("ar-news", RAWI_VOICES_DIR));
    std::vector<std::string> vowelless;
    for (const auto& word : words) {
      const std::string ipa = synth.Phonemes(word, /*ipa=*/true);
      if (LongestConsonantRun(ipa) >= 3) vowelless.push_back(word + " -> " + ipa);
    }
    std::string list;
    for (const auto& entry : vowelless) list += "\n  " + entry;
    EXPECT_TRUE(vowelless.empty())
        << vowelless.size() << " of " << words.size() << " words read without vowels:" << list;
  });
}

}  // namespace
}  // namespace rawi
