// What decides an episode's audio besides the article's own bytes, as one text whose hash goes
// into each manifest: when it changes, `publish` renders the article again instead of keeping
// audio made with an older lexicon, voice or setting.
#pragma once

#include <filesystem>
#include <string>

#include "publish/publisher.h"

namespace rawi {

// The SHA-256 of a file's bytes, or "missing" when it cannot be read.
std::string FileFingerprint(const std::filesystem::path& file);

// One line per setting, in a fixed order: the rawi version; the episode format and the podcast's
// audio settings and read-along outputs; the podcast's title and author (the audio's album and
// default artist tags) and base URL (the episodes' guids); every RenderConfig field that changes
// the speech (voice, rate, language, input format, month names, vocalization, reader limits); and
// the data it reads, each by its FileFingerprint (not its path: a copy elsewhere speaks the same):
// every file in voices_dir by name, a voice profile given by path, the user lexicon, the extra
// boilerplate, and the installed Arabic thesaurus (or "none").
std::string SettingsFingerprint(const PublishConfig& config);

}  // namespace rawi
