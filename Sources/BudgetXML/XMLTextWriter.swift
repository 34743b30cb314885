import CLibXML2

/// A thin, throwing wrapper over libxml2's `xmlTextWriter` writing UTF-8 into memory, indented
/// by two spaces. libxml2 does all escaping; no markup is ever built by concatenating strings.
///
/// Every string is checked against XML 1.0's `Char` production first: a control character
/// would otherwise be written as is and make the output not well-formed.
final class XMLTextWriter {
  private let buffer: xmlBufferPtr
  private let writer: xmlTextWriterPtr
  /// Element names currently open, innermost last, for error messages.
  private var openElements: [String] = []

  init() throws {
    LibXML2.prepareThread()
    guard let buffer = xmlBufferCreate() else {
      throw BudgetXMLError.writerFailed("xmlBufferCreate returned no buffer")
    }
    guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
      xmlBufferFree(buffer)
      throw BudgetXMLError.writerFailed("xmlNewTextWriterMemory returned no writer")
    }
    self.buffer = buffer
    self.writer = writer
    try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
    try Self.withXMLChars("  ") { indent in
      try check(xmlTextWriterSetIndentString(writer, indent), "xmlTextWriterSetIndentString")
    }
  }

  deinit {
    xmlFreeTextWriter(writer)
    xmlBufferFree(buffer)
  }

  /// Writes the XML declaration: version 1.0, encoding UTF-8.
  func startDocument() throws {
    try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
  }

  /// Closes every open element and ends the document.
  func endDocument() throws {
    try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
    openElements.removeAll()
  }

  /// Opens an element. A default namespace is declared by writing an `xmlns` attribute
  /// first, which keeps the declaration ahead of the other attributes.
  func startElement(_ name: String) throws {
    try Self.withXMLChars(name) { name in
      try check(xmlTextWriterStartElement(writer, name), "xmlTextWriterStartElement")
    }
    openElements.append(name)
  }

  /// Closes the innermost open element (as `<name/>` when it has no content).
  func endElement() throws {
    try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    openElements.removeLast()
  }

  /// Writes an attribute of the element just opened; libxml2 escapes the value.
  func attribute(_ name: String, _ value: String) throws {
    try checkCharacters(value, in: "@\(name)")
    try Self.withXMLChars(name) { name in
      try Self.withXMLChars(value) { value in
        try check(xmlTextWriterWriteAttribute(writer, name, value), "xmlTextWriterWriteAttribute")
      }
    }
  }

  /// Writes an attribute when `value` is not nil.
  func attribute(_ name: String, ifPresent value: String?) throws {
    if let value { try attribute(name, value) }
  }

  /// Writes character data; libxml2 escapes it.
  func text(_ value: String) throws {
    try checkCharacters(value, in: "text")
    try Self.withXMLChars(value) { value in
      try check(xmlTextWriterWriteString(writer, value), "xmlTextWriterWriteString")
    }
  }

  /// Writes `<name attributes…>text</name>`.
  func element(_ name: String, attributes: KeyValuePairs<String, String> = [:], text: String)
    throws
  {
    try startElement(name)
    for (key, value) in attributes { try attribute(key, value) }
    try self.text(text)
    try endElement()
  }

  /// The bytes written so far, after flushing the writer.
  func bytes() throws -> [UInt8] {
    try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
    let count = Int(xmlBufferLength(buffer))
    guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
    return Array(UnsafeBufferPointer(start: content, count: count))
  }

  // MARK: - Helpers

  private func check(_ result: Int32, _ step: String) throws {
    if result < 0 {
      let path = openElements.joined(separator: "/")
      throw BudgetXMLError.writerFailed("\(step) failed at /\(path)")
    }
  }

  /// Throws when `value` holds a character outside XML 1.0's `Char` production.
  private func checkCharacters(_ value: String, in place: String) throws {
    for scalar in value.unicodeScalars where !Self.isXMLCharacter(scalar) {
      let code = String(scalar.value, radix: 16, uppercase: true)
      let path = openElements.joined(separator: "/")
      throw BudgetXMLError.writerFailed(
        "U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) cannot be written"
          + " in XML 1.0 (/\(path) \(place))")
    }
  }

  /// XML 1.0 `Char`: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and
  /// U+10000–U+10FFFF (Swift scalars never are surrogates).
  static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xFFFD: true
    case 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// Passes `string` to `body` as a NUL-terminated `xmlChar` (UTF-8) pointer.
  private static func withXMLChars<R>(
    _ string: String, _ body: (UnsafePointer<xmlChar>) throws -> R
  ) throws -> R {
    try string.withCString { chars in
      try chars.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
    }
  }
}
