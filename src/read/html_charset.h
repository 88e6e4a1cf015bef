// The charset an HTML page declares for itself, found before the page is decoded.
#pragma once

#include <string>
#include <string_view>

namespace rawi {

// The label of the first <meta charset="…"> or <meta http-equiv="Content-Type"
// content="…; charset=…"> in the page's first 16 KB, as written; "" when there is none.
// The bytes are parsed with libxml2 as Latin-1, which keeps every ASCII-compatible page's
// markup intact whatever its real encoding.
std::string DeclaredHtmlCharset(std::string_view bytes);

}  // namespace rawi
