import BudgetModel
import BudgetTestSupport
import Foundation
import Testing

@testable import BudgetXML

/// The exporter writes its bytes directly (`XMLByteWriter`); libxml2's own tree and serializer
/// (`XMLTreeBuilder`, `xmlSaveDoc`) is the reference it must match byte for byte.
@Suite("XML byte writer")
struct XMLByteWriterTests {
  let exporter = XMLExporter()

  /// The document as libxml2's serializer writes it.
  /// Built under `LibXML2.schemaLock`: libxml2 2.9.14 crashed (signal 11 in `xmlStrdup`)
  /// when these trees were built while other tests validated in parallel.
  func reference(_ document: BudgetDocument) throws -> [UInt8] {
    try LibXML2.schemaLock.withLock {
      let tree = try XMLTreeBuilder()
      try exporter.write(document, to: tree)
      return try tree.bytes()
    }
  }

  /// The document as the byte writer writes it.
  func direct(_ document: BudgetDocument) throws -> [UInt8] {
    let writer = XMLByteWriter()
    try exporter.write(document, to: writer)
    return writer.bytes
  }

  @Test func theSampleMatchesLibxml2() throws {
    #expect(try direct(SampleFixtures.document) == (try reference(SampleFixtures.document)))
    #expect(try direct(SampleFixtures.chapterOne) == (try reference(SampleFixtures.chapterOne)))
  }

  /// Every character libxml2 escapes (differently in text and in attributes), astral
  /// characters, an empty text, in text and in attribute values of several elements.
  @Test(arguments: [
    "A<B & \"C\" > 'D' 𠮷野家 ]]> &amp; \"\"\ttab\nnewline\r\ncrlf end\"",
    "", " ", "\t", "\r", "&#13;", "<![CDATA[x]]>", "末尾 ",
  ])
  func escapingMatchesLibxml2(value: String) throws {
    var document = SampleFixtures.document
    try #require(
      document.items.count > 1 && !document.expenses.isEmpty && !document.findings.isEmpty)
    document.info.title = value
    document.info.fiscalYearLabel = value
    document.info.organization.nameEn = value
    document.items[1].title = value
    document.expenses[0].name = value
    document.findings[0].message = value
    document.info.publicationLabel = value
    let bytes = try direct(document)
    #expect(bytes == (try reference(document)))
    #expect(String(decoding: bytes, as: UTF8.self).contains("<title xml:lang=\"ja\">"))
  }

  @Test func refusesNonXMLCharactersLikeTheTree() throws {
    var document = SampleFixtures.chapterOne
    document.items[1].title = "bell \u{7} here"
    #expect(throws: BudgetXMLError.self) { try direct(document) }
    #expect(throws: BudgetXMLError.self) { try reference(document) }
  }

  @Test func refusesMixedContentAndStrayCalls() throws {
    let writer = XMLByteWriter()
    try writer.startElement("a")
    try writer.text("t")
    #expect(throws: BudgetXMLError.self) { try writer.startElement("b") }
    let other = XMLByteWriter()
    #expect(throws: BudgetXMLError.self) { try other.endElement() }
    #expect(throws: BudgetXMLError.self) { try other.text("t") }
    try other.startElement("a")
    try other.text("t")
    #expect(throws: BudgetXMLError.self) { try other.attribute("x", "y") }
  }
}
