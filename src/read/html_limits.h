// The bounds rawi keeps while parsing an HTML page, so that no page, however hostile, makes it
// hang or exhaust memory. libxml2 2.9's HTML parser compares every attribute of an element with
// every other (a tag with 200,000 attributes takes minutes), and builds one node per element;
// both are checked by a linear scan before parsing, and the parse itself runs against a clock.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace rawi {

struct HtmlLimits {
  size_t max_attributes_per_element = 1'000;  // real pages stay under 50
  size_t max_elements = 3'000'000;            // about 500 MB of parsed tree
  std::chrono::milliseconds max_parse_time{15'000};
};

// Thrown by ParseHtml for a page beyond its limits; the message says which, as below.
class HtmlTooComplex : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Why `html` exceeds `limits` ("an element has more than 1000 attributes", "more than 3000000
// elements"), or nullopt. Tags are told as a browser's tokenizer would, roughly: comments,
// declarations, end tags and the contents of <script> and <style> hold no elements.
std::optional<std::string> ExceededHtmlLimit(std::string_view html, const HtmlLimits& limits);

}  // namespace rawi
