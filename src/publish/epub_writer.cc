#include "publish/epub_writer.h"

#include <cstdlib>
#include <ctime>

#include "publish/zip_writer.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace rawi {

int64_t EpubModifiedTime() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    char* end = nullptr;
    const long long value = std::strtoll(epoch, &end, 10);
    if (*end == '\0' && value >= 0) return value;
  }
  return static_cast<int64_t>(std::time(nullptr));
}

namespace {

// The ebook into `file` (the temporary of `out`), with the MP3 file `mp3` as its audio.
void ZipEpub(const ReadAlong& book, const std::filesystem::path& mp3, AtomicFile& file,
             const std::filesystem::path& out, int64_t modified) {
  ZipWriter zip(file.fd(), out.string(), static_cast<std::time_t>(modified));
  // The OCF rules: mimetype first and stored, so that its bytes sit at a fixed offset.
  zip.AddData("mimetype", "application/epub+zip", ZipMethod::kStore);
  zip.AddData("META-INF/container.xml", EpubContainerXml(), ZipMethod::kDeflate);
  zip.AddData("EPUB/package.opf", EpubPackage(book, modified), ZipMethod::kDeflate);
  zip.AddData(std::string("EPUB/") + kEpubNav, EpubNav(book), ZipMethod::kDeflate);
  zip.AddData(std::string("EPUB/") + kEpubContent, EpubContent(book), ZipMethod::kDeflate);
  zip.AddData(std::string("EPUB/") + kEpubOverlay, EpubOverlay(book), ZipMethod::kDeflate);
  zip.AddData(std::string("EPUB/") + kEpubStyle, EpubStyle(), ZipMethod::kDeflate);
  zip.AddFile(std::string("EPUB/") + kEpubAudio, mp3, ZipMethod::kStore);
  zip.Finish();
  file.Commit();
}

}  // namespace

void WriteEpub(const ReadAlong& book, const std::filesystem::path& pcm,
               const std::filesystem::path& out, const EpubConfig& config) {
  AtomicFile file(out);  // first: an unwritable folder fails before the encoding
  // The MP3, under a hidden name beside the ebook that is never committed: removed on return.
  const AtomicFile mp3(std::filesystem::path(out).concat(".audio.mp3"));
  EncodeEpisodeAudio(pcm, mp3.temp_path(), config.audio, {book.title, book.byline, "", {}});
  ZipEpub(book, mp3.temp_path(), file, out, config.modified);
}

void WriteEpubWithMp3(const ReadAlong& book, const std::filesystem::path& mp3,
                      const std::filesystem::path& out, int64_t modified) {
  AtomicFile file(out);
  ZipEpub(book, mp3, file, out, modified);
}

std::filesystem::path EpubPathFor(const std::filesystem::path& input,
                                  const std::filesystem::path& epub, bool several) {
  if (!several) return epub;
  return epub / (input.stem().string() + ".epub");
}

Timings RenderWithEpub(ArticleRenderer& renderer, const std::filesystem::path& input,
                       const std::filesystem::path& audio,
                       const std::optional<std::filesystem::path>& timings,
                       const std::filesystem::path& epub, const EpubConfig& config,
                       Document* spoken) {
  RefuseToOverwriteInput(input, audio);
  const Document doc = renderer.Prepare(input);
  // The speech for the MP3, beside the ebook under a hidden name that is never committed.
  const AtomicFile wav(std::filesystem::path(epub).concat(".speech.wav"));
  const Timings result = renderer.RenderPrepared(doc, audio, timings, wav.temp_path());
  WriteEpub(MakeReadAlong(doc, result, input), wav.temp_path(), epub, config);
  if (spoken != nullptr) *spoken = doc;
  return result;
}

}  // namespace rawi
