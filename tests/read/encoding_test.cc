#include "read/encoding.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include "support/temp_dir.h"
#include "util/error.h"

namespace rawi {
namespace {

// UTF-8 text in a legacy charset, as old Arabic news sites wrote it.
std::string Encode(const std::string& utf8, const char* charset) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out(static_cast<size_t>(text.length()) * 4 + 4, '\0');
  const int32_t n =
      text.extract(0, text.length(), out.data(), static_cast<uint32_t>(out.size()), charset);
  out.resize(static_cast<size_t>(n));
  return out;
}

const std::string kArabic =
    "أطلقت بلدية بنغازي حملة لزراعة عشرة آلاف شجرة في الأحياء السكنية والمدارس والطرق الرئيسية، "
    "على مدى ثلاثة أشهر، بالتعاون مع منظمات المجتمع المدني.";

std::string Decode(std::string_view bytes, std::string_view declared = "", bool markup = false) {
  return DecodeArticle(bytes, declared, "a.txt", markup);
}

std::string DecodeError(std::string_view bytes, std::string_view declared = "") {
  try {
    Decode(bytes, declared);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    return e.what();
  }
  return "no error";
}

TEST(DecodeArticleTest, Utf8PassesThrough) {
  EXPECT_EQ(Decode(kArabic), kArabic);
  EXPECT_EQ(Decode("plain ASCII"), "plain ASCII");
}

TEST(DecodeArticleTest, ByteOrderMarks) {
  EXPECT_EQ(Decode("\xEF\xBB\xBFنص"), "نص");
  EXPECT_EQ(Decode(std::string("\xFF\xFE\x46\x06\x35\x06", 6)), "نص");
  EXPECT_EQ(Decode(std::string("\xFE\xFF\x06\x46\x06\x35", 6)), "نص");
  // The BOM decides even when a page declares otherwise.
  EXPECT_EQ(Decode(std::string("\xFF\xFE\x41\x00", 4), "windows-1256"), "A");
}

TEST(DecodeArticleTest, Windows1256WithoutDeclarationIsDetected) {
  const std::string bytes = Encode(kArabic, "windows-1256");
  ASSERT_NE(bytes, kArabic);
  EXPECT_EQ(Decode(bytes), kArabic);
}

TEST(DecodeArticleTest, Iso88596WithoutDeclarationIsDetected) {
  const std::string text =
      "قالت وزارة الزراعة إن موسم الحصاد بدأ في الجنوب وسط توقعات بإنتاج وفير من التمور هذا العام";
  const std::string bytes = Encode(text, "ISO-8859-6");
  ASSERT_NE(bytes, text);
  EXPECT_EQ(Decode(bytes), text);
}

TEST(DecodeArticleTest, DeclaredCharsetConverts) {
  EXPECT_EQ(Decode(Encode("نص قصير", "windows-1256"), "windows-1256"), "نص قصير");
  EXPECT_EQ(Decode(Encode("نص قصير", "windows-1256"), "Windows-1256"), "نص قصير");
  EXPECT_EQ(Decode("caf\xe9", "iso-8859-1"), "café");
  EXPECT_EQ(Decode("\x93quoted\x94", "latin1"), "\u201cquoted\u201d");  // read as windows-1252
}

TEST(DecodeArticleTest, Utf8BeatsAStaleLegacyDeclaration) {
  EXPECT_EQ(Decode(kArabic, "windows-1256"), kArabic);
  EXPECT_EQ(Decode("caf\xc3\xa9", "iso-8859-1"), "café");
}

TEST(DecodeArticleTest, UselessDeclarationsAreIgnored) {
  EXPECT_EQ(Decode(kArabic, "utf-8"), kArabic);
  EXPECT_EQ(Decode(kArabic, "utf-16"), kArabic);
  EXPECT_EQ(Decode(kArabic, "x-no-such-charset"), kArabic);
  EXPECT_EQ(Decode(Encode(kArabic, "windows-1256"), "x-no-such-charset"), kArabic);
}

TEST(DecodeArticleTest, DetectionSkipsMarkupWhenAsked) {
  const std::string page = "<html><head><title>" + Encode("عنوان", "windows-1256") +
                           "</title></head><body><p>" + Encode(kArabic, "windows-1256") +
                           "</p></body></html>";
  EXPECT_EQ(Decode(page, "", /*markup=*/true).find(kArabic) != std::string::npos, true);
}

struct ErrorCase {
  std::string name;
  std::string bytes;
  std::string expected;
};

class DecodeErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(DecodeErrorTest, OneLineError) {
  EXPECT_EQ(DecodeError(GetParam().bytes), "a.txt: " + GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Bytes, DecodeErrorTest,
    ::testing::Values(ErrorCase{"Latin1", "caf\xe9 au lait", "invalid UTF-8 at byte 3"},
                      ErrorCase{"Utf8WithStrayByte", "ليبيا \xd9 نص.", "invalid UTF-8 at byte 11"},
                      ErrorCase{"Utf8WithFF", "نص \xff", "invalid UTF-8 at byte 5"},
                      ErrorCase{"TooShortToDetect", "\xe4\xd5 \xe4\xd5", "invalid UTF-8 at byte 0"},
                      ErrorCase{"BomThenInvalid", "\xEF\xBB\xBF" + std::string("ab\xff"),
                                "invalid UTF-8 at byte 5"},
                      ErrorCase{"Nul", std::string("ab\0cd", 5),
                                "binary data (NUL byte at offset 2), expected UTF-8 text"},
                      ErrorCase{"BomThenNul", std::string("\xEF\xBB\xBF\0", 4),
                                "binary data (NUL byte at offset 3), expected UTF-8 text"},
                      ErrorCase{"RandomHighBytes",
                                std::string("\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89", 10),
                                "invalid UTF-8 at byte 0"}),
    [](const auto& info) { return info.param.name; });

TEST(DecodeErrorTest, Windows1252EnglishIsNotMistakenForArabic) {
  const std::string text =
      "The caf\xe9 owners said the na\xefve plan would fail, and the r\xe9sum\xe9s were lost.";
  EXPECT_EQ(DecodeError(text), "a.txt: invalid UTF-8 at byte 7");
}

TEST(DecodeByteOrderMarkTest, OnlyWithAMark) {
  EXPECT_EQ(DecodeByteOrderMark("abc"), std::nullopt);
  EXPECT_EQ(DecodeByteOrderMark("\xEF\xBB\xBF"
                                "abc"),
            "abc");
  EXPECT_EQ(DecodeByteOrderMark(std::string("\xFF\xFE\x61\x00", 4)), "a");
  EXPECT_EQ(DecodeByteOrderMark(std::string("\xFE\xFF\x00\x61", 4)), "a");
  // After a UTF-8 mark the bytes are not checked here (DecodeArticle does: BomThenInvalid).
  EXPECT_EQ(DecodeByteOrderMark("\xEF\xBB\xBF"
                                "ab\xff"),
            "ab\xff");
}

TEST(LegacyCharsetTest, Labels) {
  EXPECT_EQ(LegacyCharset("windows-1256"), "windows-1256");
  EXPECT_EQ(LegacyCharset(" \"WINDOWS-1256\" "), "windows-1256");
  EXPECT_EQ(LegacyCharset("iso-8859-6"), "iso-8859-6");
  EXPECT_EQ(LegacyCharset("ISO-8859-1"), "windows-1252");
  EXPECT_EQ(LegacyCharset("us-ascii"), "windows-1252");
  EXPECT_EQ(LegacyCharset("utf-8"), std::nullopt);
  EXPECT_EQ(LegacyCharset("UTF8"), std::nullopt);
  EXPECT_EQ(LegacyCharset("utf-16le"), std::nullopt);
  EXPECT_EQ(LegacyCharset(""), std::nullopt);
  EXPECT_EQ(LegacyCharset("klingon-1"), std::nullopt);
}

TEST(CharsetFromContentTypeTest, Parameter) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=windows-1256"), "windows-1256");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"UTF-8\""), "UTF-8");
  EXPECT_EQ(CharsetFromContentType("text/html; Charset = iso-8859-6 ; q=1"), "iso-8859-6");
  EXPECT_EQ(CharsetFromContentType("text/html; charset='windows-1256'"), "windows-1256");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromContentType(""), "");
}

TEST(ConvertToUtf8Test, UnknownCharset) {
  EXPECT_EQ(ConvertToUtf8("abc", "no-such-charset"), std::nullopt);
  EXPECT_EQ(ConvertToUtf8("\xe3", "windows-1256"), "م");
}

}  // namespace
}  // namespace rawi
