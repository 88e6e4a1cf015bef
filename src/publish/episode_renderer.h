// What speaks an article for `publish`: the text stages and the synthesizer behind one small
// interface, made afresh in each worker process (eSpeak NG is process-global), so that the
// publisher can be tested with a fake that writes a short audio file fast.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>

#include "document/document.h"
#include "render/render_job.h"
#include "render/timings.h"

namespace rawi {

class EpisodeRenderer {
 public:
  virtual ~EpisodeRenderer() = default;

  // The Document to speak for the article file `input` (ArticleRenderer::Prepare). Throws a
  // FileError naming `input` when it cannot be read.
  virtual Document Prepare(const std::filesystem::path& input) = 0;

  // Speaks `doc` (from Prepare) into the mono WAV file `wav`; returns where each part lies.
  virtual Timings Render(const Document& doc, const std::filesystem::path& wav) = 0;
};

// Makes the renderer for `config`; called once in each worker process.
using EpisodeRendererFactory =
    std::function<std::unique_ptr<EpisodeRenderer>(const RenderConfig& config)>;

// The real renderer: eSpeak NG through ArticleRenderer.
std::unique_ptr<EpisodeRenderer> MakeEspeakRenderer(const RenderConfig& config);

}  // namespace rawi
