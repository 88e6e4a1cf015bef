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
        RootCase{"NothingButBody", "<body id=b><nav><a href=/>Home</a></nav></body>", "body#b"}),
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
                   "H3:Read also\nAfter. [en]\n"},
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
