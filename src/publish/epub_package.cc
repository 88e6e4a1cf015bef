#include "publish/epub_package.h"

#include <ctime>

#include "publish/identifiers.h"
#include "publish/xml_writer.h"
#include "text/language.h"

namespace rawi {
namespace {

// The class reading systems give the element being read (media:active-class).
constexpr const char* kActiveClass = "-epub-media-overlay-active";

// RFC 4122's URL namespace: dc:identifier is UUIDv5("rawi:epub:" + text hash) in it.
constexpr std::string_view kUrlNamespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

std::string Utc(int64_t unix_time) {
  const std::time_t t = static_cast<std::time_t>(unix_time);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

std::string AccessibilitySummary(const std::string& language) {
  if (Language(language).IsArabic()) {
    return "نص هذا المقال كاملًا مع قراءته بصوت مُركَّب (eSpeak NG) متزامنةً معه جملةً جملة: "
           "تُظلَّل كل جملة في أثناء قراءتها (تراكب الوسائط في EPUB 3). يكفي النص وحده لفهم "
           "المحتوى كله، ويكفي الصوت وحده أيضًا، فهو يقرأ العنوان والعناوين الفرعية وكل الجمل "
           "(عدا اسم الكاتب). فيه فهرس للتنقل بين العناوين، وترتيب القراءة هو ترتيب النص، ولا "
           "صور فيه ولا مخاطر.";
  }
  return "The full text of the article with its reading by synthetic speech (eSpeak NG), "
         "synchronized sentence by sentence: each sentence is highlighted while it is read "
         "(EPUB 3 Media Overlays). The text alone conveys all of the content, and so does the "
         "audio alone, which reads the title, the headings and every sentence (not the byline). "
         "A table of contents leads to every heading, the reading order is the text's, and there "
         "are no images and no hazards.";
}

// <metadata>: Dublin Core, the overlay's duration and the accessibility metadata (EPUB
// Accessibility 1.1, schema.org vocabulary): text and speech, either alone sufficient,
// synchronized.
void Metadata(XmlWriter& xml, const ReadAlong& book, int64_t modified) {
  const std::string duration = SmilClock(book.total_samples, book.sample_rate);
  xml.Start("metadata");
  xml.Attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  xml.Element("dc:identifier", {{"id", "pub-id"}}, EpubIdentifier(book));
  xml.Element("dc:title", book.title);
  xml.Element("dc:language", book.language);
  if (!book.byline.empty()) xml.Element("dc:creator", book.byline);
  if (!book.date_iso.empty()) xml.Element("dc:date", book.date_iso);
  const auto meta = [&xml](const std::string& property, const std::string& value) {
    xml.Element("meta", {{"property", property}}, value);
  };
  meta("dcterms:modified", Utc(modified));
  xml.Element("meta", {{"property", "media:duration"}, {"refines", "#overlay"}}, duration);
  meta("media:duration", duration);
  meta("media:active-class", kActiveClass);
  meta("schema:accessMode", "textual");
  meta("schema:accessMode", "auditory");
  meta("schema:accessModeSufficient", "textual");
  meta("schema:accessModeSufficient", "auditory");
  for (const char* feature : {"synchronizedAudioText", "structuralNavigation", "tableOfContents",
                              "readingOrder", "displayTransformability"}) {
    meta("schema:accessibilityFeature", feature);
  }
  meta("schema:accessibilityHazard", "none");
  meta("schema:accessibilitySummary", AccessibilitySummary(book.language));
  meta("dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
  meta("a11y:certifiedBy", "rawi");
  xml.End();
}

void Manifest(XmlWriter& xml) {
  xml.Start("manifest");
  xml.Empty("item", {{"id", "nav"},
                     {"href", kEpubNav},
                     {"media-type", "application/xhtml+xml"},
                     {"properties", "nav"}});
  xml.Empty("item", {{"id", "article"},
                     {"href", kEpubContent},
                     {"media-type", "application/xhtml+xml"},
                     {"media-overlay", "overlay"}});
  xml.Empty("item",
            {{"id", "overlay"}, {"href", kEpubOverlay}, {"media-type", "application/smil+xml"}});
  xml.Empty("item", {{"id", "audio"}, {"href", kEpubAudio}, {"media-type", "audio/mpeg"}});
  xml.Empty("item", {{"id", "style"}, {"href", kEpubStyle}, {"media-type", "text/css"}});
  xml.End();
}

}  // namespace

std::string EpubIdentifier(const ReadAlong& book) {
  // Fields end with a character text never holds, so ("ab", "c") and ("a", "bc") differ.
  std::string text = book.language + '\x1f' + book.title + '\x1f' + book.byline + '\x1f';
  for (const ReadAlongItem* item : ReadAlongItems(book)) text += item->text + '\x1f';
  return "urn:uuid:" + UuidV5(kUrlNamespace, "rawi:epub:" + Sha256Hex(text));
}

std::string EpubContainerXml() {
  XmlWriter xml("the EPUB container");
  xml.Start("container");
  xml.Attribute("version", "1.0");
  xml.Attribute("xmlns", "urn:oasis:names:tc:opendocument:xmlns:container");
  xml.Start("rootfiles");
  xml.Empty("rootfile",
            {{"full-path", "EPUB/package.opf"}, {"media-type", "application/oebps-package+xml"}});
  return xml.Finish();
}

std::string EpubPackage(const ReadAlong& book, int64_t modified) {
  XmlWriter xml("the EPUB package document");
  xml.Start("package");
  xml.Attribute("xmlns", "http://www.idpf.org/2007/opf");
  xml.Attribute("version", "3.0");
  xml.Attribute("unique-identifier", "pub-id");
  xml.Attribute("xml:lang", book.language);
  xml.Attribute("dir", Language(book.language).Direction());
  Metadata(xml, book, modified);
  Manifest(xml);
  xml.Start("spine");
  xml.Attribute("page-progression-direction", Language(book.language).Direction());
  xml.Empty("itemref", {{"idref", "article"}});
  return xml.Finish();
}

}  // namespace rawi
