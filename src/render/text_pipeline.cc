#include "render/text_pipeline.h"

#include "segment/sentence_splitter.h"
#include "text/language.h"
#include "util/error.h"
#include "vocalize/vocalizer.h"

namespace rawi {
namespace {

BoilerplateFilter LoadBoilerplate(const TextConfig& config) {
  BoilerplateFilter filter = BoilerplateFilter::FromFile(config.voices_dir / "boilerplate.txt");
  if (config.extra_boilerplate)
    filter.Merge(BoilerplateFilter::FromFile(*config.extra_boilerplate));
  return filter;
}

}  // namespace

TextPipeline::TextPipeline(TextConfig config, TextForms forms, Phonemizer phonemizer)
    : config_(std::move(config)),
      boilerplate_(LoadBoilerplate(config_)),
      abbreviations_(Abbreviations::FromFile(config_.voices_dir / "abbreviations.tsv")) {
  if (config_.normalizer.voices_dir.empty()) config_.normalizer.voices_dir = config_.voices_dir;
  if (config_.vocalizer.voices_dir.empty()) config_.vocalizer.voices_dir = config_.voices_dir;
  if (forms == TextForms::kWritten) return;
  normalizer_ = std::make_unique<Normalizer>(config_.normalizer);
  if (config_.vocalize) {
    vocalizer_ = std::make_unique<Vocalizer>(config_.vocalizer, std::move(phonemizer));
  }
}

TextPipeline::~TextPipeline() = default;
TextPipeline::TextPipeline(TextPipeline&&) noexcept = default;

Document TextPipeline::Prepare(const std::filesystem::path& input) const {
  Document doc = ReadArticle(
      input.string(), boilerplate_,
      {config_.input_format, config_.language, config_.reader, config_.fetch, HtmlLimits{}});
  return PrepareRead(std::move(doc));
}

Document TextPipeline::PrepareRead(Document doc) const {
  SegmentDocument(doc, abbreviations_);
  if (normalizer_) Speak(doc);
  return doc;
}

void TextPipeline::Speak(Document& doc) const {
  if (!normalizer_) throw UsageError("this text pipeline reads written text only");
  normalizer_->Apply(doc);
  if (vocalizer_) vocalizer_->Apply(doc);
}

std::string TextPipeline::NormalizedLine(std::string_view text, const std::string& language) const {
  if (!normalizer_) throw UsageError("this text pipeline reads written text only");
  return normalizer_->Normalize(text, language);
}

std::string TextPipeline::SpokenLine(std::string_view text, const std::string& language) const {
  std::string spoken = NormalizedLine(text, language);
  if (vocalizer_ && Language(language).IsArabic()) spoken = vocalizer_->Speakable(spoken);
  return spoken;
}

}  // namespace rawi
