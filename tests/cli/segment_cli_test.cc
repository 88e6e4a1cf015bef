// End-to-end: `rawi segment`, the article exactly as render reads it.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <nlohmann/json.hpp>

#include "support/http_server.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

namespace rawi {
namespace {

using nlohmann::json;
using testing::HttpServer;
using testing::ReadFile;
using testing::RunRawi;
using testing::TempDir;

const std::string kFixtures = std::string(RAWI_TESTS_DIR) + "/fixtures/";

json SegmentJson(const std::vector<std::string>& args, const std::string& stdin_data = "") {
  std::vector<std::string> argv = {"segment"};
  argv.insert(argv.end(), args.begin(), args.end());
  argv.push_back("--json");
  const auto r = RunRawi(argv, stdin_data);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  return r.exit_code == 0 ? json::parse(r.out) : json::object();
}

TEST(SegmentCliTest, OutlineOfMarkdownFromStdin) {
  const auto r = RunRawi({"segment", "-", "--input-format", "md"},
                         "---\ntitle: Harbour reopens\nauthor: Rania Elfitouri\ndate: 2024-07-16\n"
                         "---\n\nThe harbour reopened on Monday. Dr. Ali cut the ribbon.\n\n"
                         "## الخطوة التالية\n\nيتوقع المسؤولون عودة الحركة. ثم التوسعة.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "title: Harbour reopens\n"
            "byline: Rania Elfitouri\n"
            "site: (unknown)\n"
            "date: 2024-07-16\n"
            "language: en\n"
            "\n"
            "§ (lede)\n"
            "  ¶ en\n"
            "    The harbour reopened on Monday.\n"
            "    Dr. Ali cut the ribbon.\n"
            "\n"
            "§ الخطوة التالية\n"
            "  ¶ ar\n"
            "    يتوقع المسؤولون عودة الحركة.\n"
            "    ثم التوسعة.\n");
}

TEST(SegmentCliTest, OutlineMarksWhatIsUnknown) {
  const auto r = RunRawi({"segment", "-"}, "Just one line of text.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "title: (none)\nbyline: (unknown)\nsite: (unknown)\ndate: (unknown)\nlanguage: en\n\n§ "
            "(lede)\n"
            "  ¶ en\n    Just one line of text.\n");
}

TEST(SegmentCliTest, JsonOfTheArabicJsonLdPage) {
  const auto r = RunRawi({"segment", kFixtures + "html/tripoli-electric-buses.html", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = nlohmann::ordered_json::parse(r.out);  // keeps the keys' order
  std::vector<std::string> keys;
  for (const auto& item : doc.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"title", "byline", "site_name", "date", "date_iso",
                                            "language", "sections"}));
  EXPECT_EQ(doc["title"], "طرابلس تدشن أول خط للحافلات الكهربائية في العاصمة");
  EXPECT_EQ(doc["byline"], "سالم الورفلي");
  EXPECT_EQ(doc["site_name"], "بوابة ليبيا اليوم");
  EXPECT_EQ(doc["date"], "2024-05-12T09:30:00+02:00");
  EXPECT_EQ(doc["date_iso"], "2024-05-12T09:30:00+02:00");
  EXPECT_EQ(doc["language"], "ar");
  const json& sections = doc["sections"];
  ASSERT_EQ(sections.size(), 3u);
  EXPECT_TRUE(sections[0]["heading"].is_null());
  EXPECT_EQ(sections[1]["heading"], "تفاصيل المشروع");
  EXPECT_EQ(sections[2]["heading"], "ردود فعل المواطنين");
  EXPECT_EQ(sections[0]["paragraphs"].size(), 2u);
  EXPECT_EQ(sections[1]["paragraphs"].size(), 3u);
  EXPECT_EQ(sections[2]["paragraphs"].size(), 5u);
  for (const auto& section : sections) {
    std::vector<std::string> section_keys;
    for (const auto& item : section.items()) section_keys.push_back(item.key());
    EXPECT_EQ(section_keys, (std::vector<std::string>{"heading", "paragraphs"}));
    for (const auto& paragraph : section["paragraphs"]) {
      EXPECT_EQ(paragraph["language"], "ar");
      ASSERT_FALSE(paragraph["sentences"].empty());
      for (const auto& sentence : paragraph["sentences"]) EXPECT_TRUE(sentence.is_string());
    }
  }
  EXPECT_EQ(sections[2]["paragraphs"][4]["sentences"], json::array({"جامعة طرابلس"}));
}

// The page's date is only in its text, in a "date"-classed line: the source's form and ISO.
TEST(SegmentCliTest, JsonNullWhenTheBylineIsUnknownAndTheDateFromTheDateLine) {
  const json doc = SegmentJson({kFixtures + "html/benghazi-tree-planting.html"});
  EXPECT_EQ(doc["title"], "بلدية بنغازي تطلق حملة لزراعة عشرة آلاف شجرة في الأحياء السكنية");
  EXPECT_TRUE(doc["byline"].is_null());
  EXPECT_EQ(doc["date"], "نشر في: 2024/11/18");
  EXPECT_EQ(doc["date_iso"], "2024-11-18");
  EXPECT_EQ(doc["sections"][1]["heading"], "مشاركة واسعة للمتطوعين");
}

TEST(SegmentCliTest, JsonNullsWhenTheDateIsUnknown) {
  const json doc = SegmentJson({"-"}, "عنوان\n\nنص بلا تاريخ.\n");
  EXPECT_TRUE(doc["date"].is_null());
  EXPECT_TRUE(doc["date_iso"].is_null());
}

TEST(SegmentCliTest, AbbreviationsDoNotEndSentences) {
  const json ar = SegmentJson({"-"}, "التقى د. محمد الحداد بالوفد. ثم غادر البلد.\n");
  EXPECT_EQ(ar["sections"][0]["paragraphs"][0]["sentences"],
            json::array({"التقى د. محمد الحداد بالوفد.", "ثم غادر البلد."}));
  const json en = SegmentJson({"-"}, "Dr. Smith met U.S. officials. They talked.\n");
  EXPECT_EQ(en["sections"][0]["paragraphs"][0]["sentences"],
            json::array({"Dr. Smith met U.S. officials.", "They talked."}));
}

TEST(SegmentCliTest, StdinFormats) {
  const json text = SegmentJson({"-"}, "<html><body><p>Text.</p></body></html>");
  EXPECT_EQ(text["sections"][0]["paragraphs"][0]["sentences"][0],
            "<html><body><p>Text.</p></body></html>");  // stdin is plain text by default
  const json html = SegmentJson({"-", "--input-format", "html"},
                                "<html><head><title>T - Site name here</title></head><body>"
                                "<p>Text.</p></body></html>");
  EXPECT_EQ(html["title"], "Site name here");
  EXPECT_EQ(html["sections"][0]["paragraphs"][0]["sentences"], json::array({"Text."}));
}

TEST(SegmentCliTest, LangOverrides) {
  const json doc =
      SegmentJson({kFixtures + "markdown/misrata-university-portal.md", "--lang", "en"});
  EXPECT_EQ(doc["language"], "en");
  for (const auto& section : doc["sections"]) {
    for (const auto& paragraph : section["paragraphs"]) EXPECT_EQ(paragraph["language"], "en");
  }
}

std::string Windows1256(const std::string& utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out(static_cast<size_t>(text.length()) * 2 + 4, '\0');
  out.resize(static_cast<size_t>(text.extract(0, text.length(), out.data(),
                                              static_cast<uint32_t>(out.size()), "windows-1256")));
  return out;
}

TEST(SegmentCliTest, Urls) {
  HttpServer server;
  const std::string source = ReadFile(kFixtures + "html/benghazi-tree-planting.utf8-source.html");
  server.Serve("/ok.html", {200, {{"Content-Type", "text/html; charset=utf-8"}}, source});
  server.Serve("/legacy",
               {200, {{"Content-Type", "text/html; charset=windows-1256"}}, Windows1256(source)});
  server.Serve("/moved", {301, {{"Location", "/ok.html"}}, ""});

  const json ok = SegmentJson({server.Url("/ok.html")});
  EXPECT_EQ(ok["title"], "بلدية بنغازي تطلق حملة لزراعة عشرة آلاف شجرة في الأحياء السكنية");
  EXPECT_EQ(SegmentJson({server.Url("/legacy")}), ok);
  EXPECT_EQ(SegmentJson({server.Url("/moved")}), ok);

  const auto missing = RunRawi({"segment", server.Url("/missing")});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err, "rawi: " + server.Url("/missing") + ": HTTP status 404\n");
  EXPECT_EQ(missing.out, "");
}

struct UsageCase {
  std::vector<std::string> args;
  int exit_code;
  std::string err;
};

class SegmentErrorTest : public ::testing::TestWithParam<UsageCase> {};

TEST_P(SegmentErrorTest, MessageAndExitCode) {
  const auto r = RunRawi(GetParam().args);
  EXPECT_EQ(r.exit_code, GetParam().exit_code);
  EXPECT_EQ(r.err, GetParam().err);
  EXPECT_EQ(r.out, "");
}

INSTANTIATE_TEST_SUITE_P(
    Args, SegmentErrorTest,
    ::testing::Values(
        UsageCase{{"segment"}, 2, "rawi: article is required\nRun 'rawi --help' for usage.\n"},
        UsageCase{
            {"segment", "/nonexistent/a.html"}, 1, "rawi: /nonexistent/a.html: no such file\n"},
        UsageCase{{"segment", "-", "--input-format", "doc"},
                  2,
                  "rawi: --input-format doc: unknown format (use txt, md, html)\n"},
        UsageCase{{"segment", "-", "--lang", "???"},
                  2,
                  "rawi: --lang ???: expected a language tag such as ar or en\n"},
        UsageCase{{"segment", "-"}, 1, "rawi: stdin: empty article\n"}),
    [](const auto& info) { return "Case" + std::to_string(info.index); });

}  // namespace
}  // namespace rawi
