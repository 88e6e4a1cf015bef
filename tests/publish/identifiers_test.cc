#include "publish/identifiers.h"

#include <gtest/gtest.h>

namespace rawi {
namespace {

TEST(UuidV5Test, PodcastGuidOfTheSpecExample) {
  // The Podcasting 2.0 namespace document's own example.
  EXPECT_EQ(PodcastGuid("https://mp3s.nashownotes.com/pc20rss.xml"),
            "917393e3-1b1e-5cef-ace4-edaa54e1f810");
  EXPECT_EQ(PodcastGuid("http://mp3s.nashownotes.com/pc20rss.xml/"),
            "917393e3-1b1e-5cef-ace4-edaa54e1f810");
}

TEST(UuidV5Test, AgreesWithPythonsUuid5) {
  // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, 'example.com'))"
  EXPECT_EQ(UuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "example.com"),
            "cfbff0d1-9375-5685-968c-48ce8b15ae17");
}

TEST(Sha256HexTest, KnownVectors) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

class SlugTest : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(SlugTest, AsciiOnly) { EXPECT_EQ(Slug(GetParam().first), GetParam().second); }

INSTANTIATE_TEST_SUITE_P(
    Cases, SlugTest,
    ::testing::Values(std::make_pair("libya-truce-meeting", "libya-truce-meeting"),
                      std::make_pair("Misrata Port Reopens!", "misrata-port-reopens"),
                      std::make_pair("ليبيا", "lybya"), std::make_pair("  --  ", "article"),
                      std::make_pair("Café 2024", "cafe-2024")));

}  // namespace
}  // namespace rawi
