#include "read/html_reader.h"

#include <gtest/gtest.h>

#include <chrono>

#include "support/document_sentences.h"
#include "support/temp_dir.h"
#include "text/whitespace.h"
#include "util/error.h"

namespace rawi {
namespace {

using testing::ReadFile;

const std::string kFixtures = std::string(RAWI_TESTS_DIR) + "/fixtures/html/";

const BoilerplateFilter& Patterns() {
  static const BoilerplateFilter filter =
      BoilerplateFilter::FromFile(std::filesystem::path(RAWI_VOICES_DIR) / "boilerplate.txt");
  return filter;
}

Document Parse(const std::string& page) { return ParseHtmlArticle(page, "page.html", Patterns()); }

std::string ParseError(const std::string& page) {
  try {
    Parse(page);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    return e.what();
  }
  return "no error";
}

std::string AllText(const Document& doc) {
  std::string text = doc.title.written + "\n";
  for (const auto& section : doc.sections) {
    text += WrittenHeading(section).value_or("") + "\n";
    for (const auto& paragraph : section.paragraphs) text += paragraph.text + "\n";
  }
  return text;
}

struct Page {
  std::string file;  // UTF-8 (the windows-1256 fixtures' sources)
  std::string title;
  std::string byline;
  std::string date;
  std::string language;
  std::vector<std::optional<std::string>> headings;
  std::vector<size_t> paragraphs;  // per section
  std::string first_paragraph_start;
  std::vector<std::string> absent;  // navigation, share labels, related links, comments, scripts
};

class FixturePageTest : public ::testing::TestWithParam<Page> {};

TEST_P(FixturePageTest, ReadsTheArticleAndNothingElse) {
  const Page& page = GetParam();
  const Document doc = Parse(ReadFile(kFixtures + page.file));
  EXPECT_EQ(doc.title.written, page.title);
  EXPECT_EQ(doc.byline, page.byline);
  EXPECT_EQ(doc.date, page.date);
  EXPECT_EQ(doc.language, page.language);
  std::vector<std::optional<std::string>> headings;
  std::vector<size_t> paragraphs;
  for (const auto& section : doc.sections) {
    headings.push_back(WrittenHeading(section));
    paragraphs.push_back(section.paragraphs.size());
  }
  EXPECT_EQ(headings, page.headings);
  EXPECT_EQ(paragraphs, page.paragraphs);
  ASSERT_FALSE(doc.sections.empty());
  EXPECT_EQ(doc.sections[0].paragraphs[0].text.rfind(page.first_paragraph_start, 0), 0u)
      << doc.sections[0].paragraphs[0].text;
  const std::string text = AllText(doc);
  for (const std::string& absent : page.absent) {
    EXPECT_EQ(text.find(absent), std::string::npos) << absent << " reached the document";
  }
}

// Strings every page keeps out, whatever its language.
const std::vector<std::string> kCode = {"function", "var ", "window.", "googletag", "{", "}"};

std::vector<std::string> With(std::vector<std::string> strings) {
  strings.insert(strings.end(), kCode.begin(), kCode.end());
  return strings;
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, FixturePageTest,
    ::testing::Values(
        Page{"tripoli-electric-buses.html",
             "طرابلس تدشن أول خط للحافلات الكهربائية في العاصمة",
             "سالم الورفلي",
             "2024-05-12T09:30:00+02:00",
             "ar",
             {std::nullopt, "تفاصيل المشروع", "ردود فعل المواطنين"},
             {2, 3, 5},
             "دشنت بلدية طرابلس المركز، صباح الأحد،",
             With({"سياسة",        "ثقافة وفنون",
                   "ابحث",         "محليات",
                   "بقلم",         "أرشيف",
                   "شارك الخبر",   "فيسبوك",
                   "واتساب",       "إعلان",
                   "اقرأ أيضا",    "بلدية طرابلس تعلن خطة",
                   "افتتاح جسر",   "ارتفاع أسعار الوقود",
                   "وسوم",         "أعجبني",
                   "تابعونا",      "التعليقات",
                   "خطوة ممتازة",  "سوق الجمعة",
                   "المواعيد",     "أضف تعليقا",
                   "الأكثر قراءة", "مصرف ليبيا",
                   "منتخب ليبيا",  "النشرة البريدية",
                   "جميع الحقوق",  "من نحن",
                   "اتصل بنا"})},
        Page{"sabha-date-harvest.utf8-source.html",
             "سبها: موسم حصاد التمور يبدأ وسط توقعات بإنتاج وفير",
             "فاطمة الزوي",
             "2024-09-03T08:15:00+02:00",
             "ar",
             {std::nullopt, "تحديات التسويق", "مهرجان سنوي"},
             {2, 2, 1},
             "انطلق في مدينة سبها ومناطق وادي الشاطئ،",
             With({"الرئيسية", "أخبار الجنوب", "فيديو", "شارك على", "فيسبوك", "تويتر",
                   "أخبار ذات صلة", "شتلات النخيل", "أسعار الأعلاف", "تعليق", "أتمنى",
                   "آخر الأخبار", "أوباري", "تمنهنت", "حمل تطبيق", "جميع الحقوق", "_paq"})},
        Page{"benghazi-tree-planting.utf8-source.html",
             "بلدية بنغازي تطلق حملة لزراعة عشرة آلاف شجرة في الأحياء السكنية",
             "",
             "نشر في: 2024/11/18",  // its date line (class "date")
             "ar",
             {std::nullopt, "مشاركة واسعة للمتطوعين"},
             {3, 2},
             "أطلقت بلدية بنغازي، بالتعاون مع",
             With({"شبكة الساحل", "العالم", "الرياضة", "اتصل بنا", "نشر في", "شارك:", "فيسبوك",
                   "تعليقات القراء", "مبادرة طيبة", "الليثي", "أخبار أخرى", "معرض للكتاب",
                   "كرة السلة", "الطقس", "جميع الحقوق", "toggleMenu"})},
        Page{"misrata-free-zone-en.html",
             "Misrata Free Zone Reports Record Container Traffic",
             "Rania Elfitouri",
             "2024-07-16",
             "en",
             {std::nullopt, "New Shipping Routes", "Concerns Over Congestion"},
             {2, 3, 1},
             "The Misrata Free Zone handled a record 1.2 million tonnes",
             With({"cookies",
                   "Accept all",
                   "Home",
                   "World",
                   "Energy",
                   "Sport",
                   "By Rania",
                   "min read",
                   "Share",
                   "Facebook",
                   "Email",
                   "Advertisement",
                   "Related stories",
                   "strike",
                   "oil output",
                   "briefing",
                   "Subscribe",
                   "comments",
                   "Great news",
                   "terrible shape",
                   "Most read",
                   "banknotes",
                   "airport",
                   "All rights reserved",
                   "Privacy",
                   "querySelectorAll",
                   "dataLayer"})}),
    [](const auto& info) {
      std::string name = info.param.file.substr(0, info.param.file.find('.'));
      std::erase(name, '-');
      return name;
    });

TEST(HtmlReaderTest, ParagraphLanguagesOnTheEnglishPage) {
  const Document doc = Parse(ReadFile(kFixtures + "misrata-free-zone-en.html"));
  ASSERT_EQ(doc.sections.size(), 3u);
  const auto& routes = doc.sections[1].paragraphs;
  EXPECT_EQ(routes[0].language, "en");
  EXPECT_EQ(routes[1].language, "ar");  // <blockquote lang="ar">
  EXPECT_EQ(routes[1].text, "«الميناء يعمل اليوم بكامل طاقته، ونستعد لاستقبال سفن أكبر حجما.»");
  EXPECT_EQ(routes[2].text,
            "He added that talks with a third carrier & two U.S. logistics firms were under way.");
}

TEST(HtmlReaderTest, BrEntitiesAndLinksInTheUtf8ArabicPage) {
  const Document doc = Parse(ReadFile(kFixtures + "tripoli-electric-buses.html"));
  ASSERT_EQ(doc.sections.size(), 3u);
  const auto& details = doc.sections[1].paragraphs;
  EXPECT_NE(details[0].text.find("شركة \"النقل الأخضر\" بموجب"), std::string::npos);
  EXPECT_NE(details[2].text.find("للطلبة وكبار السن، يمكن شراؤها من مكاتب البلدية أو"),
            std::string::npos);
  EXPECT_EQ(doc.sections[2].paragraphs[0].text,
            "ورحب عدد من سكان العاصمة بالخطوة، معتبرين أنها تأخرت كثيرا، فيما طالب آخرون "
            "بتوسيع الشبكة لتشمل الأحياء الطرفية مثل تاجوراء وجنزور.");
  EXPECT_EQ(doc.sections[2].paragraphs[4].text, "جامعة طرابلس");
}

TEST(HtmlReaderTest, DoubleBrSplitsParagraphsOnTheTablePage) {
  const Document doc = Parse(ReadFile(kFixtures + "benghazi-tree-planting.utf8-source.html"));
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 3u);
  EXPECT_EQ(doc.sections[0].paragraphs[1].text,
            "وقال منسق الحملة إن الأشجار المختارة من الأنواع المحلية التي تتحمل الجفاف، مثل "
            "الزيتون والخروب والسدر.");
  EXPECT_EQ(doc.sections[0].paragraphs[2].text.rfind("وأضاف أن فرق المتطوعين", 0), 0u);
}

// --- malformed pages: a sensible document or a one-line error, never a crash or a hang ---

TEST(HtmlReaderTest, UnclosedTags) {
  const Document doc = Parse(
      "<html><body><article><h1>Storm damages harbour<p>The storm hit the harbour at dawn, "
      "damaging <b>three <i>cranes.<h2>Repairs<p>Repairs will take a month.");
  EXPECT_EQ(doc.title.written, "Storm damages harbour");
  ASSERT_EQ(doc.sections.size(), 2u);
  EXPECT_EQ(doc.sections[0].paragraphs[0].text,
            "The storm hit the harbour at dawn, damaging three cranes.");
  EXPECT_EQ(WrittenHeading(doc.sections[1]), "Repairs");
}

TEST(HtmlReaderTest, TenMegabytesOfNestedDivs) {
  std::string page = "<html><body><p>Text before the nesting survives.</p>";
  while (page.size() < 10 * 1024 * 1024) page += "<div>";
  page += "Text nested too deep is not read.</body></html>";
  const Document doc = Parse(page);
  ASSERT_EQ(doc.sections.size(), 1u);
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 1u);
  EXPECT_EQ(doc.sections[0].paragraphs[0].text, "Text before the nesting survives.");

  std::string only_divs = "<html><body>";
  while (only_divs.size() < 10 * 1024 * 1024) only_divs += "<div>";
  EXPECT_EQ(ParseError(only_divs + "deep text"), "page.html: no article text found");
}

TEST(HtmlReaderTest, TwoHundredThousandAttributesAreRefusedAtOnce) {
  std::string page = "<html><body><div";
  for (int i = 0; i < 200'000; ++i) page += " a" + std::to_string(i) + "=\"x\"";
  page += "><p>The article.</p></div></body></html>";
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(ParseError(page),
            "page.html: too complex to read: an element has more than 1000 attributes");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

// A WordPress theme classes its <article> "entry author-sarah": strict rules take it for an
// author box and find almost nothing; the retry reads the article.
TEST(HtmlReaderTest, ArticleNamedLikeFurnitureIsReadOnTheRetry) {
  std::string page =
      "<html><body><nav><a href=\"/\">Home</a></nav>"
      "<article class=\"entry author-sarah\"><h1>Jobs data</h1>";
  for (int i = 0; i < 6; ++i) {
    page += "<p>Paragraph " + std::to_string(i) +
            " of the story about developers and the skills employers ask for.</p>";
  }
  page += "</article><footer>%d bloggers like this:</footer></body></html>";
  const Document doc = Parse(page);
  ASSERT_EQ(doc.sections.size(), 1u);
  EXPECT_EQ(doc.title.written, "Jobs data");
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 6u);
  EXPECT_EQ(doc.sections[0].paragraphs[5].text,
            "Paragraph 5 of the story about developers and the skills employers ask for.");
}

// The visible body is filled by script; the JSON-LD article carries the text.
TEST(HtmlReaderTest, ArticleOnlyInJsonLdArticleBody) {
  const Document doc = Parse(
      "<html lang=\"ar\"><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"headline\":\"افتتاح ميناء مصراتة\",\"articleBody\":\"أعيد افتتاح الميناء صباح اليوم بعد "
      "أعمال صيانة استمرت ثلاثة أشهر.\\n\\nوقال مدير الميناء إن الحركة ستعود إلى طبيعتها خلال "
      "أسبوع، "
      "وإن السفن الأولى وصلت بالفعل محملة بالبضائع.\"}</script></head><body><nav><a "
      "href=\"/\">الرئيسية</a></nav><div id=\"app\"></div></body></html>");
  EXPECT_EQ(doc.title.written, "افتتاح ميناء مصراتة");
  ASSERT_EQ(doc.sections.size(), 1u);
  ASSERT_EQ(doc.sections[0].paragraphs.size(), 2u);
  EXPECT_EQ(doc.sections[0].paragraphs[0].text,
            "أعيد افتتاح الميناء صباح اليوم بعد أعمال صيانة استمرت ثلاثة أشهر.");
  EXPECT_EQ(doc.sections[0].paragraphs[1].language, "ar");
}

TEST(HtmlReaderTest, ArticleOnlyInNoscriptIsReadAsWithoutScript) {
  const std::string sentence =
      "The council approved the budget after a long debate that lasted well into the night. ";
  const Document doc = Parse(
      "<html><head><title>Budget passes</title><NOSCRIPT><style>.x{}</style></NOSCRIPT></head>"
      "<body><div id=\"app\"></div><noscript ><article><p>" +
      sentence + sentence + sentence + "</p><p>A second noscript paragraph.</p></article>" +
      "</noscript><p>Mention of noscript in text.</p></body></html>");
  ASSERT_EQ(doc.sections.size(), 1u);
  ASSERT_GE(doc.sections[0].paragraphs.size(), 2u);
  EXPECT_EQ(doc.sections[0].paragraphs[0].text, sentence + sentence + std::string(Trim(sentence)));
  EXPECT_EQ(doc.sections[0].paragraphs[1].text, "A second noscript paragraph.");
}

TEST(HtmlReaderTest, ManyFlatParagraphs) {
  std::string page = "<html><body><article>";
  for (int i = 0; i < 20000; ++i)
    page += "<p>Paragraph " + std::to_string(i) + " of the story.</p>";
  const Document doc = Parse(page);
  ASSERT_EQ(doc.sections.size(), 1u);
  EXPECT_EQ(doc.sections[0].paragraphs.size(), 20000u);
}

// A front page: cards of a linked headline and a one-line teaser, lists of linked headlines.
std::string FrontPage(const std::string& head) {
  std::string page = "<html><head>" + head + "</head><body><nav><a href=/>Home</a></nav><main>";
  for (int i = 0; i < 3; ++i) {
    page += "<div class=card><a href=/s" + std::to_string(i) +
            "><h3>Council approves a new budget for the schools</h3></a><p>The mayor said the plan "
            "funds clinics and roads.</p></div>";
  }
  page += "<ul>";
  for (int i = 0; i < 8; ++i) {
    page += "<li><a href=/l" + std::to_string(i) + ">Port reopens after a week of storms</a></li>";
  }
  return page + "</ul></main></body></html>";
}

TEST(HtmlReaderTest, FrontPageHasNoArticle) {
  EXPECT_EQ(ParseError(FrontPage("<meta property=\"og:type\" content=\"website\">")),
            "page.html: no article text found");
  EXPECT_EQ(ParseError(FrontPage("")), "page.html: no article text found");
}

// The same page said to be an article (og:type, JSON-LD) is read: the signals of a listing are
// trusted only on pages that do not claim an article.
TEST(HtmlReaderTest, TeasersOfAPageThatSaysArticleAreRead) {
  for (const std::string head :
       {"<meta property=\"og:type\" content=\"article\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"}) {
    const Document doc = Parse(FrontPage(head));
    ASSERT_EQ(doc.sections.size(), 1u) << head;
    EXPECT_EQ(doc.sections[0].paragraphs[0].text,
              "The mayor said the plan funds clinics and roads.");
  }
}

// A news brief of two short paragraphs on a page full of linked headlines, saying nothing of
// itself: its text has few links, so it is an article.
TEST(HtmlReaderTest, ShortBriefBesideHeadlinesIsRead) {
  std::string page =
      "<html><body><div class=story><h1>Port reopens</h1><p>The port of Misrata reopened on "
      "Sunday after a week of storms.</p><p>Ships queued outside the harbour since Friday.</p>"
      "</div><div class=list>";
  for (int i = 0; i < 12; ++i) {
    page +=
        "<p><a href=/l" + std::to_string(i) + ">Council approves a new budget for schools</a></p>";
  }
  const Document doc = Parse(page + "</div></body></html>");
  ASSERT_EQ(doc.sections.size(), 1u);
  EXPECT_EQ(doc.sections[0].paragraphs.size(), 2u);
}

// A live blog reads every post in page order, each post's heading a section, after the intro;
// time stamps and share links are not read.
TEST(HtmlReaderTest, LiveBlogReadsEveryPost) {
  std::string page =
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"LiveBlogPosting\","
      "\"headline\":\"Storm hits the east\"}</script></head><body><div class=page>"
      "<h1>Storm hits the east</h1><div class=intro><p>A deep depression brought heavy rain "
      "and strong winds to the east of the country since dawn on Monday.</p></div>"
      "<div class=live><ul class=updates>";
  for (int i = 4; i >= 1; --i) {
    const std::string n = std::to_string(i);
    page += "<li class=update><div class=time><time datetime=\"2025-01-27T1" + n + ":00\">1" + n +
            ":00</time></div><h2>Update " + n + "</h2><div class=body><p>Update " + n +
            " says that the coastal road between the two eastern towns was closed by the police "
            "this morning.</p></div>"
            "<a href=/share>Share</a></li>";
  }
  page += "</ul></div></div></body></html>";
  const Document doc = Parse(page);
  ASSERT_EQ(doc.sections.size(), 5u);
  EXPECT_EQ(WrittenHeading(doc.sections[0]), std::nullopt);
  EXPECT_EQ(doc.sections[0].paragraphs[0].text.rfind("A deep depression", 0), 0u);
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(5 - i);
    EXPECT_EQ(WrittenHeading(doc.sections[i]), "Update " + n);
    ASSERT_EQ(doc.sections[i].paragraphs.size(), 1u);
    EXPECT_EQ(doc.sections[i].paragraphs[0].text,
              "Update " + n +
                  " says that the coastal road between the two eastern towns was closed by the "
                  "police this morning.");
  }
}

struct NoTextCase {
  std::string name;
  std::string page;
};

class NoArticleTextTest : public ::testing::TestWithParam<NoTextCase> {};

TEST_P(NoArticleTextTest, OneLineError) {
  EXPECT_EQ(ParseError(GetParam().page), "page.html: no article text found");
}

INSTANTIATE_TEST_SUITE_P(
    Pages, NoArticleTextTest,
    ::testing::Values(
        NoTextCase{"Empty", "<html><body></body></html>"},
        NoTextCase{"OnlyFurniture",
                   "<html><body><nav><a href=/>Home</a></nav><aside>Most read</aside>"
                   "<footer>(c) 2024</footer><script>var a;</script></body></html>"},
        NoTextCase{"OnlyAPixelInNoscript",
                   "<html><body><noscript><img src=\"/pixel.gif\"></noscript></body></html>"},
        NoTextCase{"OnlyTitle",
                   "<html><head><title>T</title></head><body><h1>T</h1></body></html>"},
        NoTextCase{"OnlyBoilerplate",
                   "<html><body><p>0 تعليق</p><p>Share this article</p></body></html>"},
        NoTextCase{"OnlyLinks",
                   "<html><body><ul><li><a href=/a>A story</a></li></ul></body></html>"},
        NoTextCase{"NotHtmlAtAll", "\x01\x02\x03\x04"}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace rawi
