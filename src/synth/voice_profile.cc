#include "synth/voice_profile.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "util/error.h"

namespace rawi {
namespace {

using Json = nlohmann::json;

void ReadInt(const Json& object, const char* key, int min, int max, int& value,
             const std::string& file, const std::string& prefix = "") {
  auto it = object.find(key);
  if (it == object.end()) return;
  if (!it->is_number_integer() || it->get<long long>() < min || it->get<long long>() > max) {
    throw FileError(file, "'" + prefix + key + "' must be a whole number from " +
                              std::to_string(min) + " to " + std::to_string(max));
  }
  value = it->get<int>();
}

void ReadString(const Json& object, const char* key, std::string& value, const std::string& file) {
  auto it = object.find(key);
  if (it == object.end()) return;
  if (!it->is_string() || it->get<std::string>().empty()) {
    throw FileError(file, std::string("'") + key + "' must be a non-empty string");
  }
  value = it->get<std::string>();
}

void ReadBool(const Json& object, const char* key, bool& value, const std::string& file,
              const std::string& prefix) {
  auto it = object.find(key);
  if (it == object.end()) return;
  if (!it->is_boolean()) throw FileError(file, "'" + prefix + key + "' must be true or false");
  value = it->get<bool>();
}

}  // namespace

VoiceProfile LoadVoiceProfile(const std::filesystem::path& file) {
  const std::string name = file.string();
  std::ifstream in(file, std::ios::binary);
  if (!in) throw FileError(name, "cannot read voice profile");
  Json json = Json::parse(in, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
  if (json.is_discarded()) throw FileError(name, "voice profile is not valid JSON");
  if (!json.is_object()) throw FileError(name, "voice profile must be a JSON object");

  VoiceProfile profile;
  profile.name = file.stem().string();
  ReadString(json, "espeak_voice", profile.espeak_voice, name);
  ReadString(json, "language", profile.language, name);
  ReadInt(json, "rate", kMinRateWpm, kMaxRateWpm, profile.rate_wpm, name);
  ReadInt(json, "pitch", 0, 100, profile.pitch, name);
  ReadInt(json, "pitch_range", 0, 100, profile.pitch_range, name);
  ReadInt(json, "volume", 0, 200, profile.volume, name);
  if (auto it = json.find("pauses_ms"); it != json.end()) {
    if (!it->is_object()) throw FileError(name, "'pauses_ms' must be an object");
    constexpr int kMaxPause = 10000;
    Pauses& p = profile.pauses;
    ReadInt(*it, "sentence", 0, kMaxPause, p.sentence_ms, name, "pauses_ms.");
    ReadInt(*it, "paragraph", 0, kMaxPause, p.paragraph_ms, name, "pauses_ms.");
    ReadInt(*it, "before_heading", 0, kMaxPause, p.before_heading_ms, name, "pauses_ms.");
    ReadInt(*it, "after_heading", 0, kMaxPause, p.after_heading_ms, name, "pauses_ms.");
    ReadInt(*it, "end", 0, kMaxPause, p.end_ms, name, "pauses_ms.");
  }
  if (auto it = json.find("announce"); it != json.end()) {
    if (!it->is_object()) throw FileError(name, "'announce' must be an object");
    Announcements& a = profile.announce;
    ReadBool(*it, "site_name", a.site_name, name, "announce.");
    ReadBool(*it, "byline", a.byline, name, "announce.");
    ReadBool(*it, "date", a.date, name, "announce.");
  }
  return profile;
}

std::vector<std::string> AvailableVoices(const std::filesystem::path& voices_dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(voices_dir, ec)) {
    if (entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

VoiceProfile ResolveVoiceProfile(const std::string& name_or_path,
                                 const std::filesystem::path& voices_dir) {
  const bool is_path = name_or_path.find('/') != std::string::npos ||
                       std::filesystem::path(name_or_path).extension() == ".json";
  if (is_path) {
    if (!std::filesystem::is_regular_file(name_or_path)) {
      throw FileError(name_or_path, "no such voice profile");
    }
    return LoadVoiceProfile(name_or_path);
  }
  const auto file = voices_dir / (name_or_path + ".json");
  if (!std::filesystem::is_regular_file(file)) {
    std::string list;
    for (const auto& name : AvailableVoices(voices_dir)) list += (list.empty() ? "" : ", ") + name;
    throw UsageError("unknown voice '" + name_or_path + "' (available: " +
                     (list.empty() ? "none in " + voices_dir.string() : list) + ")");
  }
  return LoadVoiceProfile(file);
}

std::string DefaultVoiceName(const std::string& language) { return language + "-news"; }

void CheckRate(int rate_wpm) {
  if (rate_wpm < kMinRateWpm || rate_wpm > kMaxRateWpm) {
    throw UsageError("--rate must be from " + std::to_string(kMinRateWpm) + " to " +
                     std::to_string(kMaxRateWpm) + " words per minute, got " +
                     std::to_string(rate_wpm));
  }
}

}  // namespace rawi
