// The container format of rawi's compiled data (voices/ar-vocalizer.bin): named sections that are
// used in place from a memory map, and the sorted string table most sections hold.
//
// File: "RAWIDATA" magic, u32 format version, u32 section count, then per section
// {u32 id, u32 zero, u64 offset, u64 size}; each section starts at a multiple of 8. Integers
// are little-endian (the only byte order rawi runs on).
//
// String table section: u32 key count K, u32 record count R, u32 blob size, u32 zero;
// u32 key_offset[K + 1] and u32 record_start[K + 1]; R records of three u32; the blob (keys and
// record strings, UTF-8). Keys are sorted bytewise, so a lookup is a binary search.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rawi {

constexpr uint32_t kCompiledFormatVersion = 2;

// The format version a compiled file's header declares, whatever it is; nullopt when `bytes` do
// not start with the "RAWIDATA" magic and a version.
std::optional<uint32_t> CompiledFormatVersionOf(std::string_view bytes);

// Reads the sections of a compiled file; throws std::runtime_error with the problem when the
// bytes are not one (the caller names the file).
class SectionReader {
 public:
  explicit SectionReader(std::string_view bytes);  // `bytes` must outlive the reader
  explicit SectionReader(std::string&&) = delete;
  // The section's bytes, or nullopt when the file has none with this id.
  std::optional<std::string_view> Find(uint32_t id) const;

 private:
  std::unordered_map<uint32_t, std::string_view> sections_;
};

// Writes sections into the container.
class SectionWriter {
 public:
  void Add(uint32_t id, std::string bytes);
  std::string Serialize() const;

 private:
  std::map<uint32_t, std::string> sections_;
};

// A record: a string of the blob (offset, length) and a count; index tables use `offset` for an
// index and leave `length` 0.
struct TableRecord {
  uint32_t offset;
  uint32_t length;
  uint32_t count;
};

class StringTableView {
 public:
  StringTableView() = default;
  // Throws std::runtime_error when `section` is not a well-formed string table. The view reads
  // `section` in place: it must outlive the view.
  explicit StringTableView(std::string_view section);
  explicit StringTableView(std::string&&) = delete;

  // The records of `key` in the order they were added; empty when the key is absent.
  std::span<const TableRecord> Find(std::string_view key) const;
  // The string a record names.
  std::string_view Text(const TableRecord& record) const {
    return blob_.substr(record.offset, record.length);
  }
  size_t size() const { return key_count_; }

 private:
  std::string_view Key(uint32_t i) const;

  uint32_t key_count_ = 0;
  const uint32_t* key_offsets_ = nullptr;
  const uint32_t* record_starts_ = nullptr;
  const TableRecord* records_ = nullptr;
  std::string_view blob_;
};

class StringTableBuilder {
 public:
  // Appends a record naming `value` (stored once however often it is added).
  void Add(const std::string& key, const std::string& value, uint32_t count);
  // Appends a record carrying an index instead of a string.
  void AddIndex(const std::string& key, uint32_t index, uint32_t count);
  std::string Serialize() const;
  size_t size() const { return record_count_; }  // records added

 private:
  uint32_t Intern(const std::string& text);

  std::map<std::string, std::vector<TableRecord>> records_;
  size_t record_count_ = 0;
  std::string blob_;
  std::unordered_map<std::string, uint32_t> interned_;
};

}  // namespace rawi
