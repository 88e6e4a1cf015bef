#include "publish/xml_writer.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace rawi {
namespace {

TEST(XmlWriterTest, EscapesMarkupAndQuotes) {
  XmlWriter xml("the test document");
  xml.Start("p");
  xml.Attribute("title", "قال \"نعم\" & <لا>");
  xml.Text("قال \"نعم\" & <لا>");
  EXPECT_EQ(xml.Finish(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<p title=\"قال &quot;نعم&quot; &amp; &lt;لا&gt;\">قال &quot;نعم&quot; &amp; "
            "&lt;لا&gt;</p>\n");
}

TEST(XmlWriterTest, DropsControlCharactersXmlForbids) {
  XmlWriter xml("the test document");
  xml.Element("title", std::string("a\x01"
                                   "b\x1f"
                                   "c\td"));
  EXPECT_EQ(xml.Finish(), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<title>abc\td</title>\n");
}

TEST(XmlWriterTest, ElementWithAttributesAndText) {
  XmlWriter xml("the test document");
  xml.Start("p");
  xml.Element("span", {{"id", "s-1"}, {"class", "a&b"}}, "x < y");
  EXPECT_EQ(xml.Finish(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<p>\n  <span id=\"s-1\" class=\"a&amp;b\">x &lt; y</span>\n</p>\n");
}

TEST(XmlWriterTest, DoctypeIndentationAndEmptyElements) {
  XmlWriter xml("the test document");
  xml.Doctype("html");
  xml.Start("html");
  xml.Start("head");
  xml.Empty("meta", {{"charset", "UTF-8"}});
  xml.End();
  xml.Element("body", "x");
  EXPECT_EQ(xml.Finish(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!DOCTYPE html>\n"
            "<html>\n"
            "  <head>\n"
            "    <meta charset=\"UTF-8\"/>\n"
            "  </head>\n"
            "  <body>x</body>\n"
            "</html>\n");
}

TEST(XmlWriterTest, ErrorsNameTheDocument) {
  XmlWriter xml("the test document");
  try {
    xml.End();  // nothing open
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kEngine);
    EXPECT_EQ(std::string(e.what()), "libxml2: cannot write the test document");
  }
}

}  // namespace
}  // namespace rawi
