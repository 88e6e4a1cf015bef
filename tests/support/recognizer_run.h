// Runs one of the Arabic normalizer's recognizers (src/normalize/scan.h) over a text with the
// project's data files, for their unit tests.
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "normalize/number_run.h"
#include "normalize/scan.h"
#include "text/diacritics.h"

namespace rawi::testing {

// The project's tables, read from RAWI_VOICES_DIR once.
inline const NumberTables& ProjectTables() {
  static const NumberTables tables = [] {
    NumberTables t;
    const std::filesystem::path voices = RAWI_VOICES_DIR;
    t.LoadUnits(voices / "ar-units.tsv");
    t.LoadMonths(voices / "ar-months.tsv");
    t.LoadWords(voices / "ar-number-words.tsv");
    return t;
  }();
  return tables;
}

struct Recognized {
  bool read = false;
  std::string spoken;  // what was emitted, shadda first (PutShaddaFirst)
  std::string rest;    // the text from the cursor on

  bool operator==(const Recognized&) const = default;
};

inline void PrintTo(const Recognized& r, std::ostream* out) {
  *out << (r.read ? "read «" : "not read «") << r.spoken << "», rest «" << r.rest << "»";
}

// `recognize` at the start of `text` (UTF-8), after the word `previous` (without diacritics).
inline Recognized Recognize(const std::string& text, const std::function<bool(Scan&)>& recognize,
                            const std::string& previous = "",
                            MonthNames months = MonthNames::kGregorian) {
  const std::u32string line = ToUtf32(text);
  ArabicNormalizerData data;
  data.tables = &ProjectTables();
  data.months = months;
  Scan s(line, data, ProjectTables());
  if (!previous.empty()) s.cursor.NoteWord(ToUtf32(previous), 0);
  Recognized result;
  result.read = recognize(s);
  PutShaddaFirst(s.out);
  result.spoken = ToUtf8(s.out);
  result.rest = ToUtf8(std::u32string_view(line).substr(s.cursor.pos()));
  return result;
}

// The same for a recognizer of a run of digits: the run at the start of `text` is read first and
// the cursor put at its end.
inline Recognized RecognizeRun(const std::string& text,
                               const std::function<bool(Scan&, const NumberRun&)>& recognize,
                               const std::string& previous = "") {
  return Recognize(
      text,
      [&](Scan& s) {
        const NumberRun run = ReadRun(s.cursor, s.cursor.pos());
        s.cursor.MoveTo(run.end);
        return recognize(s, run);
      },
      previous);
}

// Not recognized, the cursor left before `rest`.
inline Recognized NotRead(const std::string& rest) { return {false, "", rest}; }

// A table case: a recognizer on `text` after the word `previous`.
struct RecognizerCase {
  const char* text;
  Recognized expected;
  const char* previous = "";
};

// A recognized case in the usual mark order, shadda first as the recognizers' output is.
inline Recognized Read(const std::string& spoken, const std::string& rest) {
  std::u32string s = ToUtf32(spoken);
  PutShaddaFirst(s);
  return {true, ToUtf8(s), rest};
}

}  // namespace rawi::testing
