// Writes an XML document into a string with libxml2's xmlTextWriter, so every text and attribute
// is escaped (& < > and, in attributes, "), and drops the control characters XML 1.0 forbids
// (text/utf8.h XmlSafe): libxml2 writes them as they are, and one of them makes a client reject
// the whole document (a feed, an ebook).
#pragma once

#include <initializer_list>
#include <memory>
#include <string>
#include <utility>

struct _xmlBuffer;
struct _xmlTextWriter;

namespace rawi {

class XmlWriter {
 public:
  // Starts the document (`<?xml version="1.0" encoding="UTF-8"?>`), indented by two spaces.
  // `what` names the document in errors: "libxml2: cannot write WHAT" (an EngineError).
  explicit XmlWriter(std::string what);
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  // `<!DOCTYPE name>`, without public or system identifier (HTML's).
  void Doctype(const char* name);
  void Start(const char* name);
  void End();
  void Attribute(const char* name, const std::string& value);
  void Text(const std::string& text);
  // <name>text</name>
  void Element(const char* name, const std::string& text);
  // <name a="v" …>text</name>
  void Element(const char* name,
               std::initializer_list<std::pair<const char*, std::string>> attributes,
               const std::string& text);
  // An element with these attributes and no content.
  void Empty(const char* name,
             std::initializer_list<std::pair<const char*, std::string>> attributes);
  // Closes every open element and returns the document, ending with a newline.
  std::string Finish();

 private:
  void Check(int status) const;

  std::string what_;
  struct FreeBuffer {
    void operator()(_xmlBuffer* buffer) const;
  };
  struct FreeWriter {
    void operator()(_xmlTextWriter* writer) const;
  };
  std::unique_ptr<_xmlBuffer, FreeBuffer> buffer_;
  std::unique_ptr<_xmlTextWriter, FreeWriter> writer_;
};

}  // namespace rawi
