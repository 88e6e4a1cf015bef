#include "speak/ssml_reader.h"

#include <gtest/gtest.h>

#include <sstream>

namespace rawi {
namespace {

using Pause = SpeechBlock::Pause;

// Blocks as one line each: "TEXT|PAUSE", PAUSE being s, p or the milliseconds of a break.
std::string Show(const SpeechInput& input) {
  std::ostringstream out;
  for (const SpeechBlock& block : input.blocks) {
    out << block.text << '|';
    switch (block.pause) {
      case Pause::kSentence:
        out << 's';
        break;
      case Pause::kParagraph:
        out << 'p';
        break;
      case Pause::kTime:
        out << block.pause_ms;
        break;
    }
    out << '\n';
  }
  return out.str();
}

struct Case {
  std::string name;
  std::string input;
  std::string blocks;
};

TEST(SsmlReaderTest, Table) {
  const std::vector<Case> cases = {
      {"plain text is taken as it is", "وصل 25 مسافرا & <b>x</b> &amp;",
       "وصل 25 مسافرا & <b>x</b> &amp;|p\n"},
      {"plain text: a block per non-blank line", "سطر أول\r\n\n  \nسطر   ثان\n",
       "سطر أول|p\nسطر ثان|p\n"},
      {"empty", "", ""},
      {"white space only", " \n\t\n", ""},
      {"speak root, white space collapsed", "<speak>  مرحبا\n  يا   عالم </speak>",
       "مرحبا يا عالم|p\n"},
      {"xml declaration and comment before the root",
       "<?xml version=\"1.0\"?>\n<!-- c --><speak version=\"1.1\">نص</speak>", "نص|p\n"},
      {"entities", "<speak>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#1605;&#x631;</speak>",
       "a & b <c> \"d\" 'e' مر|p\n"},
      {"unknown or bad entities are text",
       "<speak>&nbsp; &#0; &#xD800; &#x110000; &bogus &; AT&T</speak>",
       "&nbsp; &#0; &#xD800; &#x110000; &bogus &; AT&T|p\n"},
      {"marks are dropped", "<speak>واحد <mark name=\"m1\"/>اثنان<mark name='m2'></mark></speak>",
       "واحد اثنان|p\n"},
      {"break by time", "<speak>واحد<break time=\"500ms\"/>اثنان<break time='1.5s'/>ثلاثة</speak>",
       "واحد|500\nاثنان|1500\nثلاثة|p\n"},
      {"break by strength and default",
       "<speak>a<break strength=\"none\"/>b<break strength='x-strong'/>c<break/>d"
       "<break strength=\"odd\"/>e</speak>",
       "a|0\nb|1200\nc|400\nd|400\ne|p\n"},
      {"breaks in a row add up, and at most 10 s",
       "<speak>a<break time=\"300ms\"/><break time=\"200ms\"/>b<break time=\"60s\"/>c</speak>",
       "a|500\nb|10000\nc|p\n"},
      {"a bad time falls back to the strength",
       "<speak>a<break time=\"soon\" strength=\"weak\"/>b<break time=\"-1s\"/>c</speak>",
       "a|200\nb|400\nc|p\n"},
      {"a break before any text is dropped", "<speak><break time=\"2s\"/>نص</speak>", "نص|p\n"},
      {"paragraphs and sentences",
       "<speak><p><s>جملة أولى.</s><s>ثانية.</s></p><p>فقرة ثانية.</p></speak>",
       "جملة أولى.|s\nثانية.|p\nفقرة ثانية.|p\n"},
      {"a break replaces the paragraph pause",
       "<speak><p>أ</p><break time=\"50ms\"/><p>ب</p></speak>", "أ|50\nب|p\n"},
      {"nested markup: its content is said",
       "<speak><voice name=\"x\"><prosody rate=\"fast\"><emphasis>مهم</emphasis> "
       "<say-as interpret-as=\"cardinal\">25</say-as></prosody></voice></speak>",
       "مهم 25|p\n"},
      {"sub says its alias", "<speak>منظمة <sub alias=\"الأمم المتحدة\">الأمم</sub> اليوم</speak>",
       "منظمة الأمم المتحدة اليوم|p\n"},
      {"audio: the fallback text, not the description",
       "<speak><audio src=\"a.wav\">بديل<desc>وصف</desc></audio></speak>", "بديل|p\n"},
      {"CDATA is text", "<speak><![CDATA[a < b & c]]></speak>", "a < b & c|p\n"},
      {"namespaced and upper-case tags", "<speak><ssml:P>أ</ssml:P><BREAK TIME=\"10ms\"/>ب</speak>",
       "أ|10\nب|p\n"},
      {"a '<' that opens no tag is text", "<speak>3 < 5 and 5 >= 3</speak>",
       "3 < 5 and 5 >= 3|p\n"},
      {"an unclosed tag: the rest is text", "<speak>نص <break time=\"1s\" بقية",
       "نص <break time=\"1s\" بقية|p\n"},
      {"a '>' inside an attribute value", "<speak>a<mark name=\"x>y\"/>b</speak>", "ab|p\n"},
      {"an unclosed comment ends the input", "<speak>a<!-- never closed", "a|p\n"},
      {"no closing </speak>", "<speak>نص", "نص|p\n"},
      {"<speaker> is no speak root", "<speaker>x</speaker>", "<speaker>x</speaker>|p\n"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Show(ReadSpeechInput(c.input)), c.blocks) << c.name;
  }
}

TEST(SsmlReaderTest, LanguageFromTheRoot) {
  EXPECT_EQ(ReadSpeechInput("<speak xml:lang=\"ar-LY\">x</speak>").language, "ar");
  EXPECT_EQ(ReadSpeechInput("<speak xml:lang='EN'>x</speak>").language, "en");
  EXPECT_EQ(ReadSpeechInput("<speak>x</speak>").language, "");
  EXPECT_EQ(ReadSpeechInput("<speak xml:lang=\"\">x</speak>").language, "");
  EXPECT_EQ(ReadSpeechInput("xml:lang=\"ar\" plain").language, "");
}

TEST(SsmlReaderTest, LooksLikeSsml) {
  EXPECT_TRUE(LooksLikeSsml("<speak>"));
  EXPECT_TRUE(LooksLikeSsml("\n  <speak\nversion=\"1.0\">"));
  EXPECT_TRUE(LooksLikeSsml("<speak/>"));
  EXPECT_TRUE(LooksLikeSsml("<?xml version=\"1.0\"?><!-- x --> <speak>"));
  EXPECT_FALSE(LooksLikeSsml("<speaker>"));
  EXPECT_FALSE(LooksLikeSsml("text <speak>"));
  EXPECT_FALSE(LooksLikeSsml("<p>x</p>"));
  EXPECT_FALSE(LooksLikeSsml(""));
}

}  // namespace
}  // namespace rawi
