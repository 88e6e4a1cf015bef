#include "publish/episode_renderer.h"

#include <optional>

#include "synth/espeak_synthesizer.h"

namespace rawi {
namespace {

class EspeakEpisodeRenderer : public EpisodeRenderer {
 public:
  explicit EspeakEpisodeRenderer(const RenderConfig& config) : renderer_(synth_, config) {}

  Document Prepare(const std::filesystem::path& input) override { return renderer_.Prepare(input); }

  Timings Render(const Document& doc, const std::filesystem::path& wav) override {
    return renderer_.RenderPrepared(doc, wav, std::nullopt);
  }

 private:
  EspeakSynthesizer synth_;  // before renderer_, which keeps a reference to it
  ArticleRenderer renderer_;
};

}  // namespace

std::unique_ptr<EpisodeRenderer> MakeEspeakRenderer(const RenderConfig& config) {
  return std::make_unique<EspeakEpisodeRenderer>(config);
}

}  // namespace rawi
