#include "speak/player.h"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "text/utf8.h"

namespace rawi {
namespace {

// One utterance synthesized at one rate, from `from` code points into its spoken text.
struct SpeechKey {
  size_t utterance = 0;
  int rate = 0;
  size_t from = 0;
  auto operator<=>(const SpeechKey&) const = default;
};

struct Speech {
  std::vector<int16_t> samples;
  std::vector<WordMark> marks;
  std::exception_ptr error;
  bool ready = false;
};

// Owns the synthesizer while a Play runs: synthesizes what the player asks for, urgent requests
// first, and what it will need next in the meantime. eSpeak is some hundred times faster than
// speech, so the next utterance is ready long before the current one has been heard.
class SpeechWorker {
 public:
  SpeechWorker(Synthesizer& synth, const Reading& reading, const VoiceProfile& voice)
      : synth_(synth), reading_(reading), voice_(voice), thread_([this] { Run(); }) {}

  ~SpeechWorker() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

  // The speech for `key`, synthesized first if need be; rethrows the synthesizer's error. Forgets
  // what is no longer near `key`'s utterance, except the utterances in `keep` (where a listener
  // may jump to).
  std::shared_ptr<const Speech> Get(const SpeechKey& key, const std::vector<size_t>& keep) {
    std::unique_lock lock(mutex_);
    std::erase_if(cache_, [&key, &keep](const auto& entry) {
      const size_t u = entry.first.utterance;
      return (u + 1 < key.utterance || u > key.utterance + 1) &&
             std::find(keep.begin(), keep.end(), u) == keep.end();
    });
    std::shared_ptr<Speech> speech = Request(key, /*urgent=*/true);
    done_.wait(lock, [&speech] { return speech->ready; });
    if (speech->error) std::rethrow_exception(speech->error);
    return speech;
  }

  // Starts on `key` once nothing more urgent waits.
  void Prefetch(const SpeechKey& key) {
    std::lock_guard lock(mutex_);
    Request(key, /*urgent=*/false);
  }

 private:
  std::shared_ptr<Speech> Request(const SpeechKey& key, bool urgent) {
    auto [entry, added] = cache_.try_emplace(key);
    if (added) entry->second = std::make_shared<Speech>();
    if (!entry->second->ready) {
      const auto queued = std::find(queue_.begin(), queue_.end(), key);
      if (added || (urgent && queued != queue_.end())) {
        if (queued != queue_.end()) queue_.erase(queued);
        urgent ? queue_.push_front(key) : queue_.push_back(key);
        wake_.notify_all();
      }
    }
    return entry->second;
  }

  void Run() {
    std::unique_lock lock(mutex_);
    int voice_rate = voice_.rate_wpm;
    while (true) {
      wake_.wait(lock, [this] { return stop_ || !queue_.empty(); });
      if (stop_) return;
      const SpeechKey key = queue_.front();
      queue_.pop_front();
      const auto entry = cache_.find(key);
      if (entry == cache_.end()) continue;  // forgotten while it waited
      const std::shared_ptr<Speech> speech = entry->second;
      lock.unlock();
      try {
        if (key.rate != voice_rate) {
          VoiceProfile voice = voice_;
          voice.rate_wpm = key.rate;
          synth_.SetVoice(voice);
          voice_rate = key.rate;
        }
        const std::string_view text =
            DropCodePoints(reading_.utterances[key.utterance].spoken, key.from);
        synth_.Speak(
            text,
            [&speech](std::span<const int16_t> samples) {
              speech->samples.insert(speech->samples.end(), samples.begin(), samples.end());
            },
            &speech->marks);
      } catch (...) {
        speech->error = std::current_exception();
      }
      lock.lock();
      speech->ready = true;
      done_.notify_all();
    }
  }

  Synthesizer& synth_;
  const Reading& reading_;
  const VoiceProfile voice_;
  std::mutex mutex_;
  std::condition_variable wake_;  // work queued, or stop
  std::condition_variable done_;  // a speech is ready
  std::map<SpeechKey, std::shared_ptr<Speech>> cache_;
  std::deque<SpeechKey> queue_;
  bool stop_ = false;
  std::thread thread_;  // last: starts once the members above exist
};

// Where the player is: a sample of an utterance's speech (synthesized from `from` code points
// into its text) or of the pause after it. `skip_lead`: start at the speech's first sound rather
// than its first sample, because the listener asked for it (a jump or a rate change), and the
// silence eSpeak begins an utterance with (some 70 ms) would only delay the answer.
struct Position {
  size_t utterance = 0;
  size_t from = 0;
  uint64_t sample = 0;
  bool skip_lead = false;
};

// Where the sound of `samples` starts, less kLeadKeptMs so that its onset is not clipped; 0 when
// it starts at once (or never).
uint64_t SoundStart(const std::vector<int16_t>& samples, int sample_rate) {
  constexpr int kLeadKeptMs = 5;
  const auto first = std::find_if(samples.begin(), samples.end(), [](int16_t v) { return v != 0; });
  if (first == samples.end()) return 0;
  const auto lead = static_cast<uint64_t>(first - samples.begin());
  const auto kept = static_cast<uint64_t>(kLeadKeptMs) * static_cast<uint64_t>(sample_rate) / 1000;
  return lead > kept ? lead - kept : 0;
}

// What a command did to the reading.
enum class Step { kStay, kMoved, kEnd, kQuit };

}  // namespace

Player::Player(Synthesizer& synth, const Reading& reading, AudioOutput& output, PlayerConfig config)
    : synth_(synth), reading_(reading), output_(output), config_(std::move(config)) {}

int Player::RateAt(int steps) const {
  const double rate = config_.voice.rate_wpm * (1.0 + 0.1 * steps);
  return std::clamp(static_cast<int>(std::lround(rate)), kMinRateWpm, kMaxRateWpm);
}

void Player::Report(size_t utterance, bool paused) const {
  if (config_.on_status) config_.on_status({utterance, paused, RateAt(rate_steps_)});
}

// One run of Play: where it is, whether paused, the speech being heard and the worker making it.
struct Player::Session {
  Session(Player& player, size_t start, CommandSource* commands)
      : player(player),
        commands(commands),
        order(player.reading_.utterances),
        sample_rate(player.synth_.sample_rate()),
        chunk(std::max<uint64_t>(
            1, static_cast<uint64_t>(std::clamp(player.config_.chunk_ms, 1, 50)) * sample_rate /
                   1000)),
        silence(chunk, 0),
        worker(player.synth_, player.reading_, player.config_.voice),
        at{start, 0, 0} {}

  // Plays to the end (true) or until a quit (false).
  bool Run() {
    while (at.utterance < order.size()) {
      Load();
      const Step step = PlayOut();
      if (step == Step::kQuit) return false;
      if (step == Step::kEnd) break;
      if (step == Step::kStay) at = {at.utterance + 1, 0, 0};
    }
    player.output_.Drain();
    return true;
  }

  // Where the section keys lead from here: synthesized after the next utterance, so that a jump
  // sounds as soon as the output is flushed. Not without commands: eSpeak's output depends a
  // little on what it spoke before, and read straight through the audio must be render's, in
  // render's order.
  std::vector<size_t> Jumps() const {
    std::vector<size_t> jumps;
    if (commands != nullptr) {
      if (const auto next = NextSection(player.reading_, at.utterance)) jumps.push_back(*next);
      if (const auto back = PreviousSection(player.reading_, at.utterance)) jumps.push_back(*back);
    }
    return jumps;
  }

  // The speech of the utterance at `at`, with what may come next asked for ahead.
  void Load() {
    const int rate = player.RateAt(player.rate_steps_);
    const std::vector<size_t> jumps = Jumps();
    speech = worker.Get({at.utterance, rate, at.from}, jumps);
    if (at.skip_lead) at.sample = SoundStart(speech->samples, sample_rate);
    at.skip_lead = false;
    if (at.utterance + 1 < order.size()) worker.Prefetch({at.utterance + 1, rate, 0});
    for (const size_t jump : jumps) worker.Prefetch({jump, rate, 0});
    player.Report(at.utterance, paused);
  }

  // Plays the utterance and the pause after it chunk by chunk, acting on commands in between.
  Step PlayOut() {
    const uint64_t spoken = speech->samples.size();
    const uint64_t total =
        spoken + static_cast<uint64_t>(order[at.utterance].pause_after_ms) * sample_rate / 1000;
    Step step = Step::kStay;
    while (step == Step::kStay && at.sample < total) {
      // One chunk, never across the end of the speech, so that a rate change can tell whether
      // it came during the speech or the pause.
      const bool speaking = at.sample < spoken;
      const uint64_t end = std::min(at.sample + chunk, speaking ? spoken : total);
      player.output_.Write(speaking ? std::span<const int16_t>(speech->samples.data() + at.sample,
                                                               speech->samples.data() + end)
                                    : std::span<const int16_t>(silence.data(), end - at.sample));
      at.sample = end;
      if (commands != nullptr) step = Listen();
    }
    return step;
  }

  // Every command given meanwhile; while paused, waits for the one that plays on. kQuit when
  // paused and no command can come any more.
  Step Listen() {
    Step step = Step::kStay;
    while (step == Step::kStay) {
      const std::optional<Command> command = commands->Next(paused ? -1 : 0);
      if (!command) return paused ? Step::kQuit : Step::kStay;
      step = Act(*command);
    }
    return step;
  }

  // Silences the output and steps back over what it dropped unheard, to play it again later.
  void Rewind() {
    const uint64_t dropped = player.output_.Flush();
    at.sample -= std::min(dropped, at.sample);
  }

  Step MoveTo(size_t utterance) {
    if (!paused) player.output_.Flush();
    paused = false;
    at = {utterance, 0, 0, /*skip_lead=*/true};
    return Step::kMoved;
  }

  Step Act(Command command) {
    switch (command) {
      case Command::kPlayPause:
        if (!paused) Rewind();
        paused = !paused;
        player.Report(at.utterance, paused);
        return Step::kStay;
      case Command::kNextSentence:
        if (at.utterance + 1 >= order.size()) {
          if (!paused) player.output_.Flush();
          return Step::kEnd;
        }
        return MoveTo(at.utterance + 1);
      case Command::kPreviousSentence:
        return MoveTo(at.utterance > 0 ? at.utterance - 1 : 0);
      case Command::kNextSection: {
        const auto next = NextSection(player.reading_, at.utterance);
        return next ? MoveTo(*next) : Step::kStay;
      }
      case Command::kPreviousSection:
        return MoveTo(PreviousSection(player.reading_, at.utterance).value_or(at.utterance));
      case Command::kFaster:
      case Command::kSlower:
        return ChangeRate(command == Command::kFaster ? 1 : -1);
      case Command::kQuit:
        if (!paused) player.output_.Flush();
        return Step::kQuit;
    }
    return Step::kStay;
  }

  Step ChangeRate(int delta) {
    const int steps = player.rate_steps_ + delta;
    if (player.RateAt(steps) == player.RateAt(player.rate_steps_)) {
      return Step::kStay;  // at eSpeak's limit
    }
    if (!paused) Rewind();
    paused = false;
    player.rate_steps_ = steps;
    if (at.sample < speech->samples.size()) {
      // Again from the word being spoken, at the new rate.
      size_t offset = 0;
      for (const WordMark& mark : speech->marks) {
        if (mark.sample > at.sample) break;
        offset = mark.text_offset;
      }
      at.from += offset;
      at.sample = 0;
      at.skip_lead = true;
      return Step::kMoved;
    }
    // In the pause after it: the rest of the pause, then the next at the new rate.
    if (at.utterance + 1 < order.size()) {
      worker.Prefetch({at.utterance + 1, player.RateAt(player.rate_steps_), 0});
    }
    player.Report(at.utterance, paused);
    return Step::kStay;
  }

  Player& player;
  CommandSource* const commands;
  const std::vector<Utterance>& order;
  const int sample_rate;
  const uint64_t chunk;
  const std::vector<int16_t> silence;
  SpeechWorker worker;
  Position at;
  bool paused = false;
  std::shared_ptr<const Speech> speech;
};

bool Player::Play(size_t start, CommandSource* commands) {
  synth_.SetVoice(config_.voice);  // before the worker owns the synthesizer
  rate_steps_ = 0;
  return Session(*this, start, commands).Run();
}

}  // namespace rawi
