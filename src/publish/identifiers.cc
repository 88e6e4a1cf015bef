#include "publish/identifiers.h"

#include <openssl/evp.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

#include "util/error.h"

namespace rawi {
namespace {

std::string Hex(const unsigned char* data, size_t size) {
  static const char* kDigits = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < size; ++i) {
    out += kDigits[data[i] >> 4];
    out += kDigits[data[i] & 15];
  }
  return out;
}

struct FreeContext {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

std::string Digest(const EVP_MD* md, std::string_view a, std::string_view b = {}) {
  std::unique_ptr<EVP_MD_CTX, FreeContext> context(EVP_MD_CTX_new());
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (!context || EVP_DigestInit_ex(context.get(), md, nullptr) != 1 ||
      EVP_DigestUpdate(context.get(), a.data(), a.size()) != 1 ||
      EVP_DigestUpdate(context.get(), b.data(), b.size()) != 1 ||
      EVP_DigestFinal_ex(context.get(), out, &size) != 1) {
    throw EngineError("OpenSSL digest failed");
  }
  return std::string(reinterpret_cast<char*>(out), size);
}

}  // namespace

std::string UuidV5(std::string_view namespace_uuid, std::string_view name) {
  std::string ns;
  for (size_t i = 0; i + 1 < namespace_uuid.size(); ++i) {
    if (namespace_uuid[i] == '-') continue;
    ns += static_cast<char>(std::stoi(std::string(namespace_uuid.substr(i, 2)), nullptr, 16));
    ++i;
  }
  std::string hash = Digest(EVP_sha1(), ns, name);
  hash[6] = static_cast<char>((hash[6] & 0x0F) | 0x50);  // version 5
  hash[8] = static_cast<char>((hash[8] & 0x3F) | 0x80);  // RFC 4122 variant
  const std::string hex = Hex(reinterpret_cast<const unsigned char*>(hash.data()), 16);
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

std::string PodcastGuid(std::string_view feed_url) {
  if (size_t scheme = feed_url.find("://"); scheme != std::string_view::npos) {
    feed_url.remove_prefix(scheme + 3);
  }
  while (!feed_url.empty() && feed_url.back() == '/') feed_url.remove_suffix(1);
  return UuidV5(kPodcastGuidNamespace, feed_url);
}

std::string Sha256Hex(std::string_view data) {
  const std::string digest = Digest(EVP_sha256(), data);
  return Hex(reinterpret_cast<const unsigned char*>(digest.data()), digest.size());
}

std::string Slug(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  static std::unique_ptr<icu::Transliterator> to_ascii(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  icu::UnicodeString unicode =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  if (to_ascii) to_ascii->transliterate(unicode);
  std::string latin;
  unicode.toUTF8String(latin);
  std::string slug;
  for (char c : latin) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      slug += c;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
    if (slug.size() >= 60) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "article" : slug;
}

}  // namespace rawi
