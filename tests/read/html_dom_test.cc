#include "read/html_dom.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "read/html_node_kinds.h"

namespace rawi {
namespace {

const xmlNode* Root(const HtmlDocPtr& doc) { return reinterpret_cast<const xmlNode*>(doc.get()); }

TEST(ParseHtmlTest, LenientAndNeverNull) {
  for (std::string_view page : {"", "<p>unclosed <b>bold", "\x01\x02\x03", "<<<>>>", "</p></p>"}) {
    const HtmlDocPtr doc = ParseHtml(page, "UTF-8");
    ASSERT_NE(doc, nullptr) << page;
  }
}

TEST(ParseHtmlTest, RefusesPagesBeyondItsLimits) {
  HtmlLimits limits;
  limits.max_attributes_per_element = 2;
  EXPECT_NO_THROW(ParseHtml("<p a b>x</p>", "UTF-8", limits));
  try {
    ParseHtml("<p a b c>x</p>", "UTF-8", limits);
    ADD_FAILURE() << "no throw";
  } catch (const HtmlTooComplex& e) {
    EXPECT_STREQ(e.what(), "an element has more than 2 attributes");
  }
}

TEST(ParseHtmlTest, StopsWhenTheClockRunsOut) {
  std::string page = "<html><body>";
  while (page.size() < 4 * 1024 * 1024) page += "<p>A paragraph of the page.</p>";
  HtmlLimits limits;
  limits.max_parse_time = std::chrono::milliseconds(1);
  try {
    ParseHtml(page, "UTF-8", limits);
    ADD_FAILURE() << "no throw";
  } catch (const HtmlTooComplex& e) {
    EXPECT_STREQ(e.what(), "parsing took more than 0.001 s");
  }
  limits.max_parse_time = std::chrono::seconds(60);
  const HtmlDocPtr doc = ParseHtml(page, "UTF-8", limits);
  EXPECT_EQ(TextContent(FindFirst(Root(doc), "p")), "A paragraph of the page.");
}

TEST(ParseHtmlTest, EntitiesAreDecoded) {
  const HtmlDocPtr doc = ParseHtml("<p>a&amp;b&nbsp;c &quot;d&quot; &#1604;&#x627;</p>", "UTF-8");
  EXPECT_EQ(TextContent(FindFirst(Root(doc), "p")), "a&b\u00a0c \"d\" لا");
}

TEST(ParseHtmlTest, IgnoresTheDeclaredCharset) {
  // UTF-8 bytes stay UTF-8 whatever the page claims.
  const HtmlDocPtr doc = ParseHtml("<meta charset=\"windows-1256\"><p>نص</p>", "UTF-8");
  EXPECT_EQ(TextContent(FindFirst(Root(doc), "p")), "نص");
}

TEST(AttributeTest, CaseInsensitiveNamesAndPresence) {
  const HtmlDocPtr doc = ParseHtml("<div CLASS=\"a b\" hidden data-x=\"\">x</div>", "UTF-8");
  const xmlNode* div = FindFirst(Root(doc), "div");
  ASSERT_NE(div, nullptr);
  EXPECT_EQ(TagName(div), "div");
  EXPECT_EQ(Attribute(div, "class"), "a b");
  EXPECT_EQ(Attribute(div, "missing"), "");
  EXPECT_TRUE(HasAttribute(div, "hidden"));
  EXPECT_TRUE(HasAttribute(div, "data-x"));
  EXPECT_FALSE(HasAttribute(div, "missing"));
  EXPECT_EQ(TagName(div->children), "");  // a text node
}

TEST(WalkTreeTest, EnterAndLeaveInDocumentOrderSkippingChildren) {
  const HtmlDocPtr doc =
      ParseHtml("<body><div><p>a</p><nav><p>skip</p></nav></div><p>b</p></body>", "UTF-8");
  const xmlNode* body = FindFirst(Root(doc), "body");
  std::string trace;
  WalkTree(
      body,
      [&](const xmlNode* n) {
        trace += n->type == XML_TEXT_NODE ? std::string(reinterpret_cast<const char*>(n->content))
                                          : "<" + std::string(TagName(n)) + ">";
        return TagName(n) != "nav";
      },
      [&](const xmlNode* n) {
        if (n->type == XML_ELEMENT_NODE) trace += "</" + std::string(TagName(n)) + ">";
      });
  EXPECT_EQ(trace, "<body><div><p>a</p><nav></nav></div><p>b</p></body>");
}

TEST(WalkTreeTest, DeepNestingNeedsNoRecursion) {
  std::string page = "<body>";
  for (int i = 0; i < 100000; ++i) page += "<span>";
  page += "deep";
  const HtmlDocPtr doc = ParseHtml(page, "UTF-8");
  size_t elements = 0;
  WalkTree(
      Root(doc), [&](const xmlNode* n) { return ++elements > 0 && n != nullptr; },
      [](const xmlNode*) {});
  EXPECT_GT(elements, 200u);
}

TEST(NextInTreeTest, StaysInsideTheSubtree) {
  const HtmlDocPtr doc = ParseHtml("<div><p>a</p></div><p>outside</p>", "UTF-8");
  const xmlNode* div = FindFirst(Root(doc), "div");
  std::string text;
  for (const xmlNode* n = div; n != nullptr; n = NextInTree(n, div, true)) {
    if (n->type == XML_TEXT_NODE) text += reinterpret_cast<const char*>(n->content);
  }
  EXPECT_EQ(text, "a");
  EXPECT_EQ(NextInTree(div, div, false), nullptr);
}

TEST(TreeOrderTest, ContainsAndPrecedes) {
  const HtmlDocPtr doc =
      ParseHtml("<div id=a><p id=b><b id=c>x</b></p><p id=d>y</p></div><p id=e>z</p>", "UTF-8");
  const xmlNode* root = DocumentNode(doc.get());
  std::map<std::string, const xmlNode*> by_id;
  WalkTree(
      root,
      [&](const xmlNode* node) {
        if (node->type == XML_ELEMENT_NODE) by_id[Attribute(node, "id")] = node;
        return true;
      },
      [](const xmlNode*) {});
  const xmlNode* a = by_id["a"];
  const xmlNode* b = by_id["b"];
  const xmlNode* c = by_id["c"];
  const xmlNode* d = by_id["d"];
  const xmlNode* e = by_id["e"];
  EXPECT_TRUE(Contains(a, c));
  EXPECT_TRUE(Contains(c, c));
  EXPECT_FALSE(Contains(c, a));
  EXPECT_FALSE(Contains(b, d));
  EXPECT_TRUE(Precedes(a, c));  // an ancestor first
  EXPECT_FALSE(Precedes(c, a));
  EXPECT_TRUE(Precedes(c, d));  // cousins
  EXPECT_FALSE(Precedes(d, c));
  EXPECT_TRUE(Precedes(c, e));
  EXPECT_FALSE(Precedes(e, b));
  EXPECT_FALSE(Precedes(b, b));
}

}  // namespace
}  // namespace rawi
