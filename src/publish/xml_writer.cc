#include "publish/xml_writer.h"

#include <libxml/xmlwriter.h>

#include "text/utf8.h"
#include "util/error.h"

namespace rawi {
namespace {

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
const xmlChar* X(const std::string& s) { return X(s.c_str()); }

}  // namespace

void XmlWriter::FreeBuffer::operator()(_xmlBuffer* buffer) const { xmlBufferFree(buffer); }
void XmlWriter::FreeWriter::operator()(_xmlTextWriter* writer) const { xmlFreeTextWriter(writer); }

XmlWriter::XmlWriter(std::string what)
    : what_(std::move(what)),
      buffer_(xmlBufferCreate()),
      writer_(buffer_ ? xmlNewTextWriterMemory(buffer_.get(), 0) : nullptr) {
  if (!writer_) throw EngineError("libxml2: cannot create an XML writer");
  xmlTextWriterSetIndent(writer_.get(), 1);
  xmlTextWriterSetIndentString(writer_.get(), X("  "));
  Check(xmlTextWriterStartDocument(writer_.get(), "1.0", "UTF-8", nullptr));
}

XmlWriter::~XmlWriter() = default;

void XmlWriter::Doctype(const char* name) {
  Check(xmlTextWriterWriteDTD(writer_.get(), X(name), nullptr, nullptr, nullptr));
}

void XmlWriter::Start(const char* name) {
  Check(xmlTextWriterStartElement(writer_.get(), X(name)));
}

void XmlWriter::End() { Check(xmlTextWriterEndElement(writer_.get())); }

void XmlWriter::Attribute(const char* name, const std::string& value) {
  Check(xmlTextWriterWriteAttribute(writer_.get(), X(name), X(XmlSafe(value))));
}

void XmlWriter::Text(const std::string& text) {
  Check(xmlTextWriterWriteString(writer_.get(), X(XmlSafe(text))));
}

void XmlWriter::Element(const char* name, const std::string& text) {
  Check(xmlTextWriterWriteElement(writer_.get(), X(name), X(XmlSafe(text))));
}

void XmlWriter::Element(const char* name,
                        std::initializer_list<std::pair<const char*, std::string>> attributes,
                        const std::string& text) {
  Start(name);
  for (const auto& [key, value] : attributes) Attribute(key, value);
  Text(text);
  End();
}

void XmlWriter::Empty(const char* name,
                      std::initializer_list<std::pair<const char*, std::string>> attributes) {
  Start(name);
  for (const auto& [key, value] : attributes) Attribute(key, value);
  End();
}

std::string XmlWriter::Finish() {
  Check(xmlTextWriterEndDocument(writer_.get()));
  writer_.reset();
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                     static_cast<size_t>(xmlBufferLength(buffer_.get())));
}

void XmlWriter::Check(int status) const {
  if (status < 0) throw EngineError("libxml2: cannot write " + what_);
}

}  // namespace rawi
