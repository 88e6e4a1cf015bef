#include "read/html_body.h"

#include <strings.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "read/html_dom.h"
#include "read/html_furniture.h"
#include "read/paragraph_language.h"
#include "text/whitespace.h"

namespace rawi {
namespace {

const xmlNode* AsNode(const xmlDoc* doc) { return reinterpret_cast<const xmlNode*>(doc); }

bool IsText(const xmlNode* node) {
  return (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
         node->content != nullptr;
}

size_t VisibleBytes(const xmlNode* text_node) {
  size_t count = 0;
  for (const xmlChar* p = text_node->content; *p != 0; ++p) {
    if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r' && *p != '\f') ++count;
  }
  return count;
}

// Words in a text node: runs of characters other than white space.
size_t WordCount(const xmlNode* text_node) {
  size_t count = 0;
  bool in_word = false;
  for (const xmlChar* p = text_node->content; *p != 0; ++p) {
    const bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f';
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

// Never text at all, wherever it is.
bool IsInvisibleTag(std::string_view tag) {
  return tag == "script" || tag == "style" || tag == "noscript" || tag == "template" ||
         tag == "head";
}

int HeadingLevel(std::string_view tag) {
  if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') return tag[1] - '0';
  return 0;
}

bool IsBlockTag(std::string_view tag) {
  static constexpr std::string_view kBlocks[] = {
      "p",      "div",     "section", "article", "main",    "blockquote", "li",
      "ul",     "ol",      "dl",      "dt",      "dd",      "pre",        "table",
      "tr",     "thead",   "tbody",   "tfoot",   "caption", "hr",         "address",
      "center", "details", "summary", "body",    "html",    "fieldset",   "hgroup"};
  for (std::string_view block : kBlocks) {
    if (tag == block) return true;
  }
  return HeadingLevel(tag) > 0;
}

bool IsListTag(std::string_view tag) { return tag == "ul" || tag == "ol" || tag == "dl"; }

bool IsParagraphTag(std::string_view tag) {
  return tag == "p" || tag == "blockquote" || tag == "pre";
}

// A link away from the page; "javascript:" links are buttons whose text is the page's own.
bool IsLink(const xmlNode* node) {
  if (TagName(node) != "a") return false;
  const std::string href = Attribute(node, "href");
  return strncasecmp(href.c_str(), "javascript:", 11) != 0;
}

// A <div> with no block inside, only text and inline elements (no <br>): a paragraph on pages
// written without <p> (Readability turns these into <p> before scoring).
bool IsTextOnlyDiv(const xmlNode* node) {
  if (TagName(node) != "div") return false;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    // A <br> inside makes it a container of lines (pages that separate paragraphs so), which
    // is itself the article, not a paragraph of it.
    if (child->type == XML_ELEMENT_NODE && (IsBlockTag(TagName(child)) || TagName(child) == "br")) {
      return false;
    }
  }
  return true;
}

// The first name in the class attribute: entries of a list built alike share it
// ("live-blog__item", "live-blog__item live-blog__item--ad").
std::string FirstClass(const xmlNode* node) {
  const std::string classes = Attribute(node, "class");
  const size_t start = classes.find_first_not_of(" \t\n\r\f");
  if (start == std::string::npos) return "";
  return classes.substr(start, classes.find_first_of(" \t\n\r\f", start) - start);
}

bool IsCandidateRoot(const xmlNode* node, std::string_view kind) {
  if (kind == "articleBody") {
    const std::string itemprop = Attribute(node, "itemprop");
    return itemprop.find("articleBody") != std::string::npos;
  }
  if (kind == "main") {
    return TagName(node) == "main" || strcasecmp(Attribute(node, "role").c_str(), "main") == 0;
  }
  return TagName(node) == kind;
}

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

bool IsMark(char c) { return c >= kLinkStart && c <= kTimeEnd; }

// A paragraph's text without marks, and what its visible bytes are.
struct MarkedText {
  std::string text;              // marks removed, white space as it was
  size_t visible = 0;            // bytes other than white space
  size_t links = 0;              // of which inside links
  size_t times = 0;              // of which inside <time>
  size_t plain_after_label = 0;  // visible bytes after a leading "read also" label, not links
};

MarkedText Unmark(std::string_view marked) {
  MarkedText out;
  bool link = false;
  bool time = false;
  std::vector<bool> in_link;  // per byte of out.text
  for (char c : marked) {
    if (c == kLinkStart || c == kLinkEnd) {
      link = c == kLinkStart;
    } else if (c == kTimeStart || c == kTimeEnd) {
      time = c == kTimeStart;
    } else {
      out.text += c;
      in_link.push_back(link);
      if (c != ' ' && c != '\n') {
        ++out.visible;
        if (link) ++out.links;
        if (time) ++out.times;
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

// Collects inline text into blocks as the walk enters and leaves elements.
class BlockCollector {
 public:
  explicit BlockCollector(std::vector<TextBlock>& out) : out_(out) {}

  void Text(const xmlNode* node, bool in_link, bool in_time) {
    const std::string_view text(reinterpret_cast<const char*>(node->content));
    auto is_space = [](char c) {
      // Marks cannot come from a page: they are control characters, read as white space.
      return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || IsMark(c);
    };
    const bool any = std::any_of(text.begin(), text.end(), [&](char c) { return !is_space(c); });
    // Marks go only around visible text, so that they never stand between two <br>.
    if (any && in_link) buffer_ += kLinkStart;
    if (any && in_time) buffer_ += kTimeStart;
    // Source line breaks are white space; only <br> breaks lines.
    for (char c : text) buffer_ += is_space(c) ? ' ' : c;
    if (any && in_time) buffer_ += kTimeEnd;
    if (any && in_link) buffer_ += kLinkEnd;
    if (any && owner_ == nullptr) owner_ = NearestBlock(node->parent);
  }

  void LineBreak() {
    if (heading_level_ == 0) buffer_ += '\n';
  }
  void CellBreak() { buffer_ += ' '; }

  void StartHeading(int level) {
    Flush();
    heading_level_ = level;
  }
  void EndHeading() {
    Flush();
    heading_level_ = 0;
  }
  // A block boundary; headings collect everything inside them, blocks included.
  void Boundary() {
    if (heading_level_ == 0) {
      Flush();
    } else {
      buffer_ += ' ';
    }
  }

  void Flush() {
    if (owner_ != nullptr) Emit();
    buffer_.clear();
    owner_ = nullptr;
  }

 private:
  void Emit() {
    std::string language = MarkupLanguage(owner_).value_or("");
    if (heading_level_ > 0) {
      const MarkedText heading = Unmark(buffer_);
      if (!IsFurnitureLine(heading)) {
        out_.push_back(
            {TextBlock::Kind::kHeading, heading_level_, CollapseWhitespace(heading.text), ""});
      }
      return;
    }
    // Two or more <br> in a row (white space between) end a paragraph; one is a space.
    size_t start = 0;
    while (start < buffer_.size()) {
      size_t end = start;
      int breaks = 0;
      for (; end < buffer_.size(); ++end) {
        if (buffer_[end] == '\n') {
          ++breaks;
        } else if (buffer_[end] != ' ') {
          if (breaks >= 2) break;
          breaks = 0;
        }
      }
      const MarkedText line = Unmark(std::string_view(buffer_).substr(start, end - start));
      std::string text = CollapseWhitespace(line.text);
      if (!text.empty() && !IsFurnitureLine(line)) {
        std::string paragraph_language = language;
        if (paragraph_language.empty()) {
          paragraph_language = ScriptLanguage(text).value_or(DirectionLanguage(owner_));
        }
        out_.push_back({TextBlock::Kind::kParagraph, 0, std::move(text), paragraph_language});
      }
      start = end;
    }
  }

  std::vector<TextBlock>& out_;
  std::string buffer_;              // text with link and time marks
  const xmlNode* owner_ = nullptr;  // the block element holding the block's first visible text
  int heading_level_ = 0;
};

}  // namespace

HtmlArticle::HtmlArticle(const xmlDoc* doc) : doc_(doc) {
  constexpr size_t kHeadlineWords = 4;
  int in_link = 0;
  size_t link_words = 0;  // in the outermost link being walked
  WalkTree(
      AsNode(doc_),
      [&](const xmlNode* node) {
        if (IsText(node)) {
          // Text counts for its parent element right away; elements pass totals up on leave.
          const size_t visible = VisibleBytes(node);
          Lengths& parent = lengths_[node->parent];
          parent.text += visible;
          if (in_link > 0) {
            parent.links += visible;
            link_words += WordCount(node);
          }
          return false;
        }
        const bool element = node->type == XML_ELEMENT_NODE;
        if (!element && node->parent != nullptr) return false;  // comments, DTD
        if (element && IsInvisibleTag(TagName(node))) return false;
        if (IsLink(node)) ++in_link;
        lengths_.try_emplace(node);
        return true;
      },
      [&](const xmlNode* node) {
        const auto it = lengths_.find(node);
        if (it == lengths_.end()) return;  // skipped
        if (IsLink(node) && --in_link == 0) {
          if (link_words >= kHeadlineWords) ++linked_headlines_;
          link_words = 0;
        }
        if (node->parent == nullptr) return;
        const Lengths own = it->second;
        Lengths& parent = lengths_[node->parent];
        parent.text += own.text;
        parent.links += own.links;
      });
}

HtmlArticle::Lengths HtmlArticle::LengthsOf(const xmlNode* node) const {
  const auto it = lengths_.find(node);
  return it == lengths_.end() ? Lengths{} : it->second;
}

size_t HtmlArticle::NonLinkText(const xmlNode* node) const {
  const Lengths lengths = LengthsOf(node);
  return lengths.text - lengths.links;
}

const xmlNode* HtmlArticle::FindRoot(bool strict,
                                     std::vector<const xmlNode*>* with_siblings) const {
  constexpr std::string_view kKinds[] = {"articleBody", "article", "main"};
  const xmlNode* best[3] = {nullptr, nullptr, nullptr};
  std::unordered_map<const xmlNode*, size_t> density;
  std::vector<const xmlNode*> scored;  // in document order
  const xmlNode* body = nullptr;
  auto add_density = [&](const xmlNode* element, size_t amount) {
    if (element == nullptr || element->type != XML_ELEMENT_NODE || amount == 0) return;
    auto [it, added] = density.try_emplace(element, 0);
    if (added) scored.push_back(element);
    it->second += amount;
  };
  int in_link = 0;
  const xmlNode* skipped = nullptr;
  WalkTree(
      AsNode(doc_),
      [&](const xmlNode* node) {
        if (IsText(node)) {
          if (in_link == 0) add_density(node->parent, VisibleBytes(node));
          return false;
        }
        if (node->type != XML_ELEMENT_NODE) return node->parent == nullptr;  // the document
        const std::string_view tag = TagName(node);
        if (tag == "body" && body == nullptr) body = node;
        if (IsInvisibleTag(tag) || IsFurnitureTag(tag) || (strict && HasFurnitureName(node)) ||
            IsHidden(node)) {
          skipped = node;
          return false;
        }
        for (int kind = 0; kind < 3; ++kind) {
          if (IsCandidateRoot(node, kKinds[kind]) &&
              (best[kind] == nullptr || NonLinkText(node) > NonLinkText(best[kind]))) {
            best[kind] = node;
          }
        }
        if ((IsParagraphTag(tag) || IsTextOnlyDiv(node)) && node->parent != nullptr) {
          // A paragraph's text counts for its parent (in full) and grandparent (half).
          add_density(node->parent, NonLinkText(node));
          add_density(node->parent->parent, NonLinkText(node) / 2);
          skipped = node;
          return false;
        }
        if (IsLink(node)) ++in_link;
        return true;
      },
      [&](const xmlNode* node) {
        if (node == skipped) {
          skipped = nullptr;
          return;
        }
        if (IsLink(node)) --in_link;
      });

  for (const xmlNode* candidate : best) {
    if (candidate != nullptr && NonLinkText(candidate) >= kMinArticleBytes) return candidate;
  }
  const xmlNode* densest = nullptr;
  size_t most = 0;
  for (const xmlNode* element : scored) {
    if (density[element] > most) {
      densest = element;
      most = density[element];
    }
  }
  if (densest == nullptr) return body != nullptr ? body : AsNode(doc_);
  // A live blog or a list of entries: one of the densest blocks is an entry of a list built
  // alike, which then holds more text than the densest block alone.
  constexpr size_t kTopBlocks = 5;
  std::vector<const xmlNode*> top = scored;
  const size_t n = std::min(kTopBlocks, top.size());
  std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(n), top.end(),
                    [&](const xmlNode* a, const xmlNode* b) { return density[a] > density[b]; });
  for (size_t i = 0; i < n; ++i) {
    const xmlNode* posts = ListOfPosts(top[i], strict);
    if (posts != nullptr && NonLinkText(posts) > NonLinkText(densest)) {
      densest = posts;
      break;
    }
  }
  if (with_siblings != nullptr && densest->parent != nullptr) {
    // As Readability: the article may be split over siblings (pages, steps, div-only text).
    // A sibling joins when its paragraphs hold a fifth of the root's, or when it is itself a
    // paragraph of real text: over 80 bytes with few links.
    const size_t threshold = std::max<size_t>(10, most / 5);
    for (const xmlNode* sibling = densest->parent->children; sibling != nullptr;
         sibling = sibling->next) {
      if (sibling->type != XML_ELEMENT_NODE) continue;
      const auto it = density.find(sibling);
      const Lengths lengths = LengthsOf(sibling);
      const bool paragraph = (IsParagraphTag(TagName(sibling)) || IsTextOnlyDiv(sibling)) &&
                             lengths.text > 80 && lengths.links * 4 < lengths.text;
      if (sibling == densest || (it != density.end() && it->second >= threshold) || paragraph) {
        with_siblings->push_back(sibling);
      }
    }
  }
  return densest;
}

const xmlNode* HtmlArticle::ListOfPosts(const xmlNode* densest, bool strict) const {
  constexpr int kLevels = 3;
  constexpr size_t kPostBytes = 80;
  constexpr size_t kMinPosts = 3;
  auto is_container = [](const xmlNode* node) {
    return node != nullptr && node->type == XML_ELEMENT_NODE && TagName(node) != "body" &&
           TagName(node) != "html";
  };
  const xmlNode* item = densest;
  for (int level = 0; level < kLevels && is_container(item->parent); ++level) {
    const xmlNode* list = item->parent;
    const std::string kind = FirstClass(item);
    size_t posts = 0;
    for (const xmlNode* sibling = list->children; sibling != nullptr; sibling = sibling->next) {
      if (sibling->type == XML_ELEMENT_NODE && TagName(sibling) == TagName(item) &&
          FirstClass(sibling) == kind && !(strict && HasFurnitureName(sibling)) &&
          NonLinkText(sibling) >= kPostBytes) {
        ++posts;
      }
    }
    if (posts >= kMinPosts) {
      // Wrappers that add almost nothing (a header line, a "load more" button) come along.
      while (is_container(list->parent) &&
             NonLinkText(list) * 10 >= NonLinkText(list->parent) * 9) {
        list = list->parent;
      }
      return list;
    }
    item = list;
  }
  return nullptr;
}

std::vector<TextBlock> HtmlArticle::Blocks(const xmlNode* root, bool strict) const {
  std::vector<TextBlock> blocks;
  BlockCollector collector(blocks);
  const size_t root_text = LengthsOf(root).text;
  int in_link = 0;
  int in_time = 0;
  const xmlNode* skipped = nullptr;
  WalkTree(
      root,
      [&](const xmlNode* node) {
        if (IsText(node)) {
          collector.Text(node, in_link > 0, in_time > 0);
          return false;
        }
        if (node->type != XML_ELEMENT_NODE) return node == root;
        const std::string_view tag = TagName(node);
        bool skip = false;
        if (node != root) {
          const Lengths lengths = LengthsOf(node);
          skip = IsInvisibleTag(tag) || IsFurnitureTag(tag) || IsHidden(node) ||
                 (strict && HasFurnitureName(node) && lengths.text * 2 <= root_text) ||
                 (IsListTag(tag) && lengths.links * 2 > lengths.text);
        }
        if (skip) {
          skipped = node;
          collector.Boundary();  // removed furniture still separates the text around it
          return false;
        }
        if (IsLink(node)) ++in_link;
        if (tag == "time") ++in_time;
        if (tag == "br") collector.LineBreak();
        if (tag == "td" || tag == "th") collector.CellBreak();
        if (const int level = HeadingLevel(tag)) {
          collector.StartHeading(level);
        } else if (IsBlockTag(tag)) {
          collector.Boundary();
        }
        return true;
      },
      [&](const xmlNode* node) {
        if (node == skipped) {
          skipped = nullptr;
          return;
        }
        if (node->type != XML_ELEMENT_NODE) return;
        const std::string_view tag = TagName(node);
        if (IsLink(node)) --in_link;
        if (tag == "time") --in_time;
        if (HeadingLevel(tag) > 0) {
          collector.EndHeading();
        } else if (IsBlockTag(tag)) {
          collector.Boundary();
        }
      });
  collector.Flush();
  return blocks;
}

}  // namespace rawi
