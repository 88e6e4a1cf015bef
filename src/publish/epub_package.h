// The read-along ebook's package: the OCF container document that points at it, and the
// package document (EPUB/package.opf) with its metadata (Dublin Core, Media Overlay durations,
// EPUB Accessibility 1.1), manifest and spine. Also the names of the files inside the zip, which
// the other parts link to.
#pragma once

#include <cstdint>
#include <string>

#include "publish/read_along.h"

namespace rawi {

// The names inside the zip (the package document's folder is EPUB/).
inline constexpr const char* kEpubContent = "article.xhtml";
inline constexpr const char* kEpubOverlay = "article.smil";
inline constexpr const char* kEpubAudio = "article.mp3";
inline constexpr const char* kEpubNav = "nav.xhtml";
inline constexpr const char* kEpubStyle = "style.css";

// dc:identifier: "urn:uuid:" and the UUIDv5 of the SHA-256 of the book's language and text
// (title, byline, headings, sentences): the same article gives the same identifier.
std::string EpubIdentifier(const ReadAlong& book);

// META-INF/container.xml: the package document is EPUB/package.opf.
std::string EpubContainerXml();

// EPUB/package.opf. `modified` (Unix time) is its dcterms:modified.
std::string EpubPackage(const ReadAlong& book, int64_t modified);

}  // namespace rawi
