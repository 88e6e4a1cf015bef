#include "publish/episode_audio.h"

#include <ebur128.h>
#include <fcntl.h>
#include <sndfile.h>
#include <soxr.h>
#include <taglib/chapterframe.h>
#include <taglib/fileref.h>
#include <taglib/id3v2framefactory.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>
#include <taglib/tfilestream.h>

#include <cmath>
#include <deque>
#include <memory>

#include "publish/mp3_writer.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace rawi {
namespace {

struct CloseSndfile {
  void operator()(SNDFILE* file) const { sf_close(file); }
};
using SndfilePtr = std::unique_ptr<SNDFILE, CloseSndfile>;

struct FreeEbur128 {
  void operator()(ebur128_state* state) const { ebur128_destroy(&state); }
};
using Ebur128Ptr = std::unique_ptr<ebur128_state, FreeEbur128>;

struct DeleteSoxr {
  void operator()(soxr_t soxr) const { soxr_delete(soxr); }
};
using SoxrPtr = std::unique_ptr<std::remove_pointer_t<soxr_t>, DeleteSoxr>;

constexpr size_t kBlock = 8192;

SndfilePtr OpenForReading(const std::filesystem::path& file, SF_INFO& info) {
  info = SF_INFO{};
  SndfilePtr handle(sf_open(file.c_str(), SFM_READ, &info));
  if (!handle)
    throw FileError(file.string(), std::string("cannot read audio: ") + sf_strerror(nullptr));
  if (info.channels != 1) throw FileError(file.string(), "expected mono audio");
  return handle;
}

Ebur128Ptr NewMeter(int rate, bool true_peak) {
  Ebur128Ptr meter(ebur128_init(1, static_cast<unsigned long>(rate),
                                EBUR128_MODE_I | (true_peak ? EBUR128_MODE_TRUE_PEAK : 0)));
  if (!meter) throw EngineError("libebur128: cannot create a loudness meter");
  ebur128_set_channel(meter.get(), 0, EBUR128_DUAL_MONO);
  return meter;
}

// Keeps every sample within ±ceiling: a look-ahead limiter whose gain drops at once to what
// the loudest sample in the next `lookahead` samples needs, then recovers slowly. The output is
// delayed by `lookahead` samples; Flush() returns the tail.
class Limiter {
 public:
  static constexpr int kLookaheadMs = 5;
  static constexpr float kReleaseSeconds = 0.150f;  // the time constant of the recovery

  Limiter(float ceiling, int rate)
      : ceiling_(ceiling),
        lookahead_(static_cast<size_t>(rate * kLookaheadMs / 1000)),
        release_(1.0f - std::exp(-1.0f / (kReleaseSeconds * static_cast<float>(rate)))) {}

  void Process(const float* in, size_t count, std::vector<float>& out) {
    for (size_t i = 0; i < count; ++i) Push(in[i], out);
  }

  void Flush(std::vector<float>& out) {
    for (size_t i = 0; i < lookahead_; ++i) Push(0.0f, out);
  }

 private:
  void Push(float x, std::vector<float>& out) {
    const float magnitude = std::fabs(x);
    const float need = magnitude > ceiling_ ? ceiling_ / magnitude : 1.0f;
    // Sliding minimum of `need` over the window (monotonic deque of (index, need)).
    while (!minimum_.empty() && minimum_.back().second >= need) minimum_.pop_back();
    minimum_.emplace_back(index_, need);
    while (minimum_.front().first + lookahead_ < index_) minimum_.pop_front();
    const float target = minimum_.front().second;
    gain_ = target < gain_ ? target : gain_ + (std::min(1.0f, target) - gain_) * release_;
    if (gain_ > target) gain_ = target;
    delay_.push_back(x);
    if (delay_.size() > lookahead_) {
      out.push_back(delay_.front() * gain_);
      delay_.pop_front();
    }
    ++index_;
  }

  float ceiling_;
  size_t lookahead_;
  float release_;
  float gain_ = 1.0f;
  size_t index_ = 0;
  std::deque<std::pair<size_t, float>> minimum_;
  std::deque<float> delay_;
};

// TagLib's stream over a duplicate of `fd` (it closes what it is given).
std::unique_ptr<TagLib::FileStream> StreamOf(int fd, const std::filesystem::path& file) {
  const int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (copy < 0) throw FileError(file.string(), "cannot reopen the audio to tag it");
  return std::make_unique<TagLib::FileStream>(copy);
}

// ID3v2 CHAP frames locate chapters by time; this byte offset says "none" (ID3v2 chapter spec).
constexpr unsigned int kNoByteOffset = 0xFFFFFFFF;

void TagMp3(int fd, const std::filesystem::path& file, const EpisodeTags& tags) {
  auto stream = StreamOf(fd, file);
  TagLib::MPEG::File mp3(stream.get(), TagLib::ID3v2::FrameFactory::instance());
  if (!mp3.isValid()) throw FileError(file.string(), "TagLib cannot open the MP3 to tag it");
  TagLib::ID3v2::Tag* id3 = mp3.ID3v2Tag(true);
  id3->setTitle(TagLib::String(tags.title, TagLib::String::UTF8));
  id3->setArtist(TagLib::String(tags.artist, TagLib::String::UTF8));
  id3->setAlbum(TagLib::String(tags.album, TagLib::String::UTF8));
  id3->setGenre("Podcast");
  TagLib::ByteVectorList children;
  for (size_t i = 0; i < tags.chapters.size(); ++i) {
    const Chapter& chapter = tags.chapters[i];
    const TagLib::ByteVector id(("chp" + std::to_string(i)).c_str());
    auto* title = new TagLib::ID3v2::TextIdentificationFrame("TIT2", TagLib::String::UTF16);
    title->setText(TagLib::String(chapter.title, TagLib::String::UTF8));
    TagLib::ID3v2::FrameList embedded;
    embedded.append(title);
    const auto ms = [](double s) { return static_cast<unsigned int>(std::lround(s * 1000)); };
    id3->addFrame(new TagLib::ID3v2::ChapterFrame(id, ms(chapter.start), ms(chapter.end),
                                                  kNoByteOffset, kNoByteOffset, embedded));
    children.append(id);
  }
  if (!tags.chapters.empty()) {
    auto* toc = new TagLib::ID3v2::TableOfContentsFrame("toc", children);
    toc->setIsTopLevel(true);
    toc->setIsOrdered(true);
    id3->addFrame(toc);
  }
  // ID3v2.3 for the widest player support; strip ID3v1 (it cannot hold UTF-8).
  if (!mp3.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v3)) {
    throw FileError(file.string(), "TagLib cannot write the ID3v2 tag");
  }
}

void TagOther(int fd, const std::filesystem::path& file, const EpisodeTags& tags) {
  auto stream = StreamOf(fd, file);
  TagLib::FileRef ref(stream.get());
  if (ref.isNull() || ref.tag() == nullptr) return;  // WAV without tag support: nothing to do
  ref.tag()->setTitle(TagLib::String(tags.title, TagLib::String::UTF8));
  ref.tag()->setArtist(TagLib::String(tags.artist, TagLib::String::UTF8));
  ref.tag()->setAlbum(TagLib::String(tags.album, TagLib::String::UTF8));
  ref.save();
}

// A margin below the true-peak ceiling for inter-sample peaks and the lossy codec's overshoot.
constexpr double kCodecMarginDb = 1.5;
// Resampled blocks have room for up to this many output samples per input sample (16 kHz speech
// to 48 kHz Opus).
constexpr size_t kMaxUpsampling = 3;

double DbToAmplitude(double db) { return std::pow(10.0, db / 20.0); }

SoxrPtr NewResampler(int from_rate, int to_rate) {
  soxr_error_t error = nullptr;
  const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
  const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
  SoxrPtr resampler(soxr_create(from_rate, to_rate, 1, &error, &io, &quality, nullptr));
  if (error != nullptr) throw EngineError(std::string("libsoxr: ") + error);
  return resampler;
}

// One format's encoder writing mono float samples at `rate` into the open file `fd` (whose
// target `out` names it in errors): LAME for MP3, at the quality mp3_writer.h explains, and
// libsndfile for the others.
class EpisodeEncoder {
 public:
  EpisodeEncoder(const EpisodeAudioConfig& config, int rate, int fd,
                 const std::filesystem::path& out)
      : out_(out) {
    if (config.format == AudioFormat::kMp3) {
      mp3_ = std::make_unique<Mp3Writer>(
          fd, out, Mp3Config{.sample_rate = rate, .bitrate_kbps = config.bitrate_kbps});
      return;
    }
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 1;
    info.format = SndfileFormat(config.format);
    // sf_format_check accepts formats libsndfile then cannot write: sf_open's result decides.
    // Written through the descriptor: reopening the temporary file's name could open another.
    sndfile_.reset(sf_open_fd(fd, SFM_WRITE, &info, SF_FALSE));
    if (!sndfile_) {
      throw FileError(out.string(), std::string("cannot write audio: ") + sf_strerror(nullptr));
    }
  }

  // Encodes `samples` and empties it.
  void Write(std::vector<float>& samples) {
    if (samples.empty()) return;
    const auto count = static_cast<sf_count_t>(samples.size());
    if (mp3_) {
      mp3_->Write(samples);
    } else if (sf_write_float(sndfile_.get(), samples.data(), count) != count) {
      throw FileError(out_.string(),
                      std::string("cannot write audio: ") + sf_strerror(sndfile_.get()));
    }
    frames_ += count;
    samples.clear();
  }

  void Finish() {
    if (mp3_) {
      mp3_->Finish();
    } else if (const int status = sf_close(sndfile_.release()); status != 0) {
      throw FileError(out_.string(),
                      std::string("cannot finish audio: ") + sf_error_number(status));
    }
  }

  sf_count_t frames() const { return frames_; }

 private:
  std::filesystem::path out_;
  std::unique_ptr<Mp3Writer> mp3_;
  SndfilePtr sndfile_;
  sf_count_t frames_ = 0;
};

// All of `in`, times `gain`, through `resampler` and `limiter` into `encoder`.
void Resample(SNDFILE* in, float gain, const SoxrPtr& resampler, Limiter& limiter,
              EpisodeEncoder& encoder) {
  std::vector<float> input(kBlock), resampled(kBlock * kMaxUpsampling), limited;
  auto resample = [&](const float* data, size_t count) {
    size_t done = 0;
    soxr_error_t e = soxr_process(resampler.get(), data, count, nullptr, resampled.data(),
                                  resampled.size(), &done);
    if (e != nullptr) throw EngineError(std::string("libsoxr: ") + e);
    limiter.Process(resampled.data(), done, limited);
    encoder.Write(limited);
    return done;
  };
  sf_count_t n;
  while ((n = sf_read_float(in, input.data(), static_cast<sf_count_t>(input.size()))) > 0) {
    for (sf_count_t i = 0; i < n; ++i) input[static_cast<size_t>(i)] *= gain;
    resample(input.data(), static_cast<size_t>(n));
  }
  while (resample(nullptr, 0) > 0) {
  }
  limiter.Flush(limited);
  encoder.Write(limited);
}

}  // namespace

AudioFormat ParseEpisodeFormat(const std::string& name) {
  if (const auto format = FindAudioFormat(name, kEpisodeFormats)) return *format;
  throw UsageError("--format " + name + ": unknown podcast format (use " +
                   AudioFormatNames(kEpisodeFormats) + ")");
}

std::vector<Chapter> SectionChapters(const Timings& timings, const std::string& lede_title) {
  const double rate = timings.sample_rate;
  const double total = static_cast<double>(timings.total_samples) / rate;
  std::vector<Chapter> chapters;
  for (size_t i = 0; i < timings.sections.size(); ++i) {
    const auto& section = timings.sections[i];
    const double start = i == 0 ? 0.0 : static_cast<double>(section.start) / rate;
    const double end = i + 1 < timings.sections.size()
                           ? static_cast<double>(timings.sections[i + 1].start) / rate
                           : total;
    chapters.push_back({section.heading.value_or(lede_title), start, end});
  }
  return chapters;
}

int EpisodeSampleRate(AudioFormat format) {
  constexpr int kOpusRate = 48000;     // the only rate Opus codes at
  constexpr int kPodcastRate = 44100;  // what podcast apps and MP3 players expect
  return format == AudioFormat::kOpus ? kOpusRate : kPodcastRate;
}

Loudness MeasureLoudness(const std::filesystem::path& file) { return MeasureLoudness(file, true); }

Loudness MeasureLoudness(const std::filesystem::path& file, bool true_peak) {
  SF_INFO info;
  SndfilePtr in = OpenForReading(file, info);
  Ebur128Ptr meter = NewMeter(info.samplerate, true_peak);
  std::vector<float> block(kBlock);
  sf_count_t n;
  while ((n = sf_read_float(in.get(), block.data(), static_cast<sf_count_t>(block.size()))) > 0) {
    ebur128_add_frames_float(meter.get(), block.data(), static_cast<size_t>(n));
  }
  Loudness loudness;
  ebur128_loudness_global(meter.get(), &loudness.integrated);
  double peak = 0;
  if (true_peak) ebur128_true_peak(meter.get(), 0, &peak);
  loudness.true_peak = peak > 0 ? 20 * std::log10(peak) : -HUGE_VAL;
  return loudness;
}

EpisodeAudio EncodeEpisodeAudio(const std::filesystem::path& pcm, const std::filesystem::path& out,
                                const EpisodeAudioConfig& config, const EpisodeTags& tags) {
  EpisodeAudio result;
  result.input_loudness = MeasureLoudness(pcm, /*true_peak=*/false).integrated;
  const double gain_db =
      std::isfinite(result.input_loudness) ? config.loudness_lufs - result.input_loudness : 0.0;

  SF_INFO in_info;
  SndfilePtr in = OpenForReading(pcm, in_info);
  result.sample_rate = EpisodeSampleRate(config.format);
  AtomicFile file(out);
  EpisodeEncoder encoder(config, result.sample_rate, file.fd(), out);
  Limiter limiter(static_cast<float>(DbToAmplitude(config.true_peak_dbtp - kCodecMarginDb)),
                  result.sample_rate);
  Resample(in.get(), static_cast<float>(DbToAmplitude(gain_db)),
           NewResampler(in_info.samplerate, result.sample_rate), limiter, encoder);
  encoder.Finish();
  result.duration = static_cast<double>(encoder.frames()) / result.sample_rate;

  if (config.format == AudioFormat::kMp3) {
    TagMp3(file.fd(), out, tags);
  } else {
    TagOther(file.fd(), out, tags);
  }
  file.Commit();
  return result;
}

}  // namespace rawi
