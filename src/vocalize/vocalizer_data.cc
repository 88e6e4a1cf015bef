#include "vocalize/vocalizer_data.h"

#include <stdexcept>

#include "util/error.h"

namespace rawi {

VocalizerData::VocalizerData(const std::filesystem::path& file) : file_(file) {
  try {
    const SectionReader sections(file_.bytes());
    const auto need = [&](VocalizerSection id) {
      const auto bytes = sections.Find(static_cast<uint32_t>(id));
      if (!bytes) throw std::runtime_error("section " + std::to_string(uint32_t(id)) + " missing");
      return *bytes;
    };
    words_ = WordTable(StringTableView(need(VocalizerSection::kWords)),
                       StringTableView(need(VocalizerSection::kAfterWord)),
                       StringTableView(need(VocalizerSection::kBeforeWord)));
    model_ = CharModel(need(VocalizerSection::kCharModel));
    if (auto lemmas = sections.Find(static_cast<uint32_t>(VocalizerSection::kLemmas))) {
      lemmas_ = LemmaTable(StringTableView(*lemmas));
    }
    note_ = sections.Find(static_cast<uint32_t>(VocalizerSection::kNote)).value_or("");
  } catch (const std::runtime_error& e) {
    throw FileError(file.string(), std::string("not a usable vocalizer data file (") + e.what() +
                                       "); rebuild it with scripts/train-vocalizer");
  }
}

}  // namespace rawi
