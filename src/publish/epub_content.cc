#include "publish/epub_content.h"

#include "publish/epub_package.h"
#include "publish/excerpt.h"
#include "publish/xml_writer.h"
#include "text/language.h"
#include "text/utf8.h"

namespace rawi {
namespace {

// lang and xml:lang (EPUB reading systems read one or the other), and dir.
void LanguageAttributes(XmlWriter& xml, const std::string& language) {
  xml.Attribute("lang", language);
  xml.Attribute("xml:lang", language);
  xml.Attribute("dir", Language(language).Direction());
}

// The head of an XHTML document: <html> with its language, <head> with title and stylesheet.
void StartXhtml(XmlWriter& xml, const ReadAlong& book, const std::string& title, bool epub_ns) {
  xml.Doctype("html");
  xml.Start("html");
  xml.Attribute("xmlns", "http://www.w3.org/1999/xhtml");
  if (epub_ns) xml.Attribute("xmlns:epub", "http://www.idpf.org/2007/ops");
  LanguageAttributes(xml, book.language);
  xml.Start("head");
  xml.Empty("meta", {{"charset", "UTF-8"}});
  xml.Element("title", title);
  xml.Empty("link", {{"rel", "stylesheet"}, {"type", "text/css"}, {"href", kEpubStyle}});
  xml.End();
}

// The first words of `text`, at most about 60 characters, with "…" when cut.
std::string FirstWords(const std::string& text) {
  constexpr size_t kMax = 60;
  if (CodePointCount(text) <= kMax) return text;
  std::string cut = LeadingWords(text, kMax);
  if (cut.empty()) return text;                 // one long word
  for (const std::string comma : {",", "،"}) {  // no comma before the ellipsis
    if (cut.ends_with(comma)) cut.resize(cut.size() - comma.size());
  }
  return cut + "…";
}

std::string ContentsLabel(const std::string& language) {
  return Language(language).IsArabic() ? "المحتويات" : "Contents";
}

// The nav's list item linking to the content document's element `id`.
void NavLink(XmlWriter& xml, const std::string& id, const std::string& label) {
  xml.Start("li");
  xml.Element("a", {{"href", std::string(kEpubContent) + "#" + id}}, label);
  xml.End();
}

}  // namespace

std::string EpubNav(const ReadAlong& book) {
  const std::string contents = ContentsLabel(book.language);
  XmlWriter xml("the EPUB navigation document");
  StartXhtml(xml, book, contents, /*epub_ns=*/true);
  xml.Start("body");
  xml.Start("nav");
  xml.Attribute("epub:type", "toc");
  xml.Attribute("role", "doc-toc");
  xml.Attribute("id", "toc");
  xml.Element("h1", contents);
  xml.Start("ol");
  // The start of the article: the title line, else (an untitled article, whose dc:title may be
  // its first heading) the lede's first words, else the first heading.
  const auto items = ReadAlongItems(book);
  if (!items.empty()) {
    const bool lede = !book.title_line && !book.sections.empty() && !book.sections[0].heading;
    NavLink(xml, items.front()->id, lede ? FirstWords(items.front()->text) : book.title);
  }
  for (const auto& section : book.sections) {
    if (section.heading && &*section.heading != items.front()) {
      NavLink(xml, section.heading->id, section.heading->text);
    }
  }
  xml.End();  // ol
  xml.End();  // nav
  xml.Start("nav");
  xml.Attribute("epub:type", "landmarks");
  xml.Attribute("hidden", "hidden");
  xml.Element("h2", Language(book.language).IsArabic() ? "المعالم" : "Landmarks");
  xml.Start("ol");
  xml.Start("li");
  xml.Element("a", {{"epub:type", "bodymatter"}, {"href", kEpubContent}}, book.title);
  return xml.Finish();
}

std::string EpubContent(const ReadAlong& book) {
  XmlWriter xml("the EPUB content document");
  StartXhtml(xml, book, book.title, /*epub_ns=*/false);
  xml.Start("body");
  if (book.title_line) xml.Element("h1", {{"id", book.title_line->id}}, book.title_line->text);
  if (!book.byline.empty()) xml.Element("p", {{"class", "byline"}}, book.byline);
  for (const auto& section : book.sections) {
    if (section.heading) xml.Element("h2", {{"id", section.heading->id}}, section.heading->text);
    for (const auto& paragraph : section.paragraphs) {
      xml.Start("p");
      if (paragraph.language != book.language) LanguageAttributes(xml, paragraph.language);
      for (const auto& sentence : paragraph.sentences) {
        // The indentation between the spans is the space between the sentences.
        xml.Element("span", {{"id", sentence.id}}, sentence.text);
      }
      xml.End();
    }
  }
  return xml.Finish();
}

std::string EpubOverlay(const ReadAlong& book) {
  XmlWriter xml("the EPUB media overlay");
  xml.Start("smil");
  xml.Attribute("xmlns", "http://www.w3.org/ns/SMIL");
  xml.Attribute("version", "3.0");
  xml.Start("body");
  for (const ReadAlongItem* item : ReadAlongItems(book)) {
    const std::string begin = SmilClock(item->begin, book.sample_rate);
    const std::string end = SmilClock(item->end, book.sample_rate);
    if (begin == end) continue;  // nothing was spoken (a clip must not be empty)
    xml.Start("par");
    xml.Attribute("id", "par-" + item->id);
    xml.Empty("text", {{"src", std::string(kEpubContent) + "#" + item->id}});
    xml.Empty("audio", {{"src", kEpubAudio}, {"clipBegin", begin}, {"clipEnd", end}});
    xml.End();
  }
  return xml.Finish();
}

std::string EpubStyle() {
  return R"(/* rawi read-along ebook */
body {
  line-height: 1.6;
}
h1,
h2 {
  line-height: 1.3;
}
.byline {
  font-weight: bold;
}
/* The sentence being read (media:active-class). Translucent yellow lightens a light page and
   darkens a dark one while the text keeps the reading system's colour, so the highlight reads in
   day, sepia and night themes; the underline marks it without relying on colour. */
.-epub-media-overlay-active {
  background-color: rgba(255, 200, 0, 0.4);
  text-decoration: underline;
}
/* High-contrast (forced colours) modes: the system's own highlight colours. */
@media (forced-colors: active) {
  .-epub-media-overlay-active {
    background-color: Highlight;
    color: HighlightText;
  }
}
)";
}

}  // namespace rawi
