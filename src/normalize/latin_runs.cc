#include "normalize/latin_runs.h"

#include "text/diacritics.h"

namespace rawi {
namespace {

bool IsAcronym(std::u32string_view word) {
  if (word.size() < 2 || word.size() > 6) return false;
  for (char32_t c : word) {
    if (!IsLatinUpper(c)) return false;
  }
  return true;
}

// The address that starts at `begin`: up to a space, an Arabic character or "،", without the
// punctuation that ends a sentence around it.
std::u32string_view AddressToken(const Cursor& cursor, size_t begin) {
  size_t end = begin;
  while (end < cursor.text().size() && !IsLineSpace(cursor.At(end)) && cursor.At(end) != U'،' &&
         cursor.At(end) < 0x600) {
    ++end;
  }
  while (end > begin &&
         (cursor.At(end - 1) == U'.' || cursor.At(end - 1) == U',' || cursor.At(end - 1) == U')')) {
    --end;
  }
  return std::u32string_view(cursor.text()).substr(begin, end - begin);
}

// The host of a URL: without the scheme, "www." and the path.
std::u32string_view UrlHost(std::u32string_view url) {
  if (size_t scheme = url.find(U"://"); scheme != std::u32string_view::npos) {
    url.remove_prefix(scheme + 3);
  }
  if (url.starts_with(U"www.")) url.remove_prefix(4);
  return url.substr(0, url.find(U'/'));
}

// www.example.com/path, https://…, name@example.org: read as the short domain form.
bool ReadWebAddress(Scan& s) {
  const std::u32string_view token = AddressToken(s.cursor, s.cursor.pos());
  const bool url =
      token.starts_with(U"http://") || token.starts_with(U"https://") || token.starts_with(U"www.");
  const size_t at = token.find(U'@');
  const bool email =
      at != std::u32string_view::npos && token.find(U'.', at) != std::u32string_view::npos;
  if (!url && !email) return false;
  const std::u32string_view host = email ? token.substr(at + 1) : UrlHost(token);
  std::u32string spoken = email ? std::u32string(token.substr(0, at)) + U" at " : U"";
  for (char32_t c : host) {
    if (c == U'.') {
      spoken += U" dot ";
    } else if (IsLatin(c) || IsDigit(c) || c == U'-') {
      spoken.push_back(c);
    }
  }
  s.out += spoken;
  s.cursor.MoveTo(s.cursor.pos() + token.size());
  s.cursor.ForgetWord();
  return true;
}

}  // namespace

bool ReadLetters(Scan& s) {
  Cursor& cursor = s.cursor;
  const size_t begin = cursor.pos();
  if (!IsLetter(cursor.Peek()) && cursor.Peek() != U'°') return false;
  if (ReadWebAddress(s)) return true;
  size_t end = begin;
  const bool latin = IsLatin(cursor.Peek());
  while (IsLetter(cursor.At(end)) && IsLatin(cursor.At(end)) == latin) ++end;
  if (end == begin) end = begin + 1;  // a lone mark such as °
  const std::u32string_view word = std::u32string_view(cursor.text()).substr(begin, end - begin);
  if (IsAcronym(word)) {
    for (size_t k = 0; k < word.size(); ++k) {
      if (k > 0) s.out.push_back(U' ');
      s.out.push_back(word[k]);
    }
  } else {
    s.out += word;
  }
  cursor.MoveTo(end);
  cursor.NoteWord(Bare(word), end);
  return true;
}

}  // namespace rawi
