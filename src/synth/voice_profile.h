// A voice profile: which eSpeak NG voice speaks, how fast and high, and how long the pauses
// between the parts of an article are. Profiles are JSON files in voices/, e.g.
// voices/ar-news.json:
//   {"espeak_voice": "ar", "language": "ar", "rate": 150, "pitch": 45, "pitch_range": 50,
//    "volume": 100, "pauses_ms": {"sentence": 350, "paragraph": 700, "before_heading": 1200,
//    "after_heading": 600, "end": 500}, "announce": {"byline": true, "date": true}}
// Every key is optional; a missing one keeps the default below.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace rawi {

// eSpeak NG's range of speaking rates, in words per minute.
inline constexpr int kMinRateWpm = 80;
inline constexpr int kMaxRateWpm = 450;

struct Pauses {
  int sentence_ms = 350;         // after a sentence inside a paragraph
  int paragraph_ms = 700;        // between paragraphs
  int before_heading_ms = 1200;  // before a section heading
  int after_heading_ms = 600;    // after a heading or the title
  int end_ms = 500;              // silence at the end of the file
};

// What is said after the title, before the text (render/credit_line.h): the site's name, the
// byline and the date, each when the article gives it. Profile key "announce":
// {"site_name": false, "byline": true, "date": true}.
struct Announcements {
  bool site_name = false;
  bool byline = false;
  bool date = false;
};

struct VoiceProfile {
  std::string name = "default";  // the file's stem, for messages
  std::string espeak_voice = "en";
  std::string language = "en";
  int rate_wpm = 170;    // eSpeak words per minute, 80..450
  int pitch = 50;        // 0..100
  int pitch_range = 50;  // 0..100
  int volume = 100;      // 0..200
  Pauses pauses;
  Announcements announce;
};

// Parses a profile file; throws a FileError naming the file and the bad key.
VoiceProfile LoadVoiceProfile(const std::filesystem::path& file);

// A profile by NAME (a file voices/NAME.json) or by PATH (contains '/' or ends in ".json").
// An unknown name is a usage error that lists the available names.
VoiceProfile ResolveVoiceProfile(const std::string& name_or_path,
                                 const std::filesystem::path& voices_dir);

// The profile rawi uses for an article in `language` when no --voice is given: NAME "<lang>-news".
std::string DefaultVoiceName(const std::string& language);

// Names of the profiles in voices_dir, sorted.
std::vector<std::string> AvailableVoices(const std::filesystem::path& voices_dir);

// Checks rate_wpm is within eSpeak's range; throws a usage error otherwise.
void CheckRate(int rate_wpm);

}  // namespace rawi
