import BudgetModel
import BudgetTestSupport
import Foundation
import Testing

@testable import BudgetXML

/// The exporter writes the bytes, validates them in one SAX pass, and reports an invalid
/// document with the lines of the written bytes.
@Suite("XML tree serialization")
struct XMLTreeSerializationTests {
  let exporter = XMLExporter()

  @Test func markupWhitespaceAndEmptyTextRoundTrip() throws {
    let nasty = "A<B & \"C\" > 'D' 𠮷野家 ]]> &amp; \"\"\ttab\nnewline end\""
    var document = SampleFixtures.chapterOne
    document.items[1].title = nasty
    document.items[2].title = ""
    let bytes = try #require(try exporter.files(for: document).first).bytes
    #expect(try XMLSchemaValidator().validate(bytes) == [])
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(
      text.contains("A&lt;B &amp; \"C\" &gt; 'D' 𠮷野家 ]]&gt; &amp;amp; \"\"\ttab\nnewline end\""))
  }

  @Test func quotedTextIsWrittenAsIs() throws {
    var document = SampleFixtures.chapterOne
    document.items[1].title = "say \"hi\" & <bye>"
    let bytes = try #require(try exporter.files(for: document).first).bytes
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("say \"hi\" &amp; &lt;bye&gt;"))
    #expect(try XMLSchemaValidator().validate(bytes) == [])
  }

  @Test func invalidTreeIsReportedWithLinesOfTheWrittenBytes() throws {
    var document = SampleFixtures.chapterOne
    document.items[7].parentId = "c9-9"
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
