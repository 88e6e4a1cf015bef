#include "read/article_reader.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include "read/html_reader.h"
#include "support/document_sentences.h"
#include "support/http_server.h"
#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::HttpServer;
using testing::ReadFile;
using testing::TempDir;

const std::string kFixtures = std::string(RAWI_TESTS_DIR) + "/fixtures/";

const BoilerplateFilter& Patterns() {
  static const BoilerplateFilter filter =
      BoilerplateFilter::FromFile(std::filesystem::path(RAWI_VOICES_DIR) / "boilerplate.txt");
  return filter;
}

Document Read(const std::string& input, ReadConfig config = {}) {
  return ReadArticle(input, Patterns(), config);
}

std::string ReadError(const std::string& input, ReadConfig config = {}) {
  try {
    Read(input, config);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    return e.what();
  }
  return "no error";
}

std::string Encode(const std::string& utf8, const char* charset) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out(static_cast<size_t>(text.length()) * 4 + 4, '\0');
  out.resize(static_cast<size_t>(
      text.extract(0, text.length(), out.data(), static_cast<uint32_t>(out.size()), charset)));
  return out;
}

// Everything a reader fills, as one string, to compare documents.
std::string Dump(const Document& doc) {
  std::string out =
      doc.title.written + "\n" + doc.byline + "\n" + doc.date + "\n" + doc.language + "\n";
  for (const auto& section : doc.sections) {
    out += "# " + WrittenHeading(section).value_or("-") + "\n";
    for (const auto& p : section.paragraphs) out += p.language + ": " + p.text + "\n";
  }
  return out;
}

TEST(ReadArticleTest, Windows1256FixturesMatchTheirUtf8Sources) {
  for (const char* name : {"html/sabha-date-harvest", "html/benghazi-tree-planting"}) {
    const std::string source = ReadFile(kFixtures + name + ".utf8-source.html");
    const std::string bytes = ReadFile(kFixtures + name + ".html");
    EXPECT_EQ(bytes, Encode(source, "windows-1256")) << name << ": regenerate with iconv";
  }
}

TEST(ReadArticleTest, Windows1256PagesReadLikeTheirSources) {
  for (const char* name : {"html/sabha-date-harvest", "html/benghazi-tree-planting"}) {
    const Document legacy = Read(kFixtures + name + ".html");
    // The UTF-8 source declares windows-1256 (as the page made from it does): UTF-8 still wins.
    const Document source = Read(kFixtures + name + ".utf8-source.html");
    EXPECT_EQ(Dump(legacy), Dump(source)) << name;
    EXPECT_EQ(Dump(source), Dump(ParseHtmlArticle(ReadFile(kFixtures + name + ".utf8-source.html"),
                                                  "source", Patterns())));
    EXPECT_EQ(legacy.source, kFixtures + name + ".html");
    EXPECT_EQ(legacy.language, "ar");
  }
}

TEST(ReadArticleTest, PlainTextIsTheTextReadersWithParagraphLanguages) {
  const std::string seed = std::string(RAWI_SAMPLES_DIR) + "/libya-truce-meeting.txt";
  const Document doc = Read(seed);
  Document expected = ParsePlainText(ReadFile(seed), seed, Patterns(), TextReaderConfig{});
  for (auto& section : expected.sections) {
    for (auto& paragraph : section.paragraphs) paragraph.language = "ar";
  }
  EXPECT_EQ(Dump(doc), Dump(expected));
}

TEST(ReadArticleTest, FormatByExtensionSniffingOrFlag) {
  TempDir dir;
  const std::string page =
      "<!DOCTYPE html><html><body><article><h1>Title</h1><p>Body text.</p></article></body></html>";
  const Document sniffed = Read(dir.Write("page", page).string());
  EXPECT_EQ(sniffed.title.written, "Title");
  EXPECT_EQ(sniffed.sections[0].paragraphs[0].text, "Body text.");
  // A .txt file is text even if it looks like HTML.
  const Document as_text = Read(dir.Write("page.txt", page).string());
  EXPECT_EQ(as_text.sections[0].paragraphs[0].text, page);
  ReadConfig config;
  config.format = InputFormat::kHtml;
  EXPECT_EQ(Read(dir.Write("page2.txt", page).string(), config).title.written, "Title");
  config.format = InputFormat::kMarkdown;
  EXPECT_EQ(Read(dir.Write("notes.txt", "# Heading\n\nText.").string(), config).title.written,
            "Heading");
  EXPECT_EQ(Read(kFixtures + "markdown/misrata-university-portal.md").byline, "نورية الشريف");
}

TEST(ReadArticleTest, LegacyAndUtf16PlainText) {
  TempDir dir;
  const std::string text =
      "اجتماع لدعم الهدنة\nعقد في العاصمة الليبية طرابلس اجتماع موسع لبحث سبل دعم الهدنة وتعزيز "
      "الاستقرار في البلاد.\n";
  const Document utf8 = Read(dir.Write("a.txt", text).string());
  EXPECT_EQ(Dump(Read(dir.Write("b.txt", Encode(text, "windows-1256")).string())), Dump(utf8));
  EXPECT_EQ(Dump(Read(dir.Write("c.txt", "\xFF\xFE" + Encode(text, "UTF-16LE")).string())),
            Dump(utf8));
  EXPECT_EQ(Dump(Read(dir.Write("d.txt", "\xFE\xFF" + Encode(text, "UTF-16BE")).string())),
            Dump(utf8));
  EXPECT_EQ(Read(dir.Write("e.md", "\xEF\xBB\xBF---\ntitle: T\n---\nBody.").string()).title.written,
            "T");
}

TEST(ReadArticleTest, Utf16HtmlPage) {
  TempDir dir;
  const std::string page = "<html><body><p>نص الخبر الكامل.</p></body></html>";
  const Document doc = Read(dir.Write("p.html", "\xFF\xFE" + Encode(page, "UTF-16LE")).string());
  EXPECT_EQ(doc.sections[0].paragraphs[0].text, "نص الخبر الكامل.");
}

TEST(ReadArticleTest, LanguageOverride) {
  ReadConfig config;
  config.language = "en";
  const Document doc = Read(kFixtures + "html/tripoli-electric-buses.html", config);
  EXPECT_EQ(doc.language, "en");
  for (const auto& section : doc.sections) {
    for (const auto& paragraph : section.paragraphs) EXPECT_EQ(paragraph.language, "en");
  }
}

struct ErrorCase {
  std::string name;
  std::string file;
  std::string bytes;
  std::string problem;
};

class ReadArticleErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ReadArticleErrorTest, OneLineError) {
  TempDir dir;
  const std::string path = dir.Write(GetParam().file, GetParam().bytes).string();
  EXPECT_EQ(ReadError(path), path + ": " + GetParam().problem);
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, ReadArticleErrorTest,
    ::testing::Values(
        ErrorCase{"EmptyText", "a.txt", "", "empty article"},
        ErrorCase{"EmptyHtml", "a.html", " \n ", "empty article"},
        ErrorCase{"BlankMarkdown", "a.md", "\xEF\xBB\xBF\n\n", "empty article"},
        ErrorCase{"InvalidUtf8Text", "a.txt", "ليبيا \xd9 نص.", "invalid UTF-8 at byte 11"},
        ErrorCase{"InvalidUtf8Markdown", "a.md", "caf\xe9 au lait", "invalid UTF-8 at byte 3"},
        ErrorCase{"BinaryJunkHtml", "a.html", std::string("<html>\x89PNG\r\n\x1a\n\0\0\0", 17),
                  "binary data (NUL byte at offset 14), expected UTF-8 text"},
        ErrorCase{"HighByteJunkHtml", "a.html", "<html>\x80\x81\x82\x83\x84\x85\x86\x87</html>",
                  "invalid UTF-8 at byte 6"},
        ErrorCase{"NoArticleText", "a.html",
                  "<html><body><nav><a href=/>Home</a></nav></body></html>",
                  "no article text found"},
        ErrorCase{"OnlyBoilerplateText", "a.txt", "0 تعليق\n",
                  "no article text (only boilerplate)"},
        ErrorCase{"BadFrontMatter", "a.md", "---\ntitle: [x\n---\nText.\n",
                  "front matter line 3: end of sequence flow not found"}),
    [](const auto& info) { return info.param.name; });

TEST(ReadArticleErrorTest, FileProblems) {
  TempDir dir;
  EXPECT_EQ(ReadError((dir / "none.html").string()),
            (dir / "none.html").string() + ": no such file");
  EXPECT_EQ(ReadError(dir.path().string()),
            dir.path().string() + ": is a folder, expected an article file");
  ReadConfig config;
  config.text.max_file_bytes = 1024 * 1024;
  const std::string big = dir.Write("big.html", std::string(2 * 1024 * 1024, 'x')).string();
  EXPECT_EQ(ReadError(big, config), big + ": file is larger than 1 MB");
}

// --- URLs, from a server in the test ---

TEST(ReadArticleUrlTest, CharsetFromTheContentTypeHeader) {
  HttpServer server;
  const std::string source = ReadFile(kFixtures + "html/benghazi-tree-planting.utf8-source.html");
  server.Serve(
      "/news/benghazi-trees",
      {200, {{"Content-Type", "text/html; charset=windows-1256"}}, Encode(source, "windows-1256")});
  const Document doc = Read(server.Url("/news/benghazi-trees"));
  EXPECT_EQ(Dump(doc), Dump(ParseHtmlArticle(source, "source", Patterns())));
  EXPECT_EQ(doc.source, server.Url("/news/benghazi-trees"));
}

TEST(ReadArticleUrlTest, HeaderCharsetBeatsTheMeta) {
  HttpServer server;
  server.Serve("/p",
               {200,
                {{"Content-Type", "text/html; charset=windows-1256"}},
                "<meta charset=\"utf-8\"><p>" + Encode("نص الخبر.", "windows-1256") + "</p>"});
  EXPECT_EQ(Read(server.Url("/p")).sections[0].paragraphs[0].text, "نص الخبر.");
}

TEST(ReadArticleUrlTest, FormatFromExtensionThenContentType) {
  HttpServer server;
  server.Serve("/a.md", {200, {{"Content-Type", "text/plain"}}, "# Title\n\nBody."});
  server.Serve("/story?id=4", {200, {{"Content-Type", "text/html"}}, "<h1>T</h1><p>Body.</p>"});
  server.Serve("/plain", {200, {}, "Just text."});
  EXPECT_EQ(Read(server.Url("/a.md")).title.written, "Title");
  EXPECT_EQ(Read(server.Url("/story?id=4")).title.written, "T");
  EXPECT_EQ(Read(server.Url("/plain")).sections[0].paragraphs[0].text, "Just text.");
}

TEST(ReadArticleUrlTest, RedirectAndErrors) {
  HttpServer server;
  server.Serve("/old", {302, {{"Location", "/new.html"}}, ""});
  server.Serve("/new.html", {200, {}, "<p>Moved here.</p>"});
  EXPECT_EQ(Read(server.Url("/old")).sections[0].paragraphs[0].text, "Moved here.");
  EXPECT_EQ(ReadError(server.Url("/missing")), server.Url("/missing") + ": HTTP status 404");
  server.Serve("/empty", {200, {}, ""});
  EXPECT_EQ(ReadError(server.Url("/empty")), server.Url("/empty") + ": empty article");
}

TEST(OutputBaseForTest, FilesUrlsAndStdin) {
  EXPECT_EQ(OutputBaseFor("news/a.html"), "news/a.html");
  EXPECT_EQ(OutputBaseFor("-"), "article");
  EXPECT_EQ(OutputBaseFor("https://x.ly/2024/truce-talks.html"), "truce-talks.html");
  EXPECT_EQ(OutputBaseFor("https://x.ly/"), "article");
}

// Plain-text files, as the text reader used to load them itself.
TEST(ReadArticleTest, BadTextFilesNameTheFileAndProblem) {
  TempDir dir;
  const auto error = [](const std::filesystem::path& path) { return ReadError(path.string()); };
  EXPECT_EQ(error(dir / "missing.txt"), (dir / "missing.txt").string() + ": no such file");
  EXPECT_EQ(error(dir.path()), dir.path().string() + ": is a folder, expected an article file");
  EXPECT_EQ(error(dir.Write("empty.txt", "")), (dir / "empty.txt").string() + ": empty article");
  EXPECT_EQ(error(dir.Write("blank.txt", " \n\t\n")),
            (dir / "blank.txt").string() + ": empty article");
  EXPECT_EQ(
      error(dir.Write("bin.txt", std::string("RIFF\0\0\0\0WAVE", 12))),
      (dir / "bin.txt").string() + ": binary data (NUL byte at offset 4), expected UTF-8 text");
  EXPECT_EQ(error(dir.Write("latin1.txt", "caf\xe9 au lait")),
            (dir / "latin1.txt").string() + ": invalid UTF-8 at byte 3");
}

TEST(ReadArticleTest, TextFileBomIsDropped) {
  TempDir dir;
  const Document doc = Read(dir.Write("bom.txt", "\xEF\xBB\xBFنص.").string());
  ASSERT_EQ(doc.sections.size(), 1u);
  EXPECT_EQ(doc.sections[0].paragraphs[0].text, "نص.");
}

}  // namespace
}  // namespace rawi
