#include "vocalize/compiled_sections.h"

#include <gtest/gtest.h>

#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace rawi {
namespace {

// Overwrites the little-endian integer at `at` (to break a well-formed file on purpose).
template <typename T>
void Poke(std::string& bytes, size_t at, T value) {
  std::memcpy(bytes.data() + at, &value, sizeof value);
}

template <typename T>
T Peek(std::string_view bytes, size_t at) {
  T value;
  std::memcpy(&value, bytes.data() + at, sizeof value);
  return value;
}

// The message of the std::runtime_error that `read` throws ("" when it throws none).
template <typename F>
std::string ErrorOf(F read) {
  try {
    read();
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

std::string ReaderError(std::string_view bytes) {
  return ErrorOf([&] { SectionReader reader(bytes); });
}

// The section copied into a std::string (4-byte aligned, as a mapped section is).
std::string TableError(const std::string& section) {
  return ErrorOf([&] { StringTableView view(section); });
}

// Every record of `key` as "TEXT×COUNT" (index records as "#INDEX×COUNT").
std::vector<std::string> Records(const StringTableView& view, std::string_view key) {
  std::vector<std::string> out;
  for (const TableRecord& r : view.Find(key)) {
    out.push_back((r.length ? std::string(view.Text(r)) : "#" + std::to_string(r.offset)) + "×" +
                  std::to_string(r.count));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(SectionsTest, SeveralSectionsRoundTrip) {
  SectionWriter writer;
  const std::string big(1001, 'z');
  writer.Add(7, "seven");
  writer.Add(1, "one");
  writer.Add(3, "");
  writer.Add(4, big);
  writer.Add(5, "نص عربي");
  const std::string bytes = writer.Serialize();
  const SectionReader reader(bytes);
  EXPECT_EQ(reader.Find(7), "seven");
  EXPECT_EQ(reader.Find(1), "one");
  EXPECT_EQ(reader.Find(3), "");
  EXPECT_EQ(reader.Find(4), big);
  EXPECT_EQ(reader.Find(5), "نص عربي");
  EXPECT_EQ(reader.Find(2), std::nullopt);
  EXPECT_EQ(reader.Find(0), std::nullopt);
  for (uint32_t id : {1, 3, 4, 5, 7}) {
    EXPECT_EQ((reader.Find(id)->data() - bytes.data()) % 8, 0) << "section " << id;
  }
  EXPECT_EQ(bytes.size() % 8, 0u);
}

TEST(SectionsTest, HeaderIsMagicVersionAndCount) {
  SectionWriter writer;
  writer.Add(9, "abc");
  const std::string bytes = writer.Serialize();
  EXPECT_EQ(bytes.substr(0, 8), "RAWIDATA");
  EXPECT_EQ(Peek<uint32_t>(bytes, 8), kCompiledFormatVersion);
  EXPECT_EQ(Peek<uint32_t>(bytes, 12), 1u);
  EXPECT_EQ(Peek<uint32_t>(bytes, 16), 9u);   // id
  EXPECT_EQ(Peek<uint32_t>(bytes, 20), 0u);   // zero
  EXPECT_EQ(Peek<uint64_t>(bytes, 24), 40u);  // offset: right after the one entry
  EXPECT_EQ(Peek<uint64_t>(bytes, 32), 3u);   // size
  EXPECT_EQ(bytes.size(), 48u);               // 40 + "abc" padded to 8
  EXPECT_EQ(bytes.substr(40), std::string("abc\0\0\0\0\0", 8));
}

TEST(SectionsTest, NoSections) {
  const std::string bytes = SectionWriter().Serialize();
  EXPECT_EQ(bytes, std::string("RAWIDATA\x02\0\0\0\0\0\0\0", 16));
  EXPECT_EQ(SectionReader(bytes).Find(1), std::nullopt);
}

TEST(SectionsTest, AddingAnIdAgainReplacesItsSection) {
  SectionWriter writer;
  writer.Add(1, "old");
  writer.Add(1, "new");
  const std::string bytes = writer.Serialize();
  EXPECT_EQ(Peek<uint32_t>(bytes, 12), 1u);
  EXPECT_EQ(SectionReader(bytes).Find(1), "new");
}

std::string OneSectionFile() {
  SectionWriter writer;
  writer.Add(5, "payload!");
  return writer.Serialize();  // entry at 16, data at 40..48
}

TEST(SectionsTest, MalformedFilesAreNamedProblems) {
  EXPECT_EQ(ReaderError(""), "not a rawi data file");
  EXPECT_EQ(ReaderError("RAWIDATA"), "not a rawi data file");
  EXPECT_EQ(ReaderError(std::string("RAWIDATA\x01\0\0\0\0\0\0", 15)), "not a rawi data file");
  std::string bytes = OneSectionFile();
  bytes[7] = 'X';
  EXPECT_EQ(ReaderError(bytes), "not a rawi data file");
  bytes = OneSectionFile();
  Poke<uint32_t>(bytes, 8, 1);
  EXPECT_EQ(ReaderError(bytes), "format version 1, this rawi reads 2");
  bytes = OneSectionFile();
  Poke<uint32_t>(bytes, 8, 0);
  EXPECT_EQ(ReaderError(bytes), "format version 0, this rawi reads 2");
  EXPECT_EQ(ReaderError(OneSectionFile()), "");
}

TEST(SectionsTest, SectionsOutOfBounds) {
  std::string bytes = OneSectionFile();
  Poke<uint64_t>(bytes, 32, 9);  // one byte past the end
  EXPECT_EQ(ReaderError(bytes), "section 5 out of bounds");
  bytes = OneSectionFile();
  Poke<uint64_t>(bytes, 24, 56);  // starts past the end
  EXPECT_EQ(ReaderError(bytes), "section 5 out of bounds");
  bytes = OneSectionFile();
  Poke<uint64_t>(bytes, 24, 44);  // not at a multiple of 8
  Poke<uint64_t>(bytes, 32, 4);
  EXPECT_EQ(ReaderError(bytes), "section 5 out of bounds");
  bytes = OneSectionFile();
  Poke<uint64_t>(bytes, 32, ~uint64_t{0});  // offset + size wraps around
  EXPECT_EQ(ReaderError(bytes), "section 5 out of bounds");
  bytes = OneSectionFile();
  Poke<uint64_t>(bytes, 24, 48);  // empty, right at the end: fine
  Poke<uint64_t>(bytes, 32, 0);
  EXPECT_EQ(SectionReader(bytes).Find(5), "");
}

TEST(SectionsTest, MoreSectionsThanEntriesIsTruncated) {
  std::string bytes = OneSectionFile();
  Poke<uint32_t>(bytes, 12, 3);  // the third entry would start at 64, past the 48 bytes
  EXPECT_EQ(ReaderError(bytes), "truncated");
  EXPECT_EQ(ReaderError(bytes.substr(0, 30)), "truncated");
}

TEST(StringTableTest, FindsEachKeysRecordsInTheOrderAdded) {
  StringTableBuilder builder;
  builder.Add("عقد", "عَقْد", 5);
  builder.Add("كتب", "كُتُب", 9);
  builder.Add("عقد", "عُقِد", 3);
  builder.Add("كتب", "كَتَب", 4);
  builder.Add("عقد", "عِقْد", 1);
  EXPECT_EQ(builder.size(), 5u);
  const std::string section = builder.Serialize();
  const StringTableView view(section);
  EXPECT_EQ(view.size(), 2u);
  EXPECT_EQ(Records(view, "عقد"), (Strings{"عَقْد×5", "عُقِد×3", "عِقْد×1"}));
  EXPECT_EQ(Records(view, "كتب"), (Strings{"كُتُب×9", "كَتَب×4"}));
}

TEST(StringTableTest, AbsentKeysHaveNoRecords) {
  StringTableBuilder builder;
  for (const char* key : {"b", "d", "f"}) builder.Add(key, std::string(key) + key, 1);
  const std::string section = builder.Serialize();
  const StringTableView view(section);
  for (const char* key : {"", "a", "c", "e", "g", "bb", "B", "عقد"}) {
    EXPECT_TRUE(view.Find(key).empty()) << key;
  }
  for (const char* key : {"b", "d", "f"}) {
    EXPECT_EQ(Records(view, key), Strings{std::string(key) + key + "×1"}) << key;
  }
}

TEST(StringTableTest, KeysThatArePrefixesOfEachOther) {
  StringTableBuilder builder;
  builder.Add("abc", "3", 3);
  builder.Add("a", "1", 1);
  builder.Add("ab", "2", 2);
  builder.Add("", "0", 7);
  builder.Add("abcd", "4", 4);
  builder.Add("عقد\tالعمل", "context", 2);
  builder.Add("عقد", "form", 8);
  const std::string section = builder.Serialize();
  const StringTableView view(section);
  EXPECT_EQ(view.size(), 7u);
  EXPECT_EQ(Records(view, ""), Strings{"0×7"});
  EXPECT_EQ(Records(view, "a"), Strings{"1×1"});
  EXPECT_EQ(Records(view, "ab"), Strings{"2×2"});
  EXPECT_EQ(Records(view, "abc"), Strings{"3×3"});
  EXPECT_EQ(Records(view, "abcd"), Strings{"4×4"});
  EXPECT_EQ(Records(view, "عقد"), Strings{"form×8"});
  EXPECT_EQ(Records(view, "عقد\tالعمل"), Strings{"context×2"});
  EXPECT_TRUE(view.Find("abcde").empty());
  EXPECT_TRUE(view.Find("عق").empty());
  EXPECT_TRUE(view.Find("عقد\t").empty());
}

TEST(StringTableTest, KeysSortBytewiseWithHighBytes) {
  // Bytes above 0x7F sort after ASCII (unsigned comparison on both sides).
  StringTableBuilder builder;
  builder.Add("\xd8\xa7", "alef", 1);
  builder.Add("z", "zed", 1);
  builder.Add("\xff", "ff", 1);
  builder.Add("A", "A", 1);
  const std::string section = builder.Serialize();
  const StringTableView view(section);
  EXPECT_EQ(Records(view, "\xd8\xa7"), Strings{"alef×1"});
  EXPECT_EQ(Records(view, "z"), Strings{"zed×1"});
  EXPECT_EQ(Records(view, "\xff"), Strings{"ff×1"});
  EXPECT_EQ(Records(view, "A"), Strings{"A×1"});
}

TEST(StringTableTest, EqualStringsAreStoredOnce) {
  StringTableBuilder builder;
  builder.Add("x", "مشترك", 1);
  builder.Add("y", "مشترك", 2);
  builder.Add("x", "مشترك", 3);
  builder.Add("z", "آخر", 4);
  const std::string section = builder.Serialize();
  const StringTableView view(section);
  const auto x = view.Find("x");
  const auto y = view.Find("y");
  ASSERT_EQ(x.size(), 2u);
  ASSERT_EQ(y.size(), 1u);
  EXPECT_EQ(x[0].offset, y[0].offset);
  EXPECT_EQ(x[1].offset, y[0].offset);
  EXPECT_EQ(x[0].length, std::string("مشترك").size());
  EXPECT_EQ(view.Text(y[0]), "مشترك");
  EXPECT_NE(view.Find("z")[0].offset, x[0].offset);
  // The blob: the two strings once each, then the three keys.
  EXPECT_EQ(Peek<uint32_t>(section, 8),
            std::string("مشترك").size() + std::string("آخر").size() + 3);
}

TEST(StringTableTest, IndexRecords) {
  StringTableBuilder builder;
  builder.AddIndex("وقد\tعقد", 1, 4);
  builder.AddIndex("وقد\tعقد", 0, 1);
  builder.AddIndex("عقد\tالعمل", 0, 2);
  builder.Add("عقد\tالعمل", "text", 6);
  EXPECT_EQ(builder.size(), 4u);
  const std::string section = builder.Serialize();
  const StringTableView view(section);
  EXPECT_EQ(Records(view, "وقد\tعقد"), (Strings{"#1×4", "#0×1"}));
  EXPECT_EQ(Records(view, "عقد\tالعمل"), (Strings{"#0×2", "text×6"}));
  const auto records = view.Find("وقد\tعقد");
  EXPECT_EQ(records[0].length, 0u);
  EXPECT_EQ(records[0].offset, 1u);
}

TEST(StringTableTest, EmptyTable) {
  const StringTableBuilder builder;
  EXPECT_EQ(builder.size(), 0u);
  const std::string section = builder.Serialize();
  EXPECT_EQ(section.size(), 24u);  // the header and the two one-entry arrays
  const StringTableView view(section);
  EXPECT_EQ(view.size(), 0u);
  EXPECT_TRUE(view.Find("").empty());
  EXPECT_TRUE(view.Find("x").empty());
  const StringTableView unset;
  EXPECT_EQ(unset.size(), 0u);
  EXPECT_TRUE(unset.Find("x").empty());
}

TEST(StringTableTest, TablesInsideAFile) {
  StringTableBuilder words, lemmas;
  words.Add("عقد", "عَقْد", 5);
  lemmas.Add("كتب", "كَتَب", 'p');
  SectionWriter writer;
  writer.Add(1, words.Serialize());
  writer.Add(6, lemmas.Serialize());
  const std::string bytes = writer.Serialize();
  const SectionReader reader(bytes);
  EXPECT_EQ(Records(StringTableView(*reader.Find(1)), "عقد"), Strings{"عَقْد×5"});
  EXPECT_EQ(Records(StringTableView(*reader.Find(6)), "كتب"), Strings{"كَتَب×112"});
}

std::string TwoKeyTable() {
  StringTableBuilder builder;
  builder.Add("a", "xy", 1);
  builder.Add("b", "z", 2);
  // 16 header + 3×4 key offsets + 3×4 record starts + 2×12 records + blob "xyzab" = 69
  return builder.Serialize();
}

TEST(StringTableTest, MalformedTablesAreNamedProblems) {
  ASSERT_EQ(TwoKeyTable().size(), 69u);
  ASSERT_EQ(TableError(TwoKeyTable()), "");
  EXPECT_EQ(TableError(""), "truncated");
  EXPECT_EQ(TableError(std::string(11, '\0')), "truncated");
  EXPECT_EQ(TableError(TwoKeyTable().substr(0, 68)), "string table truncated");
  EXPECT_EQ(TableError(TwoKeyTable().substr(0, 40)), "string table truncated");
  std::string section = TwoKeyTable();
  Poke<uint32_t>(section, 0, 1000);  // key count
  EXPECT_EQ(TableError(section), "string table truncated");
  section = TwoKeyTable();
  Poke<uint32_t>(section, 8, 6);  // blob size
  EXPECT_EQ(TableError(section), "string table truncated");
  section = TwoKeyTable();
  Poke<uint32_t>(section, 4, 1);  // record count below the last record start
  EXPECT_EQ(TableError(section), "string table inconsistent");
  section = TwoKeyTable();
  Poke<uint32_t>(section, 16 + 2 * 4, 6);  // the last key ends past the blob
  EXPECT_EQ(TableError(section), "string table inconsistent");
  section = TwoKeyTable();
  Poke<uint32_t>(section, 16, 5);  // key offsets going backwards (5, 4, 5)
  EXPECT_EQ(TableError(section), "string table inconsistent");
  section = TwoKeyTable();
  Poke<uint32_t>(section, 28 + 4, 3);  // record starts going backwards (0, 3, 2)
  EXPECT_EQ(TableError(section), "string table inconsistent");
  section = TwoKeyTable();
  Poke<uint32_t>(section, 40 + 4, 6);  // the first record's length past the blob
  EXPECT_EQ(TableError(section), "string table record out of bounds");
  section = TwoKeyTable();
  Poke<uint32_t>(section, 40 + 12, 5);  // the second record's offset past the blob
  EXPECT_EQ(TableError(section), "string table record out of bounds");
}

}  // namespace
}  // namespace rawi
