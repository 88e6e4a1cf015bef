#include "read/html_block_collector.h"

#include <strings.h>

#include <algorithm>
#include <optional>
#include <string_view>

#include "read/html_dom.h"
#include "read/html_furniture.h"
#include "read/html_node_kinds.h"
#include "read/paragraph_language.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

// Language of a block by its markup: the nearest lang attribute below <html> naming ar or en.
std::optional<std::string> MarkupLanguage(const xmlNode* node) {
  for (const xmlNode* n = node; n != nullptr && n->type == XML_ELEMENT_NODE; n = n->parent) {
    if (TagName(n) == "html") break;
    std::string lang = Attribute(n, "lang");
    if (lang.empty()) lang = Attribute(n, "xml:lang");
    if (lang.empty()) continue;
    const auto primary = PrimaryLanguageSubtag(lang);
    if (primary == "ar" || primary == "en") return primary;
    return std::nullopt;  // a language rawi does not speak: let the script decide
  }
  return std::nullopt;
}

std::string DirectionLanguage(const xmlNode* node) {
  for (const xmlNode* n = node; n != nullptr && n->type == XML_ELEMENT_NODE; n = n->parent) {
    const std::string dir = Attribute(n, "dir");
    if (strcasecmp(dir.c_str(), "rtl") == 0) return "ar";
    if (strcasecmp(dir.c_str(), "ltr") == 0) return "en";
  }
  return "";
}

// The block element (p, li, div, …) an inline element is part of: its language is the block's,
// not that of a span inside it.
const xmlNode* NearestBlock(const xmlNode* node) {
  const xmlNode* block = node;
  while (block != nullptr && block->type == XML_ELEMENT_NODE && !IsBlockTag(TagName(block))) {
    block = block->parent;
  }
  return block != nullptr && block->type == XML_ELEMENT_NODE ? block : node;
}

// Marks around text in buffers (control characters no page text has once parsed as HTML text
// is collapsed): link text and time-stamp text are told apart from the rest of a paragraph.
constexpr char kLinkStart = '\x01';
constexpr char kLinkEnd = '\x02';
constexpr char kTimeStart = '\x03';
constexpr char kTimeEnd = '\x04';
constexpr char kBoldStart = '\x05';
constexpr char kBoldEnd = '\x06';

bool IsMark(char c) { return c >= kLinkStart && c <= kBoldEnd; }

// A paragraph's text without marks, and what its visible bytes are.
struct MarkedText {
  std::string text;              // marks removed, white space as it was
  size_t visible = 0;            // bytes other than white space
  size_t links = 0;              // of which inside links
  size_t times = 0;              // of which inside <time>
  size_t bold = 0;               // of which inside <strong> or <b>
  size_t plain_after_label = 0;  // visible bytes after a leading "read also" label, not links
};

MarkedText Unmark(std::string_view marked) {
  MarkedText out;
  bool link = false;
  bool time = false;
  bool bold = false;
  std::vector<bool> in_link;  // per byte of out.text
  for (char c : marked) {
    if (c == kLinkStart || c == kLinkEnd) {
      link = c == kLinkStart;
    } else if (c == kTimeStart || c == kTimeEnd) {
      time = c == kTimeStart;
    } else if (c == kBoldStart || c == kBoldEnd) {
      bold = c == kBoldStart;
    } else {
      out.text += c;
      in_link.push_back(link);
      if (c != ' ' && c != '\n') {
        ++out.visible;
        if (link) ++out.links;
        if (time) ++out.times;
        if (bold) ++out.bold;
      }
    }
  }
  const size_t lead = out.text.find_first_not_of(" \n");
  if (lead != std::string::npos) {
    if (const size_t label = ReadAlsoLabelLength(std::string_view(out.text).substr(lead))) {
      for (size_t i = lead + label; i < out.text.size(); ++i) {
        if (out.text[i] != ' ' && out.text[i] != '\n' && !in_link[i]) ++out.plain_after_label;
      }
    } else {
      out.plain_after_label = out.visible;
    }
  }
  return out;
}

// Not text of the article: mostly links (a "read also" line, a list of stories), a "read also"
// label alone or before a link, or only a time stamp (a live blog's "18:05").
bool IsFurnitureLine(const MarkedText& line) {
  return line.visible == 0 || line.links * 2 > line.visible || line.plain_after_label == 0 ||
         line.times == line.visible;
}

// A line set in bold alone, short and not a sentence or a label, is a subheading, as pages
// without <h2> write one («<p><strong>تجهيزات حديثة</strong></p>»).
bool IsBoldSubheading(const MarkedText& line, std::string_view text) {
  constexpr size_t kMaxWords = 12;
  if (line.bold != line.visible || line.links > 0 || WordCount(text) > kMaxWords) return false;
  for (std::string_view end : {".", "!", "?", "؟", ":", "：", "…", "،", ",", "\"", "»", "”"}) {
    if (text.ends_with(end)) return false;
  }
  // A label and what follows it («إعداد: سارة», "Update: …") is a credit or a note.
  return text.find(':') == std::string_view::npos && text.find("：") == std::string_view::npos;
}

// Bold lines in list items and table cells are items, not subheadings.
bool MayHoldSubheading(const xmlNode* owner) {
  const std::string_view tag = TagName(owner);
  return tag == "p" || tag == "div" || tag == "section" || tag == "article" || tag == "main" ||
         tag == "body";
}

// Where the paragraph starting at `start` of `buffer` ends: at the text after two or more line
// breaks in a row (white space between), else at the end.
size_t ParagraphEnd(std::string_view buffer, size_t start) {
  size_t end = start;
  int breaks = 0;
  for (; end < buffer.size(); ++end) {
    if (buffer[end] == '\n') {
      ++breaks;
    } else if (buffer[end] != ' ') {
      if (breaks >= 2) break;
      breaks = 0;
    }
  }
  return end;
}

}  // namespace

void BlockCollector::Text(const xmlNode* node, bool in_link, bool in_time, bool in_bold) {
  const std::string_view text(reinterpret_cast<const char*>(node->content));
  auto is_space = [](char c) {
    // Marks cannot come from a page: they are control characters, read as white space.
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || IsMark(c);
  };
  const bool any = std::any_of(text.begin(), text.end(), [&](char c) { return !is_space(c); });
  // Marks go only around visible text, so that they never stand between two <br>.
  if (any && in_link) buffer_ += kLinkStart;
  if (any && in_time) buffer_ += kTimeStart;
  if (any && in_bold) buffer_ += kBoldStart;
  // Source line breaks are white space; only <br> breaks lines.
  for (char c : text) buffer_ += is_space(c) ? ' ' : c;
  if (any && in_bold) buffer_ += kBoldEnd;
  if (any && in_time) buffer_ += kTimeEnd;
  if (any && in_link) buffer_ += kLinkEnd;
  if (any && owner_ == nullptr) owner_ = NearestBlock(node->parent);
}

void BlockCollector::LineBreak() {
  if (heading_level_ == 0) buffer_ += '\n';
}

void BlockCollector::CellBreak() { buffer_ += ' '; }

void BlockCollector::StartHeading(int level) {
  Flush();
  heading_level_ = level;
}

void BlockCollector::EndHeading() {
  Flush();
  heading_level_ = 0;
}

void BlockCollector::Boundary() {
  if (heading_level_ == 0) {
    Flush();
  } else {
    buffer_ += ' ';
  }
}

void BlockCollector::Push(TextBlock block) {
  // A bold line heads what follows it; before a heading or at the end, it was text.
  if (bold_heading_ && block.kind == TextBlock::Kind::kHeading) out_.back() = *bold_heading_;
  bold_heading_.reset();
  out_.push_back(std::move(block));
}

void BlockCollector::Finish() {
  Flush();
  if (bold_heading_) out_.back() = *bold_heading_;
  bold_heading_.reset();
}

void BlockCollector::Flush() {
  if (owner_ != nullptr) Emit();
  buffer_.clear();
  owner_ = nullptr;
}

void BlockCollector::Emit() {
  if (heading_level_ == 0) {
    EmitParagraphs();
    return;
  }
  const MarkedText heading = Unmark(buffer_);
  if (!IsFurnitureLine(heading)) {
    Push({TextBlock::Kind::kHeading, heading_level_, CollapseWhitespace(heading.text), ""});
  }
}

void BlockCollector::EmitParagraphs() {
  const std::string language = MarkupLanguage(owner_).value_or("");
  for (size_t start = 0, end = 0; start < buffer_.size(); start = end) {
    end = ParagraphEnd(buffer_, start);
    const MarkedText line = Unmark(std::string_view(buffer_).substr(start, end - start));
    std::string text = CollapseWhitespace(line.text);
    if (text.empty() || IsFurnitureLine(line)) continue;
    std::string paragraph_language = language;
    if (paragraph_language.empty()) {
      paragraph_language = ScriptLanguage(text).value_or(DirectionLanguage(owner_));
    }
    // Under a heading, a bold line is the section's first text, not a heading of its own.
    const bool under_heading = !out_.empty() && out_.back().kind == TextBlock::Kind::kHeading;
    if (IsBoldSubheading(line, text) && MayHoldSubheading(owner_) && !under_heading) {
      Push({TextBlock::Kind::kHeading, kBoldSubheadingLevel, text, ""});
      bold_heading_ =
          TextBlock{TextBlock::Kind::kParagraph, 0, std::move(text), std::move(paragraph_language)};
      continue;
    }
    Push({TextBlock::Kind::kParagraph, 0, std::move(text), paragraph_language});
  }
}

}  // namespace rawi
