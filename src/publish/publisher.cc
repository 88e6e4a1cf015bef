#include "publish/publisher.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "publish/captions.h"
#include "publish/episode.h"
#include "publish/episode_audio.h"
#include "publish/epub_writer.h"
#include "publish/excerpt.h"
#include "publish/feed_writer.h"
#include "publish/identifiers.h"
#include "publish/readalong_page.h"
#include "publish/settings_fingerprint.h"
#include "publish/site_lock.h"
#include "util/atomic_file.h"
#include "util/duration.h"
#include "util/error.h"

namespace rawi {
namespace {

// A file name without ASCII letters or digits slugs to "article": these many hex digits of its
// path's hash tell such articles apart.
constexpr size_t kPathHashDigits = 8;

struct Job {
  std::filesystem::path input;
  std::string slug;
  std::string guid_name;
  std::string hash;
};

std::string ReadBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The read-along outputs of [accessibility] beside the episode `e` (whose audio is encoded), named
// in `e`. The ebook holds the episode's own MP3 when it is one, else an MP3 encoded from
// `rendered`, the speech before encoding; the page plays the episode's audio file.
void WriteReadAlongOutputs(const Document& doc, const Timings& timings, const Job& job,
                           const std::filesystem::path& rendered, const PublishConfig& config,
                           Episode& e) {
  if (config.podcast.accessibility.epub) {
    e.epub = job.slug + ".epub";
    const ReadAlong book = MakeReadAlong(doc, timings, job.input);
    if (config.format == AudioFormat::kMp3) {
      WriteEpubWithMp3(book, config.site / e.audio, config.site / e.epub, EpubModifiedTime());
    } else {
      const EpisodeAudioConfig mp3{AudioFormat::kMp3, config.podcast.bitrate_kbps,
                                   config.podcast.loudness_lufs, config.podcast.true_peak_dbtp};
      WriteEpub(book, rendered, config.site / e.epub, {EpubModifiedTime(), mp3});
    }
  }
  if (config.podcast.accessibility.page) {
    e.page = job.slug + ".html";
    WriteFileAtomically(config.site / e.page,
                        ReadalongHtml(doc, timings, PercentEncodeSegment(e.audio), e.title));
  }
}

// The manifest's fields that come from the article itself.
Episode EpisodeOf(const Document& doc, const Job& job, const PodcastConfig& podcast) {
  Episode e;
  e.source = job.input.filename().string();
  e.slug = job.slug;
  e.guid = UuidV5(PodcastGuid(FeedUrl(podcast)), job.guid_name);
  e.content_hash = job.hash;
  e.title = ArticleTitle(doc, job.input);
  e.language = doc.language.empty() ? podcast.language : doc.language;
  e.description = Description(doc);
  e.author = doc.byline.empty() ? podcast.author : doc.byline;
  if (auto date = ParseIsoDate(doc.date)) {
    e.published = *date;
  } else {
    const auto mtime = std::filesystem::last_write_time(job.input);
    e.published = std::chrono::duration_cast<std::chrono::seconds>(
                      std::chrono::file_clock::to_sys(mtime).time_since_epoch())
                      .count();
  }
  return e;
}

// Renders and encodes one article; runs in a worker process.
void PublishOne(const Job& job, const PublishConfig& config, EpisodeRenderer& renderer) {
  const Document doc = renderer.Prepare(job.input);
  // The speech, before encoding, under a temporary name of its own that is never committed: gone
  // when the worker ends (or, after a SIGKILL, at the next run's RemoveStaleTemps).
  const AtomicFile work_file(ManifestDir(config.site) / (job.slug + ".render.wav"));
  const std::filesystem::path& work = work_file.temp_path();
  const Timings timings = renderer.Render(doc, work);

  Episode e = EpisodeOf(doc, job, config.podcast);
  EpisodeTags tags{e.title, e.author, config.podcast.title, SectionChapters(timings, e.title)};
  EpisodeAudioConfig audio{config.format, config.podcast.bitrate_kbps, config.podcast.loudness_lufs,
                           config.podcast.true_peak_dbtp};
  e.audio = job.slug + Extension(config.format);
  const EpisodeAudio encoded = EncodeEpisodeAudio(work, config.site / e.audio, audio, tags);
  e.duration = encoded.duration;
  e.audio_length = std::filesystem::file_size(config.site / e.audio);
  e.audio_type = MimeType(config.format);

  const std::vector<Cue> cues = CuesFromTimings(timings);
  e.vtt = job.slug + ".vtt";
  e.srt = job.slug + ".srt";
  e.chapters = job.slug + ".chapters.json";
  WriteFileAtomically(config.site / e.vtt, ToWebVtt(cues));
  WriteFileAtomically(config.site / e.srt, ToSrt(cues));
  WriteFileAtomically(config.site / e.chapters, ChaptersJson(tags.chapters));
  WriteReadAlongOutputs(doc, timings, job, work, config, e);
  WriteEpisode(config.site, e);  // last: its presence means the episode is complete
}

class Progress {
 public:
  Progress(size_t total, bool bar, bool quiet) : total_(total), bar_(bar), quiet_(quiet) {}

  void Done(const Job& job, bool ok) {
    ++done_;
    if (quiet_) return;
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double eta =
        done_ == 0 ? 0 : elapsed / static_cast<double>(done_) * static_cast<double>(total_ - done_);
    if (bar_) {
      constexpr size_t kWidth = 30;
      const size_t filled = total_ == 0 ? kWidth : kWidth * done_ / total_;
      std::cerr << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, '.') << "] "
                << done_ << "/" << total_ << "  ETA " << MinutesSeconds(eta) << "  " << std::flush;
      if (done_ == total_) std::cerr << "\n";
    } else {
      std::cerr << "rawi: [" << done_ << "/" << total_ << "] " << job.input.string() << " -> "
                << (ok ? job.slug : "failed") << "\n";
    }
  }

 private:
  size_t total_;
  bool bar_;
  bool quiet_;
  size_t done_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

void RemoveStaleTempsOf(const std::filesystem::path& site, bool quiet) {
  const size_t removed = RemoveStaleTemps(site);
  if (removed > 0 && !quiet) {
    std::cerr << "rawi: " << site.string() << ": removed " << removed
              << " temporary files an interrupted run left\n";
  }
}

// The articles of this run (its shard's share) with their keys and content hashes. The keys are
// made over all the articles first, so that every shard agrees with one run.
std::vector<Job> JobsFor(const std::vector<std::filesystem::path>& articles,
                         const PublishConfig& config) {
  const std::string settings = SettingsFingerprint(config);
  const std::vector<ArticleKey> keys = ArticleKeys(articles);
  std::vector<Job> jobs;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (config.shard &&
        static_cast<int>(i % static_cast<size_t>(config.shard->count)) != config.shard->index - 1) {
      continue;
    }
    jobs.push_back({articles[i], keys[i].slug, keys[i].guid_name,
                    Sha256Hex(ReadBytes(articles[i]) + '\0' + settings)});
  }
  return jobs;
}

// Whether the site already has `job`'s episode as this run would make it: a manifest with the
// same content hash, and its audio (and ebook, page when asked for) still there.
bool UpToDate(const Job& job, const PublishConfig& config) {
  const auto previous = ReadEpisode(ManifestPath(config.site, job.slug));
  const auto there = [&](const std::string& file) {
    std::error_code ec;
    return !file.empty() && std::filesystem::is_regular_file(config.site / file, ec);
  };
  return previous && previous->content_hash == job.hash && there(previous->audio) &&
         (!config.podcast.accessibility.epub || there(previous->epub)) &&
         (!config.podcast.accessibility.page || there(previous->page));
}

// Forks a worker that publishes `job` with a renderer of its own; returns its pid. The worker
// reports its error on stderr and exits with its code.
pid_t StartWorker(const Job& job, const PublishConfig& config,
                  const EpisodeRendererFactory& renderer) {
  std::cout.flush();
  std::cerr.flush();
  const pid_t pid = fork();
  if (pid < 0) throw EngineError("cannot start a worker process");
  if (pid > 0) return pid;
  int code = 0;
  try {
    PublishOne(job, config, *renderer(config.render));
  } catch (const Error& e) {
    std::cerr << (config.progress_bar ? "\n" : "") << "rawi: " << e.what() << "\n";
    code = ExitCode(e.kind());
  } catch (const std::exception& e) {
    std::cerr << "rawi: " << job.input.string() << ": " << e.what() << "\n";
    code = ExitCode(ErrorKind::kEngine);
  }
  std::cerr.flush();
  _exit(code);
}

// Publishes `todo` in worker processes, at most config.jobs at a time, counting each into
// `summary` as rendered or failed.
void RenderInWorkers(const std::vector<Job>& todo, const PublishConfig& config,
                     const EpisodeRendererFactory& renderer, PublishSummary& summary) {
  // Inherited SIG_IGN would have the kernel reap the workers unasked, and their results be lost.
  signal(SIGCHLD, SIG_DFL);
  Progress progress(todo.size(), config.progress_bar, config.quiet);
  std::map<pid_t, const Job*> running;
  size_t next = 0;
  const size_t width = static_cast<size_t>(std::max(1, config.jobs));
  while (next < todo.size() || !running.empty()) {
    while (next < todo.size() && running.size() < width) {
      running[StartWorker(todo[next], config, renderer)] = &todo[next];
      ++next;
    }
    int status = 0;
    const pid_t pid = waitpid(-1, &status, 0);
    if (pid < 0 && errno == EINTR) continue;
    if (pid < 0) {
      // Their results cannot be known: each is reported and counted as failed, never dropped.
      const std::string why = std::strerror(errno);
      for (const auto& [lost, job] : running) {
        std::cerr << "rawi: " << job->input.string() << ": worker " << lost
                  << " lost (waitpid: " << why << ")\n";
        ++summary.failed;
        progress.Done(*job, false);
      }
      running.clear();
      continue;
    }
    auto it = running.find(pid);
    if (it == running.end()) continue;
    const bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (WIFSIGNALED(status)) {
      std::cerr << "rawi: " << it->second->input.string() << ": worker stopped by signal "
                << WTERMSIG(status) << "\n";
    }
    ok ? ++summary.rendered : ++summary.failed;
    progress.Done(*it->second, ok);
    running.erase(it);
  }
}

}  // namespace

Shard ParseShard(const std::string& text) {
  Shard shard;
  char slash = 0;
  std::istringstream in(text);
  if (!(in >> shard.index >> slash >> shard.count) || slash != '/' || !in.eof() ||
      shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
    throw UsageError("--shard " + text + ": expected I/N with 1 <= I <= N, e.g. 2/4");
  }
  return shard;
}

std::vector<std::filesystem::path> CollectArticles(
    const std::vector<std::filesystem::path>& inputs) {
  static const std::set<std::string> kExtensions = {".txt", ".md", ".markdown", ".html", ".htm"};
  std::set<std::filesystem::path> articles;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (std::filesystem::is_directory(input, ec)) {
      for (const auto& entry : std::filesystem::directory_iterator(input, ec)) {
        if (entry.is_regular_file() && kExtensions.count(entry.path().extension().string())) {
          articles.insert(entry.path());
        }
      }
    } else {
      articles.insert(input);  // a missing file is reported when it is rendered
    }
  }
  return {articles.begin(), articles.end()};
}

std::vector<ArticleKey> ArticleKeys(const std::vector<std::filesystem::path>& articles) {
  std::vector<ArticleKey> keys;
  std::set<std::string> own_slugs;
  for (const auto& article : articles) {
    std::string slug = Slug(article.stem().string());
    if (slug == "article") slug += "-" + Sha256Hex(article.string()).substr(0, kPathHashDigits);
    keys.push_back({slug, article.filename().string()});
    own_slugs.insert(slug);
  }
  std::set<std::string> slugs;
  std::map<std::string, int> file_names;
  for (ArticleKey& key : keys) {
    if (slugs.count(key.slug)) {
      std::string numbered;
      for (int n = 2; numbered.empty() || slugs.count(numbered) || own_slugs.count(numbered); ++n) {
        numbered = key.slug + "-" + std::to_string(n);
      }
      key.slug = numbered;
    }
    slugs.insert(key.slug);
    if (const int seen = file_names[key.guid_name]++; seen > 0) {
      key.guid_name += "/" + std::to_string(seen + 1);
    }
  }
  return keys;
}

PublishSummary Publish(const std::vector<std::filesystem::path>& articles,
                       const PublishConfig& config, const EpisodeRendererFactory& renderer) {
  std::error_code ec;
  std::filesystem::create_directories(ManifestDir(config.site), ec);
  if (ec) throw FileError(config.site.string(), "cannot create the site folder: " + ec.message());
  // Shards share the site with each other (their slugs differ), but not with a whole run, which
  // alone may clear what a killed run left.
  const SiteLock lock(config.site, config.shard ? SiteLockMode::kShared : SiteLockMode::kExclusive);
  if (!config.shard) RemoveStaleTempsOf(config.site, config.quiet);

  PublishSummary summary;
  std::vector<Job> todo;
  for (Job& job : JobsFor(articles, config)) {
    if (UpToDate(job, config)) {
      ++summary.unchanged;
    } else {
      todo.push_back(std::move(job));
    }
  }
  RenderInWorkers(todo, config, renderer, summary);

  if (!config.shard) {
    const FeedSummary feed = WriteFeed(config.site, config.podcast);
    for (const std::string& warning : feed.warnings) std::cerr << "rawi: " << warning << "\n";
    summary.feed_items = feed.items;
  }
  return summary;
}

size_t PublishFeed(const std::filesystem::path& site, const PodcastConfig& podcast) {
  std::error_code ec;
  if (!std::filesystem::is_directory(site, ec))
    throw FileError(site.string(), "no such site folder");
  const SiteLock lock(site, SiteLockMode::kExclusive);
  RemoveStaleTempsOf(site, /*quiet=*/false);
  const FeedSummary feed = WriteFeed(site, podcast);
  for (const std::string& warning : feed.warnings) std::cerr << "rawi: " << warning << "\n";
  return feed.items;
}

}  // namespace rawi
