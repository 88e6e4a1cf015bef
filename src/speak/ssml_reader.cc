#include "speak/ssml_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>

#include "read/paragraph_language.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

constexpr int kMaxBreakMs = 10000;

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The character an entity at text[at] ('&') names, appended to `out`; returns its length, or 0
// when it is no entity this reader knows (the '&' is then itself).
size_t DecodeEntity(std::string_view text, size_t at, std::string& out) {
  const size_t semicolon = text.find(';', at);
  if (semicolon == std::string_view::npos || semicolon - at > 10) return 0;
  const std::string_view name = text.substr(at + 1, semicolon - at - 1);
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  for (const auto& [entity, c] : kNamed) {
    if (name == entity) {
      out += c;
      return semicolon - at + 1;
    }
  }
  if (name.size() < 2 || name[0] != '#') return 0;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  const std::string_view digits = name.substr(hex ? 2 : 1);
  uint32_t code = 0;
  const auto [end, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
  if (digits.empty() || error != std::errc() || end != digits.data() + digits.size()) return 0;
  // Only characters XML allows: no NUL or other C0 control, surrogate or non-character.
  const bool allowed = (code >= 0x20 || code == '\t' || code == '\n' || code == '\r') &&
                       !(code >= 0xD800 && code <= 0xDFFF) && code != 0xFFFE && code != 0xFFFF &&
                       code <= 0x10FFFF;
  if (!allowed) return 0;
  out += ToUtf8(std::u32string(1, static_cast<char32_t>(code)));
  return semicolon - at + 1;
}

std::string DecodeEntities(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t length = text[i] == '&' ? DecodeEntity(text, i, out) : 0;
    if (length == 0) {
      out += text[i];
    } else {
      i += length - 1;
    }
  }
  return out;
}

// The end of the tag opening at text[at] ('<'): the index of its '>' (outside quoted attribute
// values), npos when it is never closed.
size_t TagEnd(std::string_view text, size_t at) {
  char quote = 0;
  for (size_t i = at + 1; i < text.size(); ++i) {
    if (quote != 0) {
      if (text[i] == quote) quote = 0;
    } else if (text[i] == '"' || text[i] == '\'') {
      quote = text[i];
    } else if (text[i] == '>') {
      return i;
    }
  }
  return std::string_view::npos;
}

struct Tag {
  std::string name;  // lowercased, without a namespace prefix
  bool closing = false;
  bool empty = false;     // <name … />
  std::string_view body;  // between the name and the end, attributes
};

Tag ParseTag(std::string_view inside) {  // what is between '<' and '>'
  Tag tag;
  if (!inside.empty() && inside[0] == '/') {
    tag.closing = true;
    inside.remove_prefix(1);
  }
  if (!inside.empty() && inside.back() == '/') {
    tag.empty = true;
    inside.remove_suffix(1);
  }
  size_t end = 0;
  while (end < inside.size() && !std::isspace(static_cast<unsigned char>(inside[end]))) ++end;
  std::string_view name = inside.substr(0, end);
  if (const size_t colon = name.find(':'); colon != std::string_view::npos) {
    name.remove_prefix(colon + 1);
  }
  tag.name = Lower(name);
  tag.body = inside.substr(end);
  return tag;
}

// The value of attribute `name` (entities decoded), nullopt when the tag has none.
std::optional<std::string> Attribute(std::string_view body, std::string_view name) {
  size_t i = 0;
  while (i < body.size()) {
    while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
    const size_t name_start = i;
    while (i < body.size() && body[i] != '=' && !std::isspace(static_cast<unsigned char>(body[i])))
      ++i;
    const std::string_view attribute = body.substr(name_start, i - name_start);
    while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
    if (i >= body.size() || body[i] != '=') continue;
    ++i;
    while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
    if (i >= body.size()) break;
    std::string_view value;
    if (body[i] == '"' || body[i] == '\'') {
      const size_t close = body.find(body[i], i + 1);
      if (close == std::string_view::npos) break;
      value = body.substr(i + 1, close - i - 1);
      i = close + 1;
    } else {
      const size_t start = i;
      while (i < body.size() && !std::isspace(static_cast<unsigned char>(body[i]))) ++i;
      value = body.substr(start, i - start);
    }
    if (Lower(attribute) == name) return DecodeEntities(value);
  }
  return std::nullopt;
}

int BreakMs(const Tag& tag) {
  if (const auto time = Attribute(tag.body, "time")) {
    const std::string_view value = Trim(*time);
    double number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    const std::string unit(Trim(std::string_view(end, value.data() + value.size() - end)));
    if (error == std::errc() && number >= 0 && (unit == "ms" || unit == "s")) {
      const double ms = unit == "s" ? number * 1000 : number;
      return static_cast<int>(std::lround(std::min<double>(ms, kMaxBreakMs)));
    }
  }
  static constexpr std::pair<std::string_view, int> kStrengths[] = {
      {"none", 0},     {"x-weak", 100}, {"weak", 200},
      {"medium", 400}, {"strong", 800}, {"x-strong", 1200}};
  const std::string strength = Lower(Attribute(tag.body, "strength").value_or("medium"));
  for (const auto& [name, ms] : kStrengths) {
    if (strength == name) return ms;
  }
  return 400;
}

class BlockBuilder {
 public:
  void Text(std::string_view text) { text_ += text; }

  // Ends the block being built with a pause of this kind (ms for kTime).
  void Boundary(SpeechBlock::Pause pause, int ms = 0) {
    std::string text = CollapseWhitespace(text_);
    text_.clear();
    if (!text.empty()) {
      blocks_.push_back({std::move(text), pause, ms});
      return;
    }
    if (blocks_.empty()) return;  // nothing said yet: no pause either
    SpeechBlock& last = blocks_.back();
    using Pause = SpeechBlock::Pause;
    if (pause == Pause::kTime) {
      last.pause_ms = last.pause == Pause::kTime ? last.pause_ms + ms : ms;
      last.pause = Pause::kTime;
    } else if (last.pause == Pause::kSentence) {
      last.pause = pause;  // a paragraph ends where a sentence did
    }
  }

  std::vector<SpeechBlock> Finish() {
    Boundary(SpeechBlock::Pause::kParagraph);
    return std::move(blocks_);
  }

 private:
  std::string text_;
  std::vector<SpeechBlock> blocks_;
};

// The index just past a construct that starts at text[at] and ends with `end`; text.size() when
// it never ends.
size_t Past(std::string_view text, size_t at, std::string_view end) {
  const size_t found = text.find(end, at);
  return found == std::string_view::npos ? text.size() : found + end.size();
}

// Goes through SSML once: the text said, and what its elements say about blocks and pauses.
class SsmlReader {
 public:
  SpeechInput Read(std::string_view text) {
    for (size_t i = 0; i < text.size();) i = Step(text, i);
    input_.blocks = builder_.Finish();
    return std::move(input_);
  }

 private:
  void Say(std::string_view text) {
    if (skipping_.empty()) builder_.Text(text);
  }

  // Reads what starts at text[i]: an entity, a character or markup; returns where the next
  // thing starts.
  size_t Step(std::string_view text, size_t i) {
    const char c = text[i];
    if (c == '&') {
      std::string decoded;
      const size_t length = DecodeEntity(text, i, decoded);
      Say(length == 0 ? "&" : decoded);
      return i + (length == 0 ? 1 : length);
    }
    const char next = i + 1 < text.size() ? text[i + 1] : '\0';
    if (c != '<' || !(IsAsciiLetter(next) || next == '/' || next == '!' || next == '?')) {
      Say(text.substr(i, 1));
      return i + 1;
    }
    return Markup(text, i);
  }

  // Reads the markup at text[i] ('<'): a comment, CDATA, a processing instruction or a tag.
  size_t Markup(std::string_view text, size_t i) {
    const char next = text[i + 1];
    if (text.substr(i, 4) == "<!--") return Past(text, i + 4, "-->");
    if (text.substr(i, 9) == "<![CDATA[") {
      const size_t close = text.find("]]>", i + 9);
      const size_t content_end = close == std::string_view::npos ? text.size() : close;
      Say(text.substr(i + 9, content_end - i - 9));
      return close == std::string_view::npos ? text.size() : close + 3;
    }
    if (next == '?') return Past(text, i + 2, "?>");
    const size_t end = TagEnd(text, i);
    if (end == std::string_view::npos) {  // never closed: the rest is text
      Say(text.substr(i));
      return text.size();
    }
    if (next != '!') Element(ParseTag(text.substr(i + 1, end - i - 1)));  // not <!DOCTYPE …>
    return end + 1;
  }

  void Element(const Tag& tag) {
    using Pause = SpeechBlock::Pause;
    if (!skipping_.empty()) {
      if (tag.closing && tag.name == skipping_) skipping_.clear();
      return;
    }
    if (tag.name == "speak" && !tag.closing) {
      if (const auto lang = Attribute(tag.body, "xml:lang")) {
        input_.language = PrimaryLanguageSubtag(*lang).value_or("");
      }
    } else if (tag.name == "p" || tag.name == "paragraph") {
      builder_.Boundary(Pause::kParagraph);
    } else if (tag.name == "s" || tag.name == "sentence") {
      builder_.Boundary(Pause::kSentence);
    } else if (tag.name == "break" && !tag.closing) {
      builder_.Boundary(Pause::kTime, BreakMs(tag));
    } else if (tag.name == "sub" && !tag.closing && !tag.empty) {
      if (const auto alias = Attribute(tag.body, "alias")) {
        builder_.Text(*alias);
        skipping_ = "sub";
      }
    } else if (tag.name == "desc" && !tag.closing && !tag.empty) {
      skipping_ = "desc";
    }
  }

  SpeechInput input_;
  BlockBuilder builder_;
  std::string skipping_;  // the element whose content is not said (sub, desc), until it closes
};

SpeechInput ReadSsml(std::string_view text) { return SsmlReader().Read(text); }

}  // namespace

bool LooksLikeSsml(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (text.substr(i, 4) == "<!--") {
      i = Past(text, i + 4, "-->");
    } else if (text.substr(i, 2) == "<?") {
      i = Past(text, i + 2, "?>");
    } else {
      break;
    }
  }
  const std::string_view rest = text.substr(std::min(i, text.size()));
  if (rest.substr(0, 6) != "<speak") return false;
  const char after = rest.size() > 6 ? rest[6] : '\0';
  return after == '>' || after == '/' || std::isspace(static_cast<unsigned char>(after));
}

SpeechInput ReadSpeechInput(std::string_view text) {
  if (LooksLikeSsml(text)) return ReadSsml(text);
  SpeechInput input;
  BlockBuilder builder;
  for (const std::string_view line : SplitLines(text)) {
    builder.Text(line);
    builder.Boundary(SpeechBlock::Pause::kParagraph);
  }
  input.blocks = builder.Finish();
  return input;
}

}  // namespace rawi
