#include "publish/settings_fingerprint.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

#include "publish/identifiers.h"
#include "util/version.h"
#include "vocalize/thesaurus_lemmas.h"

namespace rawi {
namespace {

// By its bytes only: a copy of the same data elsewhere speaks the same.
void AddFile(std::ostringstream& out, const std::string& what, const std::filesystem::path& file) {
  out << what << ' ' << FileFingerprint(file) << '\n';
}

}  // namespace

std::string FileFingerprint(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return "missing";
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return Sha256Hex(bytes.str());
}

std::string SettingsFingerprint(const PublishConfig& config) {
  const RenderConfig& render = config.render;
  std::ostringstream s;
  s << "rawi " << Version() << "\nformat " << Extension(config.format) << "\nbitrate "
    << config.podcast.bitrate_kbps << "\nloudness " << config.podcast.loudness_lufs << "\npeak "
    << config.podcast.true_peak_dbtp << "\nlanguage " << config.podcast.language << "\npodcast "
    << config.podcast.title << "\nauthor " << config.podcast.author << "\nbase-url "
    << config.podcast.base_url << "\nepub " << config.podcast.accessibility.epub << "\npage "
    << config.podcast.accessibility.page << "\nvoice " << render.voice << "\nrate "
    << render.rate_wpm.value_or(0) << "\nlang " << render.text.language << "\ninput-format "
    << (render.text.input_format ? static_cast<int>(*render.text.input_format) : -1) << "\nmonths "
    << static_cast<int>(render.text.normalizer.months) << "\nvocalize " << render.text.vocalize
    << "\nheading-words " << render.text.reader.max_heading_words << "\nheading-chars "
    << render.text.reader.max_heading_chars << "\n";

  std::vector<std::filesystem::path> data;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(render.text.voices_dir, ec)) {
    if (entry.is_regular_file(ec)) data.push_back(entry.path());
  }
  std::sort(data.begin(), data.end());
  for (const auto& file : data) AddFile(s, "data " + file.filename().string(), file);
  if (render.voice.find('/') != std::string::npos || render.voice.ends_with(".json")) {
    AddFile(s, "voice-file", render.voice);
  } else {
    s << "voice " << render.voice << "\n";
  }
  if (render.text.normalizer.user_lexicon)
    AddFile(s, "lexicon", *render.text.normalizer.user_lexicon);
  if (render.text.extra_boilerplate) AddFile(s, "boilerplate", *render.text.extra_boilerplate);
  if (render.text.vocalize && render.text.vocalizer.user_lexicon) {
    AddFile(s, "vocalization", *render.text.vocalizer.user_lexicon);
  }
  if (render.text.vocalize) {
    if (const auto thesaurus = FindArabicThesaurus()) {
      AddFile(s, "thesaurus", *thesaurus);
    } else {
      s << "thesaurus none\n";
    }
  }
  return s.str();
}

}  // namespace rawi
