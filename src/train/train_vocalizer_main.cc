// rawi-train-vocalizer: derives the vocalizer's compiled data (word table, context counts,
// character model) from a folder of vocalized corpora. scripts/train-vocalizer runs it.
#include <CLI/CLI.hpp>
#include <iostream>

#include "util/atomic_file.h"
#include "util/error.h"
#include "vocalize/vocalizer_training.h"

int main(int argc, char** argv) {
  rawi::VocalizerTrainingConfig config;
  std::string corpus, output = "voices/ar-vocalizer.bin";
  CLI::App app{"Derive rawi's vocalizer data from vocalized Arabic corpora"};
  app.add_option(
         "CORPUS_DIR", corpus,
         "folder laid out as ../shared/corpora: tashkeela-msa/, fadel-tashkeela/, arramooz/")
      ->required();
  app.add_option("-o,--output", output, "data file to write")->capture_default_str();
  app.add_option("--lines", config.max_lines_per_file, "read at most N lines of each file (0: all)")
      ->capture_default_str();
  app.add_option("--epochs", config.model.epochs, "character model training passes")
      ->capture_default_str();
  app.add_option("--rows-log2", config.model.rows_log2, "log2 of the model's weight rows")
      ->capture_default_str()
      ->check(CLI::Range(10, 24));
  app.add_option("--news-weight", config.news_weight,
                 "weight of a word of news (aljazeera-learning.txt); fadel-tashkeela's is 1")
      ->capture_default_str();
  app.add_option("--msa-weight", config.msa_weight,
                 "weight of a word of the other tashkeela-msa files")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  try {
    config.corpus_dir = corpus;
    const std::string bytes = rawi::BuildVocalizerData(config, &std::cerr);
    rawi::WriteFileAtomically(output, bytes);
    std::cerr << "wrote " << output << " (" << bytes.size() << " bytes)\n";
    return 0;
  } catch (const rawi::Error& e) {
    std::cerr << "rawi-train-vocalizer: " << e.what() << "\n";
    return rawi::ExitCode(e.kind());
  }
}
