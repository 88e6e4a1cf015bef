#include "read/document_builder.h"

#include <gtest/gtest.h>

#include "support/document_sentences.h"
#include "util/error.h"

namespace rawi {
namespace {

using Kind = TextBlock::Kind;

const BoilerplateFilter& Patterns() {
  static const BoilerplateFilter filter =
      BoilerplateFilter::FromFile(std::filesystem::path(RAWI_VOICES_DIR) / "boilerplate.txt");
  return filter;
}

TextBlock H(int level, std::string text) { return {Kind::kHeading, level, std::move(text), ""}; }
TextBlock P(std::string text, std::string language = "") {
  return {Kind::kParagraph, 0, std::move(text), std::move(language)};
}
TextBlock Code() { return {Kind::kCodeNote, 0, "", ""}; }

Document Build(const std::vector<TextBlock>& blocks, std::string title = "",
               std::string fallback = "en") {
  Document metadata;
  metadata.source = "page.html";
  metadata.title.written = std::move(title);
  return BuildDocument(blocks, std::move(metadata), Patterns(), fallback);
}

std::vector<std::optional<std::string>> Headings(const Document& doc) {
  std::vector<std::optional<std::string>> headings;
  for (const auto& section : doc.sections) headings.push_back(WrittenHeading(section));
  return headings;
}

TEST(BuildDocumentTest, LedeThenSections) {
  const Document doc = Build({P("Lede one."), P("Lede two."), H(2, "Part"), P("Body.")});
  ASSERT_EQ(Headings(doc), (std::vector<std::optional<std::string>>{std::nullopt, "Part"}));
  EXPECT_EQ(doc.sections[0].paragraphs.size(), 2u);
  EXPECT_EQ(doc.sections[1].paragraphs[0].text, "Body.");
  EXPECT_EQ(doc.source, "page.html");
}

TEST(BuildDocumentTest, FirstH1BeforeTextIsTheTitleNotASection) {
  const Document doc = Build({H(1, "The headline"), P("Body."), H(1, "A later h1"), P("More.")});
  EXPECT_EQ(doc.title.written, "The headline");
  EXPECT_EQ(Headings(doc), (std::vector<std::optional<std::string>>{std::nullopt, "A later h1"}));
}

TEST(BuildDocumentTest, MetadataTitleWinsAndItsHeadingIsDropped) {
  const Document doc =
      Build({H(1, "Headline | Site"), P("Body."), H(2, "Headline"), P("More.")}, "Headline");
  EXPECT_EQ(doc.title.written, "Headline");
  EXPECT_EQ(Headings(doc), (std::vector<std::optional<std::string>>{std::nullopt}));
  EXPECT_EQ(doc.sections[0].paragraphs.size(), 2u);
}

TEST(BuildDocumentTest, AFirstParagraphRepeatingTheTitleIsDropped) {
  const Document doc = Build({P("Headline"), P("Body."), P("Headline")}, "Headline");
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 2u);
  EXPECT_EQ(doc.sections[0].paragraphs[0].text, "Body.");
  EXPECT_EQ(doc.sections[0].paragraphs[1].text, "Headline");  // later, it is the text's own
}

struct WrittenBylineCase {
  std::string metadata_byline;
  std::vector<TextBlock> blocks;
  std::string byline;
  std::string first_paragraph;
};

class WrittenBylineTest : public ::testing::TestWithParam<WrittenBylineCase> {};

TEST_P(WrittenBylineTest, ABylineLineIsNoText) {
  Document metadata;
  metadata.source = "page.html";
  metadata.byline = GetParam().metadata_byline;
  metadata.site_name = "بوابة الوسط";
  const Document doc = BuildDocument(GetParam().blocks, std::move(metadata), Patterns(), "ar");
  EXPECT_EQ(doc.byline, GetParam().byline);
  EXPECT_EQ(doc.sections[0].paragraphs[0].text, GetParam().first_paragraph);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, WrittenBylineTest,
    ::testing::Values(
        WrittenBylineCase{"",
                          {P("كتب: مروان العكاري"), P("انطلق العام الدراسي.")},
                          "مروان العكاري",
                          "انطلق العام الدراسي."},
        // A one-word credit in the metadata gives way; a name does not.
        WrittenBylineCase{"التحرير", {P("كتبت : سارة علي"), P("نص.")}, "سارة علي", "نص."},
        WrittenBylineCase{
            "", {P("كتب: محمد علي - الأحد 17 نوفمبر 2024"), P("نص.")}, "محمد علي", "نص."},
        WrittenBylineCase{
            "خديجة المبروك", {P("إعداد: فريق التحرير"), P("نص.")}, "خديجة المبروك", "نص."},
        // The site's name in the metadata gives way too (the test's site is «بوابة الوسط»).
        WrittenBylineCase{"بوابة الوسط", {P("كتب: سالم علي"), P("نص.")}, "سالم علي", "نص."},
        WrittenBylineCase{
            "", {P("مقدمة الخبر."), P("بقلم: أحمد سالم"), P("نص.")}, "أحمد سالم", "مقدمة الخبر."},
        // BBC's byline block: «الكاتب، NAME» and «المنصب، ROLE» lines, in Arabic and English.
        WrittenBylineCase{
            "",
            {P("الكاتب، سلمى العبيدي"), P("المنصب، بي بي سي نيوز عربي - طرابلس"), P("نص.")},
            "سلمى العبيدي",
            "نص."},
        WrittenBylineCase{
            "", {P("Author, Jane Doe"), P("Role, BBC News"), P("Text.")}, "Jane Doe", "Text."},
        WrittenBylineCase{"",
                          {P("Role, a report says, is unclear."), P("Text.")},
                          "",
                          "Role, a report says, is unclear."},
        // Not bylines: a sentence after the colon, no colon, a third paragraph.
        WrittenBylineCase{"",
                          {P("كتب: الوزير رسالة إلى المجلس. ثم غادر."), P("نص.")},
                          "",
                          "كتب: الوزير رسالة إلى المجلس. ثم غادر."},
        WrittenBylineCase{"", {P("كتب الوزير رسالة"), P("نص.")}, "", "كتب الوزير رسالة"},
        WrittenBylineCase{
            "", {P("كتبوا: أسماء كثيرة هنا"), P("نص.")}, "", "كتبوا: أسماء كثيرة هنا"}));

TEST(BuildDocumentTest, ABylineLineClosingTheArticleIsNoText) {
  Document metadata;
  metadata.source = "page.html";
  const Document doc = BuildDocument(
      {P("نص أول."), P("نص ثان."), P("كتب: سالم علي"), P("نص ثالث."), P("إعداد: سارة الكاديكي")},
      std::move(metadata), Patterns(), "ar");
  EXPECT_EQ(doc.byline, "سارة الكاديكي");
  ASSERT_EQ(doc.sections.size(), 1u);
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 4u);  // one in the middle is text
  EXPECT_EQ(doc.sections[0].paragraphs[2].text, "كتب: سالم علي");
  EXPECT_EQ(doc.sections[0].paragraphs[3].text, "نص ثالث.");
}

TEST(BuildDocumentTest, AClosingBylineKeepsTheMetadatasName) {
  Document metadata;
  metadata.source = "page.html";
  metadata.byline = "خديجة المبروك";
  const Document doc =
      BuildDocument({P("نص."), P("إعداد: فريق التحرير")}, std::move(metadata), Patterns(), "ar");
  EXPECT_EQ(doc.byline, "خديجة المبروك");
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 1u);
}

TEST(BuildDocumentTest, ADateLineIsNoTextButDatesTheArticle) {
  Document metadata;
  metadata.source = "page.html";
  const Document doc =
      BuildDocument({P("الأحد 17 نوفمبر 2024 - 15 جمادى الأولى 1446 هـ"), P("نص."), P("ثم."),
                     P("6 أبريل 2025"), P("وصل الوفد يوم 17 نوفمبر 2024."), P("7 أبريل 2025")},
                    std::move(metadata), Patterns(), "ar");
  EXPECT_EQ(doc.date, "الأحد 17 نوفمبر 2024 - 15 جمادى الأولى 1446 هـ");  // the first
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 4u);
  EXPECT_EQ(doc.sections[0].paragraphs[0].text, "نص.");
  EXPECT_EQ(doc.sections[0].paragraphs[2].text, "6 أبريل 2025");  // in the text: a table's row
  EXPECT_EQ(doc.sections[0].paragraphs[3].text, "وصل الوفد يوم 17 نوفمبر 2024.");
}

TEST(BuildDocumentTest, HeadingsWithoutParagraphsAreDropped) {
  const Document doc = Build({H(2, "Empty"), H(2, "Full"), P("Text."), H(3, "Trailing")});
  EXPECT_EQ(Headings(doc), (std::vector<std::optional<std::string>>{"Full"}));
}

TEST(BuildDocumentTest, BoilerplateParagraphsAndHeadingsAreDropped) {
  const Document doc = Build({P("نص الخبر."), P("0 تعليق"), H(3, "اقرأ أيضا"), P("شارك على فيسبوك"),
                              H(2, "قسم"), P("Share this article"), P("فقرة.")});
  ASSERT_EQ(Headings(doc), (std::vector<std::optional<std::string>>{std::nullopt, "قسم"}));
  EXPECT_EQ(doc.sections[0].paragraphs.size(), 1u);
  EXPECT_EQ(doc.sections[1].paragraphs.size(), 1u);
}

struct FurnitureLineCase {
  std::string line;
  bool dropped;
};

class PageFurnitureLineTest : public ::testing::TestWithParam<FurnitureLineCase> {};

TEST_P(PageFurnitureLineTest, ProjectPatterns) {
  const Document doc = Build({P("Kept."), P(GetParam().line)});
  EXPECT_EQ(doc.sections[0].paragraphs.size(), GetParam().dropped ? 1u : 2u) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, PageFurnitureLineTest,
    ::testing::Values(
        FurnitureLineCase{"جميع الحقوق محفوظة © 2024 بوابة ليبيا اليوم", true},
        FurnitureLineCase{"© 2024 Libya Business Wire. All rights reserved.", true},
        FurnitureLineCase{"وسوم: طرابلس، النقل", true},
        FurnitureLineCase{"Tags: Libya, ports", true}, FurnitureLineCase{"إعلان", true},
        FurnitureLineCase{"إعلان ممول: دورات تقوية", true}, FurnitureLineCase{"Sponsored", true},
        FurnitureLineCase{"الأكثر قراءة", true}, FurnitureLineCase{"Most read", true},
        FurnitureLineCase{"اشترك في النشرة البريدية ليصلك كل جديد يوميا.", true},
        FurnitureLineCase{"Sign up for our newsletter", true},
        FurnitureLineCase{"وقال المحامي إن عبارة جميع الحقوق محفوظة لا تكفي وحدها لحماية "
                          "المصنفات الرقمية من النسخ غير المشروع في المحاكم الليبية، وطالب بتعديل "
                          "القانون.",
                          false},
        FurnitureLineCase{"Sponsored by the European Union, the project will rebuild three "
                          "schools in Sirte before the next academic year begins in September.",
                          false},
        FurnitureLineCase{"أعلنت الحكومة إعلانا رسميا عن الموازنة.", false},
        // Image credits and captions as lines of their own (BBC's hidden labels read as text).
        FurnitureLineCase{"مصدر الصورة،Getty Images", true},
        FurnitureLineCase{"التعليق على الصورة، يعمل فريق الترميم على إزالة الرمال", true},
        FurnitureLineCase{"Image source, Reuters", true},
        FurnitureLineCase{"Image caption, The harbour at dawn", true},
        FurnitureLineCase{"Photo: Reuters", true},
        FurnitureLineCase{"Image source code was released by the lab in 2020, the team said.",
                          false},
        // Date, source and ad lines under a headline or inside the text.
        FurnitureLineCase{"نشر في", true},
        FurnitureLineCase{"دبي - العربية.نت نادين الحسيني نشر في: 14 يناير 2025 ,10:15", true},
        FurnitureLineCase{"آخر تحديث: 3/12/2024 06:05 م (توقيت مكة)", true},
        FurnitureLineCase{"المصدر : الجزيرة", true}, FurnitureLineCase{"- إعلان -", true},
        FurnitureLineCase{"وقال الوزير إن التقرير نشر في 2020 وأثار جدلا واسعا في البرلمان.",
                          false}));

TEST(BuildDocumentTest, LanguagesByMajorityAndParagraph) {
  const Document doc = Build({P("عقد المجلس البلدي اجتماعا موسعا."), P("Quote in English.", "en"),
                              P("2024"), P("نص آخر طويل بما يكفي.")});
  EXPECT_EQ(doc.language, "ar");
  const auto& p = doc.sections[0].paragraphs;
  EXPECT_EQ(p[0].language, "ar");
  EXPECT_EQ(p[1].language, "en");
  EXPECT_EQ(p[2].language, "ar");  // no letters: the article's
}

TEST(BuildDocumentTest, FallbackLanguageWithoutLetters) {
  EXPECT_EQ(Build({P("2024 - 2025")}, "", "ar").language, "ar");
}

TEST(BuildDocumentTest, CodeNotesSpeakTheArticleLanguage) {
  const Document ar = Build({P("شرح الطريقة بالتفصيل."), Code()});
  EXPECT_EQ(ar.sections[0].paragraphs[1].text, "مقطع برمجي محذوف");
  EXPECT_EQ(ar.sections[0].paragraphs[1].language, "ar");
  const Document en = Build({P("How it works."), Code()});
  EXPECT_EQ(en.sections[0].paragraphs[1].text, "code block omitted");
  EXPECT_EQ(en.sections[0].paragraphs[1].language, "en");
}

TEST(BuildDocumentTest, NoTextIsAnError) {
  for (const auto& blocks : std::vector<std::vector<TextBlock>>{
           {}, {H(1, "Only a title")}, {H(2, "Heading"), P("0 comments")}, {P("")}}) {
    try {
      Build(blocks);
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()), "page.html: no article text found");
      EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    }
  }
}

}  // namespace
}  // namespace rawi
