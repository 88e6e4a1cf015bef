#include "read/markdown_reader.h"

#include <libxml/HTMLparser.h>
#include <md4c.h>

#include <charconv>
#include <vector>

#include "read/document_builder.h"
#include "read/front_matter.h"
#include "read/paragraph_language.h"
#include "read/text_block.h"
#include "text/whitespace.h"
#include "util/error.h"

namespace rawi {
namespace {

void AppendUtf8(std::string& out, uint32_t c) {
  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// An entity as md4c hands it over ("&amp;", "&#1604;", "&#x644;") in UTF-8; the entity itself
// when it names nothing.
std::string DecodeEntity(std::string_view entity) {
  std::string out;
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';')
    return std::string(entity);
  std::string_view name = entity.substr(1, entity.size() - 2);
  if (name.front() == '#') {
    name.remove_prefix(1);
    int base = 10;
    if (!name.empty() && (name.front() == 'x' || name.front() == 'X')) {
      base = 16;
      name.remove_prefix(1);
    }
    uint32_t code = 0;
    const auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), code, base);
    if (error != std::errc() || end != name.data() + name.size()) return std::string(entity);
    AppendUtf8(out, code);
    return out;
  }
  const std::string key(name);
  const htmlEntityDesc* desc = htmlEntityLookup(reinterpret_cast<const xmlChar*>(key.c_str()));
  if (desc == nullptr) return std::string(entity);
  AppendUtf8(out, desc->value);
  return out;
}

class MarkdownCollector {
 public:
  static int EnterBlock(MD_BLOCKTYPE type, void* detail, void* self) {
    static_cast<MarkdownCollector*>(self)->Enter(type, detail);
    return 0;
  }
  static int LeaveBlock(MD_BLOCKTYPE type, void*, void* self) {
    static_cast<MarkdownCollector*>(self)->Leave(type);
    return 0;
  }
  static int EnterSpan(MD_SPANTYPE type, void*, void* self) {
    auto* collector = static_cast<MarkdownCollector*>(self);
    if (type == MD_SPAN_A) ++collector->in_link_;
    if (type == MD_SPAN_IMG) ++collector->in_image_;
    return 0;
  }
  static int LeaveSpan(MD_SPANTYPE type, void*, void* self) {
    auto* collector = static_cast<MarkdownCollector*>(self);
    if (type == MD_SPAN_A) --collector->in_link_;
    if (type == MD_SPAN_IMG) --collector->in_image_;
    return 0;
  }
  static int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
    static_cast<MarkdownCollector*>(self)->AddText(type, std::string_view(text, size));
    return 0;
  }

  std::vector<TextBlock>& blocks() { return blocks_; }

 private:
  void Enter(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_H:
        Flush();
        heading_level_ = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
        return;
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
        Flush();
        ++skipping_;
        return;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        Flush();
        if (list_depth_++ == 0) {
          list_start_ = blocks_.size();
          list_chars_ = list_links_ = 0;
        }
        return;
      case MD_BLOCK_TD:
      case MD_BLOCK_TH:
        buffer_ += ' ';
        return;
      default:
        Flush();
    }
  }

  void Leave(MD_BLOCKTYPE type) {
    switch (type) {
      case MD_BLOCK_H:
        Flush();
        heading_level_ = 0;
        return;
      case MD_BLOCK_CODE:
        --skipping_;
        blocks_.push_back({TextBlock::Kind::kCodeNote, 0, "", ""});
        return;
      case MD_BLOCK_HTML:
        --skipping_;
        return;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        Flush();
        if (--list_depth_ == 0 && list_links_ * 2 > list_chars_) {
          blocks_.resize(list_start_);  // a list of links: "Read more", "اقرأ أيضا"
        }
        return;
      case MD_BLOCK_TD:
      case MD_BLOCK_TH:
        return;
      default:
        Flush();
    }
  }

  void AddText(MD_TEXTTYPE type, std::string_view text) {
    if (skipping_ > 0 || in_image_ > 0) return;
    switch (type) {
      case MD_TEXT_NORMAL:
      case MD_TEXT_CODE:
      case MD_TEXT_LATEXMATH:
        Append(text);
        return;
      case MD_TEXT_ENTITY:
        Append(DecodeEntity(text));
        return;
      case MD_TEXT_BR:
      case MD_TEXT_SOFTBR:
        buffer_ += ' ';
        return;
      case MD_TEXT_NULLCHAR:
      case MD_TEXT_HTML:
        return;
    }
  }

  void Append(std::string_view text) {
    buffer_ += text;
    size_t visible = 0;
    for (char c : text) visible += (c != ' ' && c != '\t' && c != '\n') ? 1 : 0;
    chars_ += visible;
    if (in_link_ > 0) links_ += visible;
  }

  void Flush() {
    std::string text = CollapseWhitespace(buffer_);
    if (!text.empty() && links_ * 2 <= chars_) {
      blocks_.push_back(
          {heading_level_ > 0 ? TextBlock::Kind::kHeading : TextBlock::Kind::kParagraph,
           heading_level_, std::move(text), ""});
    }
    if (list_depth_ > 0) {
      list_chars_ += chars_;
      list_links_ += links_;
    }
    buffer_.clear();
    chars_ = links_ = 0;
  }

  std::vector<TextBlock> blocks_;
  std::string buffer_;
  size_t chars_ = 0;
  size_t links_ = 0;
  int heading_level_ = 0;
  int skipping_ = 0;  // inside a code or HTML block
  int in_link_ = 0;
  int in_image_ = 0;
  int list_depth_ = 0;
  size_t list_start_ = 0;  // blocks_ index where the outermost list began
  size_t list_chars_ = 0;
  size_t list_links_ = 0;
};

}  // namespace

Document ParseMarkdownArticle(std::string_view text, const std::string& source,
                              const BoilerplateFilter& boilerplate) {
  const MarkdownParts parts = SplitFrontMatter(text);
  Document metadata;
  metadata.source = source;
  if (parts.front_matter) {
    FrontMatter front_matter = ParseFrontMatter(*parts.front_matter, source);
    metadata.title.written = std::move(front_matter.title);
    metadata.byline = std::move(front_matter.byline);
    metadata.date = std::move(front_matter.date);
  }

  MarkdownCollector collector;
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
  parser.enter_block = &MarkdownCollector::EnterBlock;
  parser.leave_block = &MarkdownCollector::LeaveBlock;
  parser.enter_span = &MarkdownCollector::EnterSpan;
  parser.leave_span = &MarkdownCollector::LeaveSpan;
  parser.text = &MarkdownCollector::Text;
  if (md_parse(parts.body.data(), static_cast<MD_SIZE>(parts.body.size()), &parser, &collector) !=
      0) {
    throw FileError(source, "cannot parse the Markdown (out of memory)");
  }
  return BuildDocument(collector.blocks(), std::move(metadata), boilerplate, "en");
}

}  // namespace rawi
