#include "vocalize/compiled_sections.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "vocalize/binary_io.h"

namespace rawi {
namespace {

constexpr char kMagic[8] = {'R', 'A', 'W', 'I', 'D', 'A', 'T', 'A'};

void PadTo8(std::string& out) { out.resize((out.size() + 7) / 8 * 8, '\0'); }

}  // namespace

std::optional<uint32_t> CompiledFormatVersionOf(std::string_view bytes) {
  if (bytes.size() < 12 || std::memcmp(bytes.data(), kMagic, 8) != 0) return std::nullopt;
  return GetValue<uint32_t>(bytes, 8);
}

SectionReader::SectionReader(std::string_view bytes) {
  if (bytes.size() < 16 || std::memcmp(bytes.data(), kMagic, 8) != 0) {
    throw std::runtime_error("not a rawi data file");
  }
  const auto version = GetValue<uint32_t>(bytes, 8);
  if (version != kCompiledFormatVersion) {
    throw std::runtime_error("format version " + std::to_string(version) + ", this rawi reads " +
                             std::to_string(kCompiledFormatVersion));
  }
  const auto count = GetValue<uint32_t>(bytes, 12);
  for (uint32_t i = 0; i < count; ++i) {
    const size_t at = 16 + i * 24;
    const auto id = GetValue<uint32_t>(bytes, at);
    const auto offset = GetValue<uint64_t>(bytes, at + 8);
    const auto size = GetValue<uint64_t>(bytes, at + 16);
    if (offset % 8 != 0 || offset > bytes.size() || size > bytes.size() - offset) {
      throw std::runtime_error("section " + std::to_string(id) + " out of bounds");
    }
    sections_[id] = bytes.substr(offset, size);
  }
}

std::optional<std::string_view> SectionReader::Find(uint32_t id) const {
  auto it = sections_.find(id);
  if (it == sections_.end()) return std::nullopt;
  return it->second;
}

void SectionWriter::Add(uint32_t id, std::string bytes) { sections_[id] = std::move(bytes); }

std::string SectionWriter::Serialize() const {
  std::string out(kMagic, 8);
  PutValue<uint32_t>(out, kCompiledFormatVersion);
  PutValue<uint32_t>(out, static_cast<uint32_t>(sections_.size()));
  uint64_t offset = out.size() + sections_.size() * 24;
  offset = (offset + 7) / 8 * 8;
  for (const auto& [id, bytes] : sections_) {
    PutValue<uint32_t>(out, id);
    PutValue<uint32_t>(out, 0);
    PutValue<uint64_t>(out, offset);
    PutValue<uint64_t>(out, bytes.size());
    offset = (offset + bytes.size() + 7) / 8 * 8;
  }
  PadTo8(out);
  for (const auto& [id, bytes] : sections_) {
    out += bytes;
    PadTo8(out);
  }
  return out;
}

StringTableView::StringTableView(std::string_view section) {
  key_count_ = GetValue<uint32_t>(section, 0);
  const auto record_count = GetValue<uint32_t>(section, 4);
  const auto blob_size = GetValue<uint32_t>(section, 8);
  const size_t offsets_at = 16;
  const size_t starts_at = offsets_at + (size_t{key_count_} + 1) * 4;
  const size_t records_at = starts_at + (size_t{key_count_} + 1) * 4;
  const size_t blob_at = records_at + size_t{record_count} * sizeof(TableRecord);
  if (blob_at + blob_size > section.size() || reinterpret_cast<uintptr_t>(section.data()) % 4) {
    throw std::runtime_error("string table truncated");
  }
  key_offsets_ = reinterpret_cast<const uint32_t*>(section.data() + offsets_at);
  record_starts_ = reinterpret_cast<const uint32_t*>(section.data() + starts_at);
  records_ = reinterpret_cast<const TableRecord*>(section.data() + records_at);
  blob_ = section.substr(blob_at, blob_size);
  if (key_offsets_[key_count_] > blob_size || record_starts_[key_count_] != record_count) {
    throw std::runtime_error("string table inconsistent");
  }
  for (uint32_t i = 0; i < key_count_; ++i) {
    if (key_offsets_[i] > key_offsets_[i + 1] || record_starts_[i] > record_starts_[i + 1]) {
      throw std::runtime_error("string table inconsistent");
    }
  }
  for (uint32_t i = 0; i < record_count; ++i) {
    const TableRecord& r = records_[i];
    if (r.length > 0 && (r.offset > blob_size || r.length > blob_size - r.offset)) {
      throw std::runtime_error("string table record out of bounds");
    }
  }
}

std::string_view StringTableView::Key(uint32_t i) const {
  return blob_.substr(key_offsets_[i], key_offsets_[i + 1] - key_offsets_[i]);
}

std::span<const TableRecord> StringTableView::Find(std::string_view key) const {
  uint32_t low = 0, high = key_count_;
  while (low < high) {
    const uint32_t mid = low + (high - low) / 2;
    if (Key(mid) < key) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  if (low == key_count_ || Key(low) != key) return {};
  return {records_ + record_starts_[low], records_ + record_starts_[low + 1]};
}

uint32_t StringTableBuilder::Intern(const std::string& text) {
  auto [it, added] = interned_.emplace(text, static_cast<uint32_t>(blob_.size()));
  if (added) blob_ += text;
  return it->second;
}

void StringTableBuilder::Add(const std::string& key, const std::string& value, uint32_t count) {
  const uint32_t offset = Intern(value);
  records_[key].push_back({offset, static_cast<uint32_t>(value.size()), count});
  ++record_count_;
}

void StringTableBuilder::AddIndex(const std::string& key, uint32_t index, uint32_t count) {
  records_[key].push_back({index, 0, count});
  ++record_count_;
}

std::string StringTableBuilder::Serialize() const {
  // Keys go after the record strings in the blob, in sorted order.
  std::string blob = blob_;
  std::vector<uint32_t> key_offsets, record_starts;
  uint32_t records = 0;
  for (const auto& [key, list] : records_) {
    key_offsets.push_back(static_cast<uint32_t>(blob.size()));
    record_starts.push_back(records);
    blob += key;
    records += static_cast<uint32_t>(list.size());
  }
  key_offsets.push_back(static_cast<uint32_t>(blob.size()));
  record_starts.push_back(records);
  std::string out;
  PutValue<uint32_t>(out, static_cast<uint32_t>(records_.size()));
  PutValue<uint32_t>(out, records);
  PutValue<uint32_t>(out, static_cast<uint32_t>(blob.size()));
  PutValue<uint32_t>(out, 0);
  for (uint32_t v : key_offsets) PutValue(out, v);
  for (uint32_t v : record_starts) PutValue(out, v);
  for (const auto& [key, list] : records_) {
    for (const TableRecord& r : list) {
      PutValue(out, r.offset);
      PutValue(out, r.length);
      PutValue(out, r.count);
    }
  }
  out += blob;
  return out;
}

}  // namespace rawi
