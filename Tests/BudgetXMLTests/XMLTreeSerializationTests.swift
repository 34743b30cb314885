import BudgetModel
import Foundation
import Testing

@testable import BudgetXML

/// The exporter builds a libxml2 tree, validates it in memory and serializes it once; its bytes
/// must equal what libxml2's `xmlTextWriter` (the former writer) writes for the same document.
@Suite("XML tree serialization")
struct XMLTreeSerializationTests {
  let exporter = XMLExporter()

  func assertSameBytes(_ document: BudgetDocument) throws {
    let tree = try exporter.xmlBytes(for: document)
    let writer = try exporter.textWriterBytes(for: document)
    #expect(tree == writer, "\(String(decoding: tree, as: UTF8.self))\n---\n\(String(decoding: writer, as: UTF8.self))")
  }

  @Test func fixtureEqualsTheTextWriter() throws {
    try assertSameBytes(Fixture.document)
  }

  @Test func markupWhitespaceAndEmptyTextEqualTheTextWriter() throws {
    let nasty = "A<B & \"C\" > 'D' 𠮷野家 ]]> &amp; \"\"\ttab\nnewline\r\ncr end\""
    var document = Fixture.document
    document.info.title = nasty
    document.info.statedUnit = ""
    document.items[1].title = nasty
    document.items[1].code = nasty
    document.items[2].title = ""
    document.expenses[0].name = "\"quoted\""
    document.findings[0].message = nasty
    try assertSameBytes(document)
  }

  @Test func emptyDocumentEqualsTheTextWriter() throws {
    try assertSameBytes(
      BudgetDocument(info: Fixture.info, items: [], expenses: [], summary: [], filp: [], findings: []))
  }

  @Test func quotedTextIsValidatedUnescapedAndWrittenEscaped() throws {
    var document = Fixture.document
    document.items[1].title = "say \"hi\" & <bye>"
    let bytes = try #require(try exporter.files(for: document).first).bytes
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("say &quot;hi&quot; &amp; &lt;bye&gt;"))
    #expect(try XMLSchemaValidator().validate(bytes) == [])
  }

  @Test func invalidTreeIsReportedWithLinesOfTheWrittenBytes() throws {
    var document = Fixture.document
    document.items[4].parentId = "c9-9"
    let bytes = try exporter.xmlBytes(for: document)
    let expected = try XMLSchemaValidator().validate(bytes)
    #expect(!expected.isEmpty && expected.allSatisfy { $0.line > 1 })
    #expect {
      try exporter.files(for: document)
    } throws: { error in
      guard case BudgetXMLError.invalidDocument(let issues) = error else { return false }
      return issues == expected
    }
  }
}
