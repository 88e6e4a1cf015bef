// The Document as `rawi segment --json` prints it (read, segmented, as written):
//   {"title": T, "byline": T|null, "date": T|null, "date_iso":
//   YYYY-MM-DD[THH:MM[:SS][Z|±HH:MM]]|null,
//    "language": L,
//    "sections": [{"heading": T|null, "paragraphs": [{"language": L, "sentences": [T]}]}]}
#pragma once

#include <string>

#include "document/document.h"

namespace rawi {

// The JSON text (pretty-printed, UTF-8, ending with a newline). The Document's text is valid
// UTF-8 (the readers' contract); nlohmann's type_error otherwise.
std::string DocumentToJson(const Document& doc);

}  // namespace rawi
