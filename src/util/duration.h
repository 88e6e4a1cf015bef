// Durations as people write them on a command line: "90s", "45m", "24h", "1h30m", or plain
// seconds ("3600").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rawi {

// Seconds in `text`, or nullopt when it is not a duration. Units h, m, s in that order, each at
// most once, with whole numbers; a bare number is seconds. "0" is zero.
std::optional<double> ParseDuration(std::string_view text);

// The shortest form ParseDuration reads back: 86400 -> "24h", 5400 -> "1h30m", 90 -> "1m30s".
std::string FormatDuration(double seconds);

// A duration for people: "4:45" (minutes and rounded seconds).
std::string MinutesSeconds(double seconds);

}  // namespace rawi
