#include "read/html_body.h"

#include <gtest/gtest.h>

#include "read/html_dom.h"

namespace rawi {
namespace {

using Kind = TextBlock::Kind;

// Long enough to make an element an article candidate (kMinArticleBytes).
const std::string kLong =
    "The council approved the budget after a long debate that lasted well into the night, and "
    "the mayor said the new plan would fund schools, roads and clinics across every district of "
    "the city over the next three years. Opposition members voted against it, saying the "
    "plan relied on revenue that the city had never collected before.";

std::string Describe(const std::vector<TextBlock>& blocks) {
  std::string out;
  for (const TextBlock& block : blocks) {
    if (block.kind == Kind::kHeading) out += "H" + std::to_string(block.level) + ":";
    out += block.text;
    if (!block.language.empty()) out += " [" + block.language + "]";
    out += "\n";
  }
  return out;
}

std::string Read(const std::string& page) {
  const HtmlDocPtr doc = ParseHtml(page, "UTF-8");
  const HtmlArticle article(doc.get());
  return Describe(article.Blocks(article.FindRoot()));
}

std::string Root(const std::string& page) {
  const HtmlDocPtr doc = ParseHtml(page, "UTF-8");
  const HtmlArticle article(doc.get());
  const xmlNode* root = article.FindRoot();
  return std::string(TagName(root)) + "#" + Attribute(root, "id");
}

struct RootCase {
  std::string name;
  std::string page;
  std::string root;
};

class FindRootTest : public ::testing::TestWithParam<RootCase> {};

TEST_P(FindRootTest, Chooses) { EXPECT_EQ(Root(GetParam().page), GetParam().root); }

INSTANTIATE_TEST_SUITE_P(
    Pages, FindRootTest,
    ::testing::Values(
        RootCase{"ArticleBodyBeforeArticle",
                 "<article id=a><h1>T</h1><div id=b itemprop=\"articleBody\"><p>" + kLong +
                     "</p></div></article>",
                 "div#b"},
        RootCase{"ArticleBeforeMain",
                 "<main id=m><article id=a><p>" + kLong + "</p></article><p>x</p></main>",
                 "article#a"},
        RootCase{"MainWithoutArticle", "<main id=m><p>" + kLong + "</p></main>", "main#m"},
        RootCase{"RoleMain", "<div id=m role=\"main\"><p>" + kLong + "</p></div>", "div#m"},
        RootCase{"LongestArticle",
                 "<article id=a><p>Short teaser.</p></article><article id=b><p>" + kLong +
                     "</p></article>",
                 "article#b"},
        RootCase{"ArticleInAsideIsNoCandidate",
                 "<aside><article id=t><p>" + kLong + kLong + "</p></article></aside>" +
                     "<article id=a><p>" + kLong + "</p></article>",
                 "article#a"},
        RootCase{"CommentArticlesAreNoCandidates",
                 "<div id=body><p>" + kLong +
                     "</p></div><section class=comments><article id=c>"
                     "<p>" +
                     kLong + kLong + "</p></article></section>",
                 "div#body"},
        RootCase{"ShortArticleFallsBackToDensest",
                 "<article id=a><p>Teaser.</p></article><div id=d><p>" + kLong + "</p><p>" + kLong +
                     "</p></div>",
                 "div#d"},
        RootCase{"DensestBlock",
                 "<div id=side><p>A short line.</p><p>Another one.</p></div><div id=story><p>" +
                     kLong + "</p><p>" + kLong + "</p></div>",
                 "div#story"},
        RootCase{"TextWithBrInADiv",
                 "<div id=nav><a href=/>Home</a></div><div id=text>" + kLong + "<br><br>" + kLong +
                     "</div>",
                 "div#text"},
        RootCase{"LinksDoNotCount",
                 "<div id=links><p><a href=#>" + kLong +
                     "</a></p></div><div id=t><p>Real text of "
                     "the story.</p></div>",
                 "div#t"},
        // A live blog: the densest block is one post's body; the posts, built alike, are the
        // article, with the wrapper that adds only a header line.
        RootCase{"PostsOfALiveBlog",
                 "<div id=page><h1>Storm</h1><div id=blog><div class=head>Live</div><ul id=posts>"
                 "<li class=post><h2>One</h2><div class=body><p>" +
                     kLong + "</p><p>" + kLong +
                     "</p></div></li><li class=post><h2>Two</h2><div class=body><p>" + kLong +
                     "</p></div></li><li class=\"post ad\"><span>Ad</span></li>"
                     "<li class=post><h2>Three</h2><div class=body><p>" +
                     kLong + "</p></div></li></ul></div><div class=side><p>" + kLong +
                     "</p></div></div>",
                 "div#blog"},
        // Two similar items are not a list of posts.
        RootCase{"TwoItemsAreNoList",
                 "<div id=page><div class=item id=a><p>" + kLong + "</p><p>" + kLong +
                     "</p></div><div class=item id=b><p>" + kLong + "</p></div></div>",
                 "div#a"},
        RootCase{"NothingButBody", "<body id=b><nav><a href=/>Home</a></nav></body>", "body#b"}),
    [](const auto& info) { return info.param.name; });

// The root and what is read with it, as "tag#id" in reading order.
std::string Roots(const std::string& page) {
  const HtmlDocPtr doc = ParseHtml(page, "UTF-8");
  const HtmlArticle article(doc.get());
  std::vector<const xmlNode*> roots;
  const xmlNode* root = article.FindRoot(true, &roots);
  if (roots.empty()) roots.push_back(root);  // as the reader does
  std::string out;
  for (const xmlNode* one : roots) {
    if (!out.empty()) out += " ";
    out += std::string(TagName(one)) + "#" + Attribute(one, "id");
  }
  return out;
}

class JoinedRootsTest : public ::testing::TestWithParam<RootCase> {};

TEST_P(JoinedRootsTest, Joins) { EXPECT_EQ(Roots(GetParam().page), GetParam().root); }

INSTANTIATE_TEST_SUITE_P(
    Pages, JoinedRootsTest,
    ::testing::Values(RootCase{"SiblingParagraphs",
                               "<div id=page><div id=a><p>" + kLong + "</p><p>" + kLong +
                                   "</p><p>" + kLong + "</p></div><p id=b>" + kLong +
                                   "</p><p id=c>Short.</p></div>",
                               "div#a p#b"},
                      // A body cut around a figure, its parts at different depths, read in page
                      // order; the sidebar's block of another class stays out.
                      RootCase{"PartsOfOneClass",
                               "<div id=page><section><div class=\"post body\" id=a><p>" + kLong +
                                   "</p></div></section><figure><img src=x.jpg></figure>"
                                   "<div class=wrap><section><div class=\"post body\" id=b><p>" +
                                   kLong + "</p><p>" + kLong +
                                   "</p></div></section></div><div class=box id=c><p>" + kLong +
                                   "</p></div></div>",
                               "div#a div#b"},
                      RootCase{"PartMostlyLinksStaysOut",
                               "<div id=page><div class=text id=a><p>" + kLong + "</p><p>" + kLong +
                                   "</p></div><div id=x><div class=text id=b><p><a href=/1>" +
                                   kLong + "</a> more</p></div></div></div>",
                               "div#a"},
                      RootCase{"PartsMarkedArticleBody",
                               "<article id=art><div itemprop=articleBody id=a><p>" + kLong +
                                   "</p></div><div class=ad><p>Advertisement</p></div>"
                                   "<div class=more itemprop=articleBody id=b><p>" +
                                   kLong + "</p></div></article>",
                               "div#a div#b"},
                      // Other <article>s of one class are other stories, not parts.
                      RootCase{"ArticlesOfOneClassAreOtherStories",
                               "<article class=story id=a><p>" + kLong + kLong +
                                   "</p></article><div><article class=story id=b><p>" + kLong +
                                   "</p></article></div>",
                               "article#a"}),
    [](const auto& info) { return info.param.name; });

struct BlocksCase {
  std::string name;
  std::string body;  // inside <main>…</main>, which is the root
  std::string blocks;
};

class BlocksTest : public ::testing::TestWithParam<BlocksCase> {};

TEST_P(BlocksTest, Reads) {
  EXPECT_EQ(
      Read("<html><body><main><p>" + kLong + "</p>" + GetParam().body + "</main></body></html>"),
      kLong + " [en]\n" + GetParam().blocks);
}

INSTANTIATE_TEST_SUITE_P(
    Bodies, BlocksTest,
    ::testing::Values(
        BlocksCase{"Paragraphs", "<p>One.</p><p>Two <b>bold</b> <a href=#>link</a>.</p>",
                   "One. [en]\nTwo bold link. [en]\n"},
        BlocksCase{"Headings", "<h2>Part <i>one</i></h2><p>Text.</p><h3>Sub</h3><p>More.</p>",
                   "H2:Part one\nText. [en]\nH3:Sub\nMore. [en]\n"},
        BlocksCase{"HeadingKeepsNestedBlocksTogether", "<h2><span>A</span><div>B</div></h2>",
                   "H2:A B\n"},
        // A bold line alone heads the paragraphs after it, as pages without <h2> write one.
        BlocksCase{"BoldLineIsASubheading",
                   "<p><strong>New equipment</strong></p><p>Text.</p><div>More.<br><br><b>Staff"
                   "</b><br><br>Doctors.</div>",
                   "H3:New equipment\nText. [en]\nMore. [en]\nH3:Staff\nDoctors. [en]\n"},
        BlocksCase{"BoldLineBeforeAHeadingOrAtTheEndIsText",
                   "<p><b>Name One</b></p><h2>Part</h2><p>Text.</p><p><b>The end</b></p>",
                   "Name One [en]\nH2:Part\nText. [en]\nThe end [en]\n"},
        BlocksCase{"BoldLineUnderAHeadingIsText",
                   "<h3>Pour dépasser le tabac</h3><p><strong>Vape Wave (1h28)</strong></p>"
                   "<p>Text.</p>",
                   "H3:Pour dépasser le tabac\nVape Wave (1h28) [en]\nText. [en]\n"},
        BlocksCase{"BoldSentencesLabelsAndItemsAreText",
                   "<p><b>A whole sentence in bold.</b></p><p><strong>إعداد: سارة الكاديكي</strong>"
                   "</p><ul><li><b>Tripoli</b></li></ul><p><b>Half</b> bold</p><p>End.</p>",
                   "A whole sentence in bold. [en]\nإعداد: سارة الكاديكي [ar]\nTripoli [en]\nHalf "
                   "bold [en]\nEnd. [en]\n"},
        // An embedded post keeps its text, not its author line or written-out picture link.
        BlocksCase{"EmbeddedPost",
                   "<blockquote class=\"twitter-tweet\"><p lang=\"ar\" dir=\"rtl\">زوارة "
                   "تستقبل الزوار. <a href=\"https://t.co/x\">pic.twitter.com/Zw8kq2</a></p>"
                   "&mdash; وزارة السياحة (@Libya_Tourism) <a href=\"https://twitter.com/s/1\">"
                   "April 5, 2025</a></blockquote><p>Text.</p>",
                   "زوارة تستقبل الزوار. [ar]\nText. [en]\n"},
        // Cards for other stories ("more on this topic") are not read.
        BlocksCase{"StoryCards",
                   "<section><h2>More</h2><article><h3><a href=/a>Unemployment tops 20%</a></h3>"
                   "<p>A report said so.</p></article></section><p>End.</p>",
                   "H2:More\nEnd. [en]\n"},
        BlocksCase{"SingleBrIsASpace", "<p>Line one,<br>line two.</p>",
                   "Line one, line two. [en]\n"},
        BlocksCase{"DoubleBrEndsAParagraph", "<p>First.<br><br>Second.<br> <br/>\n<br>Third.</p>",
                   "First. [en]\nSecond. [en]\nThird. [en]\n"},
        BlocksCase{"SourceLineBreaksAreSpaces", "<p>a\nb\r\n  c</p>", "a b c [en]\n"},
        BlocksCase{"ListItemsAndQuotes",
                   "<ul><li>Tripoli</li><li>Misrata</li></ul><blockquote>Quoted.</blockquote>",
                   "Tripoli [en]\nMisrata [en]\nQuoted. [en]\n"},
        BlocksCase{"LinkListIsSkipped",
                   "<h3>Read also</h3><ul><li><a href=#>Other story one</a></li>"
                   "<li><a href=#>Other story two</a></li></ul><p>After.</p>",
                   "After. [en]\n"},
        BlocksCase{"MostlyLinkParagraphIsSkipped",
                   "<p><b>Read:</b> <a href=#>A long headline of another story</a></p><p>Kept, "
                   "with <a href=#>a link</a> inside.</p>",
                   "Kept, with a link inside. [en]\n"},
        BlocksCase{"FurnitureInsideTheArticle",
                   "<div class=share-buttons>Share on Facebook</div><figure><img alt=x>"
                   "<figcaption>Caption</figcaption></figure><script>var x = 1;</script>"
                   "<style>p{}</style><form><button>Send</button></form><p>Body.</p>"
                   "<div class=tags>Tags: a, b</div><div hidden>Hidden.</div>"
                   "<div style=\"display:none\">Invisible.</div><iframe>frame</iframe>",
                   "Body. [en]\n"},
        BlocksCase{"TableRows",
                   "<table><tr><td>Tripoli</td><td>32°</td></tr><tr><td>Sabha</td>"
                   "<td>41°</td></tr></table>",
                   "Tripoli 32° [en]\nSabha 41° [en]\n"},
        BlocksCase{"Entities", "<p>Q&amp;A &quot;here&quot;&nbsp;now &#8212; &lt;ok&gt;</p>",
                   "Q&A \"here\" now \u2014 <ok> [en]\n"},
        BlocksCase{"LangAttribute",
                   "<blockquote lang=\"ar\"><p>«نص»</p></blockquote><p lang=\"en-GB\">Text.</p>"
                   "<p lang=\"ar\">Salam</p>",
                   "«نص» [ar]\nText. [en]\nSalam [ar]\n"},
        BlocksCase{"LangOfASpanIsNotTheParagraphs",
                   "<p><span lang=\"en\">NOC</span> قالت المؤسسة إن الإنتاج ارتفع.</p>",
                   "NOC قالت المؤسسة إن الإنتاج ارتفع. [ar]\n"},
        BlocksCase{"ScriptDecidesWithoutLang", "<p>قال المتحدث إن الاجتماع انتهى.</p>",
                   "قال المتحدث إن الاجتماع انتهى. [ar]\n"},
        BlocksCase{"OtherLanguagesLeaveItToTheScript", "<p lang=\"fr\">نص عربي</p>",
                   "نص عربي [ar]\n"},
        // "Read also" labels: alone, or before a link, they are furniture; a sentence that
        // starts with the same words is text.
        BlocksCase{"ReadAlsoLabels",
                   "<p><strong>اقرأ أيضاً:</strong> <a href=#>المياه</a></p><p>إقرأ أيضا</p>"
                   "<p>شاهد أيضا - <a href=#>فيديو</a></p><p>المزيد</p><h2>Related</h2>"
                   "<p>Read more: <a href=#>Jobs</a> <a href=#>Ports</a></p><p>See also</p>"
                   "<p>Related to this, the council <a href=#>voted</a> in May.</p>"
                   "<p>Read more about the plan in the report.</p>"
                   "<p>المزيد من الأمطار متوقع غدا.</p><p>Relatedly, prices rose.</p>",
                   "Related to this, the council voted in May. [en]\n"
                   "Read more about the plan in the report. [en]\n"
                   "المزيد من الأمطار متوقع غدا. [ar]\nRelatedly, prices rose. [en]\n"},
        BlocksCase{"ReadAlsoLineBetweenBrs",
                   "<div>First.<br><br><b>اقرأ أيضا: <a href=#>التطعيم</a></b><br><br>Second, "
                   "with <a href=#>a link</a>.<br><br><a href=#>Only a link</a></div>",
                   "First. [en]\nSecond, with a link. [en]\n"},
        BlocksCase{"TimeStampsAlone",
                   "<div class=t><time datetime=\"2025-01-27T18:05\">18:05</time></div>"
                   "<p><time>9 February 2025</time></p>"
                   "<p>Announced <time>on Monday</time> in Tripoli.</p>",
                   "Announced on Monday in Tripoli. [en]\n"},
        BlocksCase{"CaptionsOutsideFigures",
                   "<p class=\"caption\">Workers clear sand from the mosaic.</p>"
                   "<div class=\"article-image__caption\">Rain in Bayda</div>"
                   "<p><span class=\"image-caption\">The harbour.</span> The text.</p>",
                   "The text. [en]\n"},
        BlocksCase{"DirWhenNoLetters",
                   "<p dir=\"rtl\">2024 - 12</p><p dir=\"ltr\">12:30</p><p>5</p>",
                   "2024 - 12 [ar]\n12:30 [en]\n5\n"}),
    [](const auto& info) { return info.param.name; });

TEST(BlocksTest, FurnitureNamedWrapperWithMostTextIsKept) {
  // Some templates put the whole story in a wrapper whose class happens to name furniture.
  const std::string page = "<main><div class=\"layout-with-sidebar\"><p>" + kLong + "</p><p>" +
                           kLong + "</p></div><div class=sidebar><p>Most read.</p></div></main>";
  EXPECT_EQ(Read(page), kLong + " [en]\n" + kLong + " [en]\n");
}

TEST(BlocksTest, ComplexPagesAreWalkedWithoutRecursion) {
  std::string page = "<body><main>";
  for (int i = 0; i < 200; ++i) page += "<div><p>level " + std::to_string(i) + ".</p>";
  EXPECT_NE(Read(page).find("level 199."), std::string::npos);
}

}  // namespace
}  // namespace rawi
