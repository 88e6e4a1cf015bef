#include "vocalize/lemma_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/temp_dir.h"
#include "text/utf8.h"
#include "util/error.h"
#include "vocalize/compiled_sections.h"

namespace rawi {
namespace {

using testing::TempDir;

// A noun row as Arramooz writes it: 29 tab-separated columns, the vocalized form in column 1 and
// the plurals in column 12.
std::string NounRow(const std::string& id, const std::string& vocalized,
                    const std::string& plurals) {
  std::vector<std::string> fields(29);
  fields[0] = id;
  fields[1] = vocalized;
  fields[3] = "جذر";
  fields[5] = "اسم";
  fields[8] = "مذكر";
  fields[11] = "مفرد";
  fields[12] = plurals;
  std::string row;
  for (size_t i = 0; i < fields.size(); ++i) row += (i ? "\t" : "") + fields[i];
  return row + "\n";
}

// A verb row: the past, ثلاثي or غيرثل, the root, the imperfect's middle vowel, and the rest.
std::string VerbRow(const std::string& past, const std::string& kind, const std::string& middle) {
  return past + "\t" + kind + "\tجذر\t" + middle + "\tمتعد\t1\tعاقل\t----\tيعملان\t1\t0\tx\t\n";
}

constexpr const char* kNounHeader =
    "#رقم \tمشكول\tغير مشكول\tجذر\tوزن\tصنف\tاصل\tمعرفة\tجنس\tمؤنث\tمذكر\tعدد\tالجمع\tشرح\n";
constexpr const char* kVerbHeader =
    "# data/verb_dic_data-net.csv\n"
    "# word\ttri\troot\tfuture_type\ttransitive\tnb_trans\tobject_type\treflexive_type\ttenses\t"
    "model\tnb_case\tverb_cat\tsuggest\n";

// An arramooz/ folder with a few entries of each kind.
struct Arramooz {
  TempDir dir;
  Arramooz() {
    dir.Write("data_nouns_jamid.csv",
              std::string(kNounHeader) + NounRow("1", "كِتَابٌ", "كُتُبٌ;") +
                  NounRow("2", "أكَّارٌ", "+ون;+ات;أَكَرَةٌ;") +  // أ unvocalized: only the plural
                  NounRow("3", "مُعَلِّمٌ", "+ون;+ات;") + NounRow("4", "مدرسة", "مَدَارِسُ;") +
                  NounRow("5", "صَلاَحٌ", "") +              // the fatha goes before the alef
                  NounRow("6", "كِتَابٌ", "كُتُبٌ; مَدَارِسُ ;") +  // repeats, spaces
                  NounRow("7", "بَابٌ x", "أَبْوَابٌ;") +       // not one Arabic word
                  NounRow("8", "بٌ", "") +                 // one letter
                  "9\tبَيْتٌ\tبيت\n" +                       // too few columns
                  "\n");
    dir.Write("data_nouns_masdar.csv", std::string(kNounHeader) + NounRow("1", "اِنْتِخَابٌ", "+ات;"));
    // Frequencies, not lemmas: never read.
    dir.Write("data_nouns_wordfreq.csv", NounRow("1", "شَمْسٌ", "شُمُوسٌ;"));
    dir.Write("data_verbs_freq_verbs.csv", NounRow("1", "قَمَرٌ", ""));
    dir.Write("data_verbs_verbs.aya.dic",
              std::string(kVerbHeader) + VerbRow("كَتَبَ", "ثلاثي", "ضمة") +
                  VerbRow("جَلَسَ", "ثلاثي", "كسرة") + VerbRow("فَتَحَ", "ثلاثي", "فتحة") +
                  VerbRow("وَعَدَ", "ثلاثي", "ِ") +  // weak first letter
                  VerbRow("قَالَ", "ثلاثي", "ُ") +  // hollow
                  VerbRow("رَمَى", "ثلاثي", "ِ") +  // defective
                  VerbRow("سَأَلَ", "ثلاثي", "َ") +  // hamza
                  VerbRow("مَدَّ", "ثلاثي", "ُ") +   // doubled
                  VerbRow("كَرَّمَ", "غيرثل", "َ") +  // three letters, but a shadda
                  VerbRow("اِسْتَخْدَمَ", "غيرثل", "َ") + VerbRow("شرب", "ثلاثي", "َ") +
                  VerbRow("خَرَجَ", "ثلاثي", "") +  // no middle vowel
                  "#\t\tحَبَّذَا is invalid verb \n"
                  "triverb has no verb\n"
                  "نَصَرَ\tثلاثي\n");  // too few columns
  }
};

std::vector<std::string> Shown(const std::vector<Lemma>& lemmas) {
  std::vector<std::string> out;
  for (const Lemma& l : lemmas) {
    out.push_back(l.bare + " " + l.vocalized + " " + ClassLetter(l.word_class));
  }
  return out;
}

TEST(ReadArramoozTest, SortedPausalLemmas) {
  const Arramooz a;
  EXPECT_EQ(Shown(ReadArramooz(a.dir.path().string())),
            (std::vector<std::string>{
                "أبواب أَبْوَاب n",  // the plural of a row whose singular is skipped
                "أكرة أَكَرَة n",   "استخدم اسْتَخْدَم p", "انتخاب انْتِخَاب n", "جلس جَلَس p",   "خرج خَرَج p",
                "رمى رَمَى p",     "سأل سَأَل p",       "صلاح صَلَاح n",     "فتح فَتَح p",   "قال قَال p",
                "كتاب كِتَاب n",   "كتب كَتَب p",       "كتب كُتُب n",       "كرم كَرَّم p",   "مد مَدّ p",
                "مدارس مَدَارِس n", "معلم مُعَلِّم n",     "وعد وَعَد p",       "يجلس يَجْلِس v", "يفتح يَفْتَح v",
                "يكتب يَكْتُب v",
            }));
}

TEST(ReadArramoozTest, MissingVerbListIsAFileError) {
  TempDir dir;
  dir.Write("data_nouns_jamid.csv", std::string(kNounHeader) + NounRow("1", "كِتَابٌ", ""));
  try {
    ReadArramooz(dir.path().string());
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(std::string(e.what()),
              (dir / "data_verbs_verbs.aya.dic").string() + ": cannot read Arramooz verb list");
  }
}

TEST(ReadArramoozTest, VerbsAloneAreEnough) {
  TempDir dir;
  dir.Write("data_verbs_verbs.aya.dic", std::string(kVerbHeader) + VerbRow("دَرَسَ", "ثلاثي", "ضمة"));
  EXPECT_EQ(Shown(ReadArramooz(dir.path().string())),
            (std::vector<std::string>{"درس دَرَس p", "يدرس يَدْرُس v"}));
}

// The real data_verbs_verbs.aya.dic names the middle vowel of a three-letter verb as a word
// (ضمة, فتحة, كسرة: 4394 of its 4491 ثلاثي rows); its 97 ثلاثي rows with "َ" are a default, not
// data, and make no imperfect.
TEST(ReadArramoozTest, MiddleVowelNamedAsAWord) {
  TempDir dir;
  dir.Write("data_verbs_verbs.aya.dic", std::string(kVerbHeader) + VerbRow("كَتَبَ", "ثلاثي", "ضمة") +
                                            VerbRow("ذَهَبَ", "ثلاثي", "فتحة") +
                                            VerbRow("جَلَسَ", "ثلاثي", "كسرة") +
                                            VerbRow("سَقَطَ", "ثلاثي", "َ"));
  EXPECT_EQ(Shown(ReadArramooz(dir.path().string())),
            (std::vector<std::string>{"جلس جَلَس p", "ذهب ذَهَب p", "سقط سَقَط p", "كتب كَتَب p",
                                      "يجلس يَجْلِس v", "يذهب يَذْهَب v", "يكتب يَكْتُب v"}));
}

// The lemma section as the trainer writes it.
std::string Section(const std::vector<Lemma>& lemmas) {
  StringTableBuilder builder;
  for (const Lemma& l : lemmas) {
    builder.Add(l.bare, l.vocalized, static_cast<uint32_t>(ClassLetter(l.word_class)));
  }
  return builder.Serialize();
}

std::vector<std::string> Found(const LemmaTable& table, const std::string& bare) {
  std::vector<StemEntry> entries;
  table.Find(ToUtf32(bare), entries);
  std::vector<std::string> out;
  for (const StemEntry& e : entries) {
    out.push_back(ToUtf8(e.vocalized) + " " + ClassLetter(e.word_class));
  }
  return out;
}

TEST(LemmaTableTest, FindsEntriesWithTheirClasses) {
  const Arramooz a;
  const std::string section = Section(ReadArramooz(a.dir.path().string()));
  const LemmaTable table{StringTableView(section)};
  EXPECT_EQ(table.size(), 21u);
  EXPECT_EQ(Found(table, "كتب"), (std::vector<std::string>{"كَتَب p", "كُتُب n"}));
  EXPECT_EQ(Found(table, "يكتب"), std::vector<std::string>{"يَكْتُب v"});
  EXPECT_EQ(Found(table, "مدارس"), std::vector<std::string>{"مَدَارِس n"});
  EXPECT_EQ(Found(table, "مدرسة"), std::vector<std::string>{});
  EXPECT_EQ(Found(table, ""), std::vector<std::string>{});
}

TEST(LemmaTableTest, AppendsAndSkipsUnknownClassLetters) {
  StringTableBuilder builder;
  builder.Add("في", "فِي", 'x');
  builder.Add("في", "فَي", 'z');  // not a class
  builder.Add("في", "فِيّ", 'n');
  const std::string section = builder.Serialize();
  const LemmaTable table{StringTableView(section)};
  std::vector<StemEntry> entries = {{U"قبل", WordClass::kFixed}};
  table.Find(U"في", entries);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(ToUtf8(entries[1].vocalized), "فِي");
  EXPECT_EQ(entries[1].word_class, WordClass::kFixed);
  EXPECT_EQ(ToUtf8(entries[2].vocalized), "فِيّ");
  EXPECT_EQ(entries[2].word_class, WordClass::kNoun);
  EXPECT_EQ(LemmaTable().size(), 0u);
  EXPECT_EQ(Found(LemmaTable(), "في"), std::vector<std::string>{});
}

}  // namespace
}  // namespace rawi
