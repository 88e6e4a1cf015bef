#include "read/html_charset.h"

#include <strings.h>

#include "read/encoding.h"
#include "read/html_dom.h"

namespace rawi {

std::string DeclaredHtmlCharset(std::string_view bytes) {
  constexpr size_t kPrescanBytes = 16 * 1024;
  HtmlDocPtr doc;
  try {
    doc = ParseHtml(bytes.substr(0, kPrescanBytes), "ISO-8859-1");
  } catch (const HtmlTooComplex&) {
    return "";  // the page itself is refused when it is parsed, with the reason
  }
  const auto* root = reinterpret_cast<const xmlNode*>(doc.get());
  for (const xmlNode* n = root; n != nullptr; n = NextInTree(n, root, true)) {
    if (TagName(n) != "meta") continue;
    if (std::string charset = Attribute(n, "charset"); !charset.empty()) return charset;
    if (strcasecmp(Attribute(n, "http-equiv").c_str(), "content-type") == 0) {
      if (std::string charset = CharsetFromContentType(Attribute(n, "content")); !charset.empty()) {
        return charset;
      }
    }
  }
  return "";
}

}  // namespace rawi
