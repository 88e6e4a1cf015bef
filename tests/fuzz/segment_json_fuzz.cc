// Fuzzes `rawi segment --json` through the library it runs, with the spoken forms filled too (as
// render prepares an article): TextPipeline::Prepare (read, segment, normalize, vocalize, with
// the project's data) and DocumentToJson. The input is an article file without an extension, so
// its format is told from its content as the CLI would (HTML, else plain text), except that input
// starting with "---" or "#" is read as Markdown.
#include "fuzz_support.h"
#include "render/document_json.h"
#include "render/text_pipeline.h"
#include "util/error.h"

namespace {

rawi::TextConfig Config(std::optional<rawi::InputFormat> format) {
  rawi::TextConfig config;
  config.voices_dir = rawi::fuzz::VoicesDir();
  config.input_format = format;
  return config;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const rawi::TextPipeline by_content(Config(std::nullopt));
  static const rawi::TextPipeline markdown(Config(rawi::InputFormat::kMarkdown));
  static rawi::fuzz::MemFile file;
  const std::string_view bytes = rawi::fuzz::AsText(data, size);
  const bool is_markdown = bytes.starts_with("---") || bytes.starts_with("#");
  try {
    const rawi::Document doc = (is_markdown ? markdown : by_content).Prepare(file.Write(bytes));
    rawi::fuzz::CheckDocument(doc);
    rawi::fuzz::CheckUtf8(rawi::DocumentToJson(doc), "JSON");
  } catch (const rawi::Error&) {
  }
  return 0;
}
