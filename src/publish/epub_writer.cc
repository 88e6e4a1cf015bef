#include "publish/epub_writer.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <regex>
#include <set>

#include "publish/episode.h"
#include "publish/identifiers.h"
#include "publish/xml_writer.h"
#include "publish/zip_writer.h"
#include "util/atomic_file.h"
#include "util/error.h"
#include "util/text.h"

namespace rawi {
namespace {

// The names inside the zip (the package document's folder is EPUB/).
constexpr const char* kContent = "article.xhtml";
constexpr const char* kOverlay = "article.smil";
constexpr const char* kAudio = "article.mp3";
constexpr const char* kNav = "nav.xhtml";
constexpr const char* kStyle = "style.css";
// The class reading systems give the element being read (media:active-class).
constexpr const char* kActiveClass = "-epub-media-overlay-active";

// RFC 4122's URL namespace: dc:identifier is UUIDv5("rawi:epub:" + text hash) in it.
constexpr std::string_view kUrlNamespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

[[noreturn]] void Mismatch(const Document& doc) {
  throw EngineError(doc.source + ": the timings do not match the document (ebook not written)");
}

// Every item in reading order (ReadAlong or const ReadAlong).
template <typename Book>
auto Items(Book& book) {
  std::vector<decltype(&*book.title_line)> items;
  if (book.title_line) items.push_back(&*book.title_line);
  for (auto& section : book.sections) {
    if (section.heading) items.push_back(&*section.heading);
    for (auto& paragraph : section.paragraphs) {
      for (auto& sentence : paragraph.sentences) items.push_back(&sentence);
    }
  }
  return items;
}

// W3CDTF, the date forms EPUB's dc:date takes: YYYY[-MM[-DD[Thh:mm[:ss[.s]]TZD]]].
bool IsW3cDate(const std::string& date) {
  static const std::regex kW3cDate(
      R"(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?)");
  return std::regex_match(date, kW3cDate);
}

std::string Utc(int64_t unix_time) {
  const std::time_t t = static_cast<std::time_t>(unix_time);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

const char* Direction(const std::string& language) {
  return IsRightToLeft(language) ? "rtl" : "ltr";
}

// lang and xml:lang (EPUB reading systems read one or the other), and dir.
void LanguageAttributes(XmlWriter& xml, const std::string& language) {
  xml.Attribute("lang", language);
  xml.Attribute("xml:lang", language);
  xml.Attribute("dir", Direction(language));
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
  xml.Empty("link", {{"rel", "stylesheet"}, {"type", "text/css"}, {"href", kStyle}});
  xml.End();
}

// The first words of `text`, at most about 60 characters, with "…" when cut.
std::string FirstWords(const std::string& text) {
  constexpr size_t kMax = 60;
  if (CodePointCount(text) <= kMax) return text;
  std::string cut;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string next = cut + (cut.empty() ? "" : " ") + text.substr(start, end - start);
    if (CodePointCount(next) > kMax) break;
    cut = next;
    start = end + 1;
  }
  if (cut.empty()) return text;                 // one long word
  for (const std::string comma : {",", "،"}) {  // no comma before the ellipsis
    if (cut.ends_with(comma)) cut.resize(cut.size() - comma.size());
  }
  return cut + "…";
}

std::string ContentsLabel(const std::string& language) {
  return language.rfind("ar", 0) == 0 ? "المحتويات" : "Contents";
}

std::string AccessibilitySummary(const std::string& language) {
  if (language.rfind("ar", 0) == 0) {
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

}  // namespace

ReadAlong MakeReadAlong(const Document& doc, const Timings& timings,
                        const std::filesystem::path& input) {
  if (doc.sections.size() != timings.sections.size()) Mismatch(doc);
  ReadAlong book;
  book.title = ArticleTitle(doc, input);
  if (!doc.title.empty()) book.title_line = ReadAlongItem{"title", doc.title, 0, 0};
  book.byline = doc.byline;
  if (IsW3cDate(doc.date_iso)) book.date_iso = doc.date_iso;
  book.language = doc.language.empty() ? "und" : doc.language;
  book.sample_rate = timings.sample_rate;
  book.total_samples = timings.total_samples;
  int headings = 0;
  int sentences = 0;
  for (size_t i = 0; i < doc.sections.size(); ++i) {
    const Section& section = doc.sections[i];
    const SectionTiming& timing = timings.sections[i];
    if (section.heading != timing.heading) Mismatch(doc);
    ReadAlongSection out;
    if (section.heading) {
      out.heading =
          ReadAlongItem{"h-" + std::to_string(++headings), *section.heading, timing.start, 0};
    }
    size_t next = 0;  // the next paragraph timing (empty paragraphs have none)
    for (const Paragraph& paragraph : section.paragraphs) {
      if (paragraph.sentences.empty()) continue;
      if (next == timing.paragraphs.size()) Mismatch(doc);
      const ParagraphTiming& spoken = timing.paragraphs[next++];
      if (spoken.sentences.size() != paragraph.sentences.size()) Mismatch(doc);
      ReadAlongParagraph p;
      p.language = paragraph.language.empty() ? book.language : paragraph.language;
      for (size_t j = 0; j < paragraph.sentences.size(); ++j) {
        if (spoken.sentences[j].text != paragraph.sentences[j].written) Mismatch(doc);
        p.sentences.push_back({"s-" + std::to_string(++sentences), paragraph.sentences[j].written,
                               spoken.sentences[j].start, 0});
      }
      out.paragraphs.push_back(std::move(p));
    }
    if (next != timing.paragraphs.size()) Mismatch(doc);
    book.sections.push_back(std::move(out));
  }
  // Contiguous clips: each to where the next begins, the first from 0, the last to the end.
  const auto items = Items(book);
  for (size_t k = 0; k < items.size(); ++k) {
    if (k == 0) items[k]->begin = 0;
    items[k]->end = k + 1 < items.size() ? items[k + 1]->begin : book.total_samples;
    if (items[k]->end < items[k]->begin) Mismatch(doc);
  }
  return book;
}

std::string SmilClock(uint64_t samples, int sample_rate) {
  const auto rate = static_cast<uint64_t>(sample_rate);
  const uint64_t ms = (samples * 1000 + rate / 2) / rate;
  char text[40];
  std::snprintf(text, sizeof text, "%llu:%02llu:%02llu.%03llu",
                static_cast<unsigned long long>(ms / 3'600'000),
                static_cast<unsigned long long>(ms / 60'000 % 60),
                static_cast<unsigned long long>(ms / 1000 % 60),
                static_cast<unsigned long long>(ms % 1000));
  return text;
}

bool IsRightToLeft(const std::string& language) {
  static const std::set<std::string> kRightToLeft = {"ar", "arc", "ckb", "dv",  "fa", "he", "ks",
                                                     "ku", "ps",  "sd",  "syr", "ug", "ur", "yi"};
  std::string primary = language.substr(0, language.find_first_of("-_"));
  for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return kRightToLeft.count(primary) > 0;
}

std::string EpubIdentifier(const ReadAlong& book) {
  // Fields end with a character text never holds, so ("ab", "c") and ("a", "bc") differ.
  std::string text = book.language + '\x1f' + book.title + '\x1f' + book.byline + '\x1f';
  for (const ReadAlongItem* item : Items(book)) text += item->text + '\x1f';
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
  const std::string duration = SmilClock(book.total_samples, book.sample_rate);
  XmlWriter xml("the EPUB package document");
  xml.Start("package");
  xml.Attribute("xmlns", "http://www.idpf.org/2007/opf");
  xml.Attribute("version", "3.0");
  xml.Attribute("unique-identifier", "pub-id");
  xml.Attribute("xml:lang", book.language);
  xml.Attribute("dir", Direction(book.language));

  xml.Start("metadata");
  xml.Attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  xml.Start("dc:identifier");
  xml.Attribute("id", "pub-id");
  xml.Text(EpubIdentifier(book));
  xml.End();
  xml.Element("dc:title", book.title);
  xml.Element("dc:language", book.language);
  if (!book.byline.empty()) xml.Element("dc:creator", book.byline);
  if (!book.date_iso.empty()) xml.Element("dc:date", book.date_iso);
  const auto meta = [&xml](const std::string& property, const std::string& value,
                           const std::string& refines = "") {
    xml.Start("meta");
    xml.Attribute("property", property);
    if (!refines.empty()) xml.Attribute("refines", refines);
    xml.Text(value);
    xml.End();
  };
  meta("dcterms:modified", Utc(modified));
  meta("media:duration", duration, "#overlay");
  meta("media:duration", duration);
  meta("media:active-class", kActiveClass);
  // Accessibility (EPUB Accessibility 1.1, schema.org vocabulary): text and speech, either alone
  // sufficient, synchronized.
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

  xml.Start("manifest");
  xml.Empty("item", {{"id", "nav"},
                     {"href", kNav},
                     {"media-type", "application/xhtml+xml"},
                     {"properties", "nav"}});
  xml.Empty("item", {{"id", "article"},
                     {"href", kContent},
                     {"media-type", "application/xhtml+xml"},
                     {"media-overlay", "overlay"}});
  xml.Empty("item",
            {{"id", "overlay"}, {"href", kOverlay}, {"media-type", "application/smil+xml"}});
  xml.Empty("item", {{"id", "audio"}, {"href", kAudio}, {"media-type", "audio/mpeg"}});
  xml.Empty("item", {{"id", "style"}, {"href", kStyle}, {"media-type", "text/css"}});
  xml.End();

  xml.Start("spine");
  xml.Attribute("page-progression-direction", Direction(book.language));
  xml.Empty("itemref", {{"idref", "article"}});
  return xml.Finish();
}

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
  const auto link = [&xml](const std::string& id, const std::string& label) {
    xml.Start("li");
    xml.Start("a");
    xml.Attribute("href", std::string(kContent) + "#" + id);
    xml.Text(label);
    xml.End();
    xml.End();
  };
  const auto items = Items(book);
  if (!items.empty()) {
    const bool lede = !book.title_line && !book.sections.empty() && !book.sections[0].heading;
    link(items.front()->id, lede ? FirstWords(items.front()->text) : book.title);
  }
  for (const auto& section : book.sections) {
    if (section.heading && &*section.heading != items.front()) {
      link(section.heading->id, section.heading->text);
    }
  }
  xml.End();  // ol
  xml.End();  // nav
  xml.Start("nav");
  xml.Attribute("epub:type", "landmarks");
  xml.Attribute("hidden", "hidden");
  xml.Element("h2", book.language.rfind("ar", 0) == 0 ? "المعالم" : "Landmarks");
  xml.Start("ol");
  xml.Start("li");
  xml.Start("a");
  xml.Attribute("epub:type", "bodymatter");
  xml.Attribute("href", kContent);
  xml.Text(book.title);
  xml.End();
  xml.End();
  return xml.Finish();
}

std::string EpubContent(const ReadAlong& book) {
  XmlWriter xml("the EPUB content document");
  StartXhtml(xml, book, book.title, /*epub_ns=*/false);
  xml.Start("body");
  if (book.title_line) {
    xml.Start("h1");
    xml.Attribute("id", book.title_line->id);
    xml.Text(book.title_line->text);
    xml.End();
  }
  if (!book.byline.empty()) {
    xml.Start("p");
    xml.Attribute("class", "byline");
    xml.Text(book.byline);
    xml.End();
  }
  for (const auto& section : book.sections) {
    if (section.heading) {
      xml.Start("h2");
      xml.Attribute("id", section.heading->id);
      xml.Text(section.heading->text);
      xml.End();
    }
    for (const auto& paragraph : section.paragraphs) {
      xml.Start("p");
      if (paragraph.language != book.language) LanguageAttributes(xml, paragraph.language);
      for (const auto& sentence : paragraph.sentences) {
        // The indentation between the spans is the space between the sentences.
        xml.Start("span");
        xml.Attribute("id", sentence.id);
        xml.Text(sentence.text);
        xml.End();
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
  for (const ReadAlongItem* item : Items(book)) {
    const std::string begin = SmilClock(item->begin, book.sample_rate);
    const std::string end = SmilClock(item->end, book.sample_rate);
    if (begin == end) continue;  // nothing was spoken (a clip must not be empty)
    xml.Start("par");
    xml.Attribute("id", "par-" + item->id);
    xml.Empty("text", {{"src", std::string(kContent) + "#" + item->id}});
    xml.Empty("audio", {{"src", kAudio}, {"clipBegin", begin}, {"clipEnd", end}});
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

int64_t EpubModifiedTime() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    char* end = nullptr;
    const long long value = std::strtoll(epoch, &end, 10);
    if (*end == '\0' && value >= 0) return value;
  }
  return static_cast<int64_t>(std::time(nullptr));
}

namespace {

// The ebook into `file` (the temporary of `out`), with the MP3 file `mp3` as its audio.
void ZipEpub(const ReadAlong& book, const std::filesystem::path& mp3, AtomicFile& file,
             const std::filesystem::path& out, int64_t modified) {
  ZipWriter zip(file.fd(), out.string(), static_cast<std::time_t>(modified));
  // The OCF rules: mimetype first and stored, so that its bytes sit at a fixed offset.
  zip.AddData("mimetype", "application/epub+zip", ZipMethod::kStore);
  zip.AddData("META-INF/container.xml", EpubContainerXml(), ZipMethod::kDeflate);
  zip.AddData("EPUB/package.opf", EpubPackage(book, modified), ZipMethod::kDeflate);
  zip.AddData(std::string("EPUB/") + kNav, EpubNav(book), ZipMethod::kDeflate);
  zip.AddData(std::string("EPUB/") + kContent, EpubContent(book), ZipMethod::kDeflate);
  zip.AddData(std::string("EPUB/") + kOverlay, EpubOverlay(book), ZipMethod::kDeflate);
  zip.AddData(std::string("EPUB/") + kStyle, EpubStyle(), ZipMethod::kDeflate);
  zip.AddFile(std::string("EPUB/") + kAudio, mp3, ZipMethod::kStore);
  zip.Finish();
  file.Commit();
}

}  // namespace

void WriteEpub(const ReadAlong& book, const std::filesystem::path& pcm,
               const std::filesystem::path& out, const EpubConfig& config) {
  AtomicFile file(out);  // first: an unwritable folder fails before the encoding
  // The MP3, under a hidden name beside the ebook that is never committed: removed on return.
  const AtomicFile mp3(std::filesystem::path(out).concat(".audio.mp3"));
  EncodeEpisodeAudio(pcm, mp3.temp_path(), config.audio, {book.title, book.byline, "", {}});
  ZipEpub(book, mp3.temp_path(), file, out, config.modified);
}

void WriteEpubWithMp3(const ReadAlong& book, const std::filesystem::path& mp3,
                      const std::filesystem::path& out, int64_t modified) {
  AtomicFile file(out);
  ZipEpub(book, mp3, file, out, modified);
}

std::filesystem::path EpubPathFor(const std::filesystem::path& input,
                                  const std::filesystem::path& epub, bool several) {
  if (!several) return epub;
  return epub / (input.stem().string() + ".epub");
}

Timings RenderWithEpub(ArticleRenderer& renderer, const std::filesystem::path& input,
                       const std::filesystem::path& audio,
                       const std::optional<std::filesystem::path>& timings,
                       const std::filesystem::path& epub, const EpubConfig& config,
                       Document* spoken) {
  RefuseToOverwriteInput(input, audio);
  const Document doc = renderer.Prepare(input);
  // The speech for the MP3, beside the ebook under a hidden name that is never committed.
  const AtomicFile wav(std::filesystem::path(epub).concat(".speech.wav"));
  const Timings result = renderer.RenderPrepared(doc, audio, timings, wav.temp_path());
  WriteEpub(MakeReadAlong(doc, result, input), wav.temp_path(), epub, config);
  if (spoken != nullptr) *spoken = doc;
  return result;
}

}  // namespace rawi
