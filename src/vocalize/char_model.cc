#include "vocalize/char_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

#include "text/utf8.h"
#include "vocalize/binary_io.h"
#include "vocalize/char_features.h"
#include "vocalize/marked_word.h"

namespace rawi {
namespace {

struct Hypothesis {
  std::vector<uint32_t> labels;
  int64_t score = 0;    // sum of the chosen labels' scores (weight units)
  double log_prob = 0;  // sum of the chosen labels' log softmax probabilities
};

// A hypothesis (index `from`) extended by one label.
struct Candidate {
  int64_t score;
  double log_prob;
  size_t from;
  uint32_t label;
};

// Appends to `candidates` hypothesis `h` (index `from`) extended by every label allowed at this
// letter (`last`: pausal, no vowel on the last letter, at most a shadda), given the labels'
// `scores` there and the scale that makes them log probabilities.
void AddCandidates(const Hypothesis& h, size_t from, const std::vector<int32_t>& scores,
                   float scale, bool last, const std::vector<std::u32string>& labels,
                   std::vector<Candidate>& candidates) {
  const int32_t top = *std::max_element(scores.begin(), scores.end());
  std::vector<double> probs(scores.size());
  double total = 0;
  for (size_t k = 0; k < scores.size(); ++k)
    total += probs[k] = std::exp((scores[k] - top) * scale);
  for (uint32_t k = 0; k < scores.size(); ++k) {
    if (last && !labels[k].empty() && labels[k] != std::u32string(1, U'\u0651')) continue;
    candidates.push_back({h.score + scores[k], h.log_prob + std::log(probs[k] / total), from, k});
  }
}

// The `width` likeliest candidates as hypotheses. By probability: raw scores of different
// histories are not on one scale.
std::vector<Hypothesis> KeepLikeliest(std::vector<Candidate>& candidates,
                                      const std::vector<Hypothesis>& hypotheses, size_t width) {
  const size_t keep = std::min(width, candidates.size());
  std::partial_sort(candidates.begin(), candidates.begin() + keep, candidates.end(),
                    [](const Candidate& a, const Candidate& b) {
                      if (a.log_prob != b.log_prob) return a.log_prob > b.log_prob;
                      if (a.from != b.from) return a.from < b.from;
                      return a.label < b.label;
                    });
  std::vector<Hypothesis> next;
  for (size_t c = 0; c < keep; ++c) {
    Hypothesis h = hypotheses[candidates[c].from];
    h.labels.push_back(candidates[c].label);
    h.score = candidates[c].score;
    h.log_prob = candidates[c].log_prob;
    next.push_back(std::move(h));
  }
  return next;
}

}  // namespace

CharModel::CharModel(std::string_view section) {
  if (section.size() < 20) throw std::runtime_error("model truncated");
  rows_log2_ = GetValue<uint32_t>(section, 0);
  const auto count = GetValue<uint32_t>(section, 4);
  scale_ = GetValue<float>(section, 8);
  const auto temperature = GetValue<float>(section, 12);
  const auto blob_size = GetValue<uint32_t>(section, 16);
  if (rows_log2_ > 28 || count == 0 || count > 256) throw std::runtime_error("model malformed");
  if (!(temperature > 0)) throw std::runtime_error("model malformed");
  probability_scale_ = scale_ / temperature;
  const size_t offsets_at = 20;
  const size_t blob_at = offsets_at + (size_t{count} + 1) * 4;
  const std::string_view blob = section.substr(std::min(blob_at, section.size()));
  if (blob.size() < blob_size) throw std::runtime_error("model truncated");
  for (uint32_t k = 0; k < count; ++k) {
    const auto from = GetValue<uint32_t>(section, offsets_at + k * 4);
    const auto to = GetValue<uint32_t>(section, offsets_at + (k + 1) * 4);
    if (from > to || to > blob_size) throw std::runtime_error("model labels malformed");
    labels_.push_back(ToUtf32(blob.substr(from, to - from)));
  }
  const size_t weights_at = (blob_at + blob_size + 7) / 8 * 8;
  const size_t weight_count = (size_t{1} << rows_log2_) * count;
  if (weights_at + weight_count * sizeof(int16_t) > section.size()) {
    throw std::runtime_error("model weights truncated");
  }
  weights_ = reinterpret_cast<const int16_t*>(section.data() + weights_at);
}

std::string CharModel::Serialize(uint32_t rows_log2, const std::vector<std::u32string>& labels,
                                 const std::vector<float>& weights, float temperature) {
  float largest = 0;
  for (float w : weights) largest = std::max(largest, std::fabs(w));
  const float scale = largest > 0 ? largest / 32767.0f : 1.0f;
  std::string blob;
  std::vector<uint32_t> offsets;
  for (const std::u32string& label : labels) {
    offsets.push_back(static_cast<uint32_t>(blob.size()));
    blob += ToUtf8(label);
  }
  offsets.push_back(static_cast<uint32_t>(blob.size()));
  std::string out;
  PutValue<uint32_t>(out, rows_log2);
  PutValue<uint32_t>(out, static_cast<uint32_t>(labels.size()));
  PutValue<float>(out, scale);
  PutValue<float>(out, temperature);
  PutValue<uint32_t>(out, static_cast<uint32_t>(blob.size()));
  for (uint32_t o : offsets) PutValue(out, o);
  out += blob;
  out.resize((out.size() + 7) / 8 * 8, '\0');
  for (float w : weights) PutValue<int16_t>(out, static_cast<int16_t>(std::lround(w / scale)));
  return out;
}

void CharModel::Score(const std::vector<uint64_t>& features, std::vector<int32_t>& scores) const {
  const size_t count = labels_.size();
  const uint64_t mask = (uint64_t{1} << rows_log2_) - 1;
  for (uint64_t f : features) {
    const int16_t* row = weights_ + (f & mask) * count;
    for (size_t k = 0; k < count; ++k) scores[k] += row[k];
  }
}

std::optional<double> CharModel::LogProb(std::u32string_view bare,
                                         std::u32string_view vocalized) const {
  if (empty() || bare.size() > kMaxLetters) return std::nullopt;
  const MarkedWord word = SplitMarks(vocalized);
  if (word.letters != bare) return std::nullopt;
  std::vector<uint32_t> labels;
  for (const std::u32string& marks : word.marks) {
    const auto it = std::find(labels_.begin(), labels_.end(), marks);
    if (it == labels_.end()) return std::nullopt;
    labels.push_back(static_cast<uint32_t>(it - labels_.begin()));
  }
  const size_t count = labels_.size();
  std::vector<uint64_t> features;
  std::vector<int32_t> scores(count);
  double log_prob = 0;
  for (size_t i = 0; i < bare.size(); ++i) {
    features.clear();
    LetterFeatures(bare, i, features);
    HistoryFeatures(bare, i, i >= 2 ? labels[i - 2] : kStartLabel,
                    i >= 1 ? labels[i - 1] : kStartLabel, features);
    std::fill(scores.begin(), scores.end(), 0);
    Score(features, scores);
    const int32_t top = *std::max_element(scores.begin(), scores.end());
    double total = 0;
    for (size_t k = 0; k < count; ++k) total += std::exp((scores[k] - top) * probability_scale_);
    log_prob += (scores[labels[i]] - top) * probability_scale_ - std::log(total);
  }
  return log_prob;
}

CharModel::Result CharModel::Vocalize(std::u32string_view bare, int beam) const {
  Result result;
  if (empty() || bare.empty() || bare.size() > kMaxLetters) {
    result.vocalized = bare;
    return result;
  }
  const size_t width = static_cast<size_t>(std::max(beam, 1));
  std::vector<Hypothesis> hypotheses(1);
  std::vector<uint64_t> letter_features, features;
  std::vector<int32_t> base(labels_.size()), scores(labels_.size());
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < bare.size(); ++i) {
    letter_features.clear();
    LetterFeatures(bare, i, letter_features);
    std::fill(base.begin(), base.end(), 0);
    Score(letter_features, base);
    candidates.clear();
    for (size_t h = 0; h < hypotheses.size(); ++h) {
      const std::vector<uint32_t>& labels = hypotheses[h].labels;
      features.clear();
      HistoryFeatures(bare, i, i >= 2 ? labels[i - 2] : kStartLabel,
                      i >= 1 ? labels[i - 1] : kStartLabel, features);
      scores = base;
      Score(features, scores);
      AddCandidates(hypotheses[h], h, scores, probability_scale_, i + 1 == bare.size(), labels_,
                    candidates);
    }
    hypotheses = KeepLikeliest(candidates, hypotheses, width);
  }
  const Hypothesis& best = hypotheses.front();
  for (size_t i = 0; i < bare.size(); ++i) {
    result.vocalized.push_back(bare[i]);
    result.vocalized += labels_[best.labels[i]];
  }
  result.confidence = std::exp(best.log_prob);
  return result;
}

}  // namespace rawi
