#include "normalize/number_run.h"

#include "normalize/arabic_numbers.h"
#include "normalize/repair.h"

namespace rawi {
namespace {

bool IsNumberSeparator(char32_t c) {
  return c == U'.' || c == U',' || c == U'٫' || c == U'٬' || c == U'/' || c == U':' || c == U'⁄';
}

// Which separator of a run of '.', ',', '٫' and '٬' is the decimal point, if any.
std::optional<size_t> DecimalPoint(const NumberRun& run, bool quantity_after) {
  const auto& seps = run.seps;
  const char32_t last = seps.back();
  size_t count_last = 0;
  for (char32_t sep : seps) count_last += sep == last ? 1 : 0;
  if (last == U'٫') return seps.size() - 1;
  if (last == U'٬' || count_last >= 2) return std::nullopt;  // 1.250.000 or 1,250,000
  if (seps.size() >= 2) return seps.size() - 1;              // 1,250.5 or 1.250,5
  if (last == U',') {
    if (run.groups[1].size() != 3) return 0;  // 3,5
    return std::nullopt;
  }
  if (run.groups[1] == "000" && quantity_after) return std::nullopt;  // 100.000 دينار
  return 0;
}

}  // namespace

NumberRun ReadRun(const Cursor& cursor, size_t pos) {
  NumberRun run;
  run.begin = pos;
  while (true) {
    std::string group;
    while (IsDigit(cursor.At(pos)))
      group.push_back(static_cast<char>('0' + DigitValue(cursor.At(pos++))));
    run.groups.push_back(group);
    const char32_t c = cursor.At(pos);
    size_t next = pos + 1;
    char32_t sep = 0;
    if (IsNumberSeparator(c)) {
      sep = c;
    } else if (IsDash(c)) {
      sep = U'-';
    } else if (IsLineSpace(c) && IsDash(cursor.At(pos + 1)) && IsLineSpace(cursor.At(pos + 2))) {
      sep = U'-';  // "10 - 15"
      next = pos + 3;
    }
    if (sep == 0 || !IsDigit(cursor.At(next))) break;
    run.seps.push_back(sep);
    pos = next;
  }
  run.end = pos;
  return run;
}

std::optional<Value> Evaluate(const NumberRun& run, bool quantity_after) {
  Value v;
  const auto& g = run.groups;
  std::string integer = g[0];
  if (!run.seps.empty()) {
    for (char32_t sep : run.seps) {
      if (sep == U'/' || sep == U':' || sep == U'-' || sep == U'⁄') return std::nullopt;
    }
    const std::optional<size_t> decimal = DecimalPoint(run, quantity_after);
    const size_t integer_groups = decimal ? *decimal + 1 : g.size();
    for (size_t k = 1; k < integer_groups; ++k) {
      if (g[k].size() != 3) return std::nullopt;
      if (run.seps[k - 1] != run.seps[0] || run.seps[k - 1] == U'٫') return std::nullopt;
      integer += g[k];
    }
    if (decimal) v.fraction = g.back();
  }
  while (integer.size() > 1 && integer[0] == '0') integer.erase(0, 1);
  const auto n = ToInteger(integer);
  if (!n) return std::nullopt;
  v.integer = *n;
  return v;
}

std::optional<uint64_t> ToInteger(const std::string& digits) {
  if (digits.empty() || digits.size() > 15) return std::nullopt;
  uint64_t n = 0;
  for (char d : digits) n = n * 10 + static_cast<uint64_t>(d - '0');
  return n;
}

std::string Digits(const std::string& digits) {
  std::string out;
  for (char d : digits) out += (out.empty() ? "" : " ") + DigitWord(d - '0');
  return out;
}

std::string DigitGroups(const std::vector<std::string>& groups) {
  std::string out;
  for (const auto& group : groups) out += (out.empty() ? "" : "، ") + Digits(group);
  return out;
}

std::vector<std::string> SplitForReading(const std::string& digits) {
  std::vector<std::string> groups;
  size_t i = 0;
  while (digits.size() - i > 4) {
    groups.push_back(digits.substr(i, 3));
    i += 3;
  }
  groups.push_back(digits.substr(i));
  return groups;
}

std::string GroupWords(const std::string& digits) {
  const auto n = ToInteger(digits);
  return n ? CardinalWords(*n) : Digits(digits);
}

std::string DecimalWords(const Value& v) {
  std::string out = CardinalWords(v.integer);
  if (!v.fraction) return out;
  out += " فَاصِلَة";
  const std::string& f = *v.fraction;
  size_t zeros = 0;
  while (zeros < f.size() && f[zeros] == '0') ++zeros;
  for (size_t i = 0; i < zeros; ++i) out += " " + DigitWord(0);
  if (zeros < f.size()) {
    const auto rest = ToInteger(f.substr(zeros));
    out += " " + (rest ? CardinalWords(*rest) : Digits(f.substr(zeros)));
  }
  return out;
}

bool IsProtectedFraction(char32_t c) { return c >= kProtectedHalf && c <= kProtectedTwoThirds; }

std::string FractionWord(char32_t c) {
  switch (c) {
    case kProtectedHalf:
      return "نِصْف";
    case kProtectedQuarter:
      return "رُبْع";
    case kProtectedThreeQuarters:
      return "ثَلَاثَة أَرْبَاع";
    case kProtectedThird:
      return "ثُلُث";
    default:
      return "ثُلُثَيْن";
  }
}

}  // namespace rawi
