import BudgetModel
import BudgetTestSupport
import Foundation
import Testing

@testable import BudgetLoad

/// Every table's records, written by its row type (``CSVRecordWritable``), are the bytes its
/// fields' readers give cell by cell (``CSVWriter/referenceBytes(_:of:)``): the sample, chapter
/// I with text that must be quoted, folded or neutralized and cells left empty, and every real
/// fixture that exports without options.
@Suite struct CSVRecordWritableTests {
  func expectSameBytes(_ document: BudgetDocument, _ name: String) {
    for table in TableSchema.all {
      let fast = CSVWriter.bytes(table, of: document)
      let reference = CSVWriter.referenceBytes(table, of: document)
      #expect(fast == reference, "\(name): \(table.path)")
    }
  }

  @Test func sampleTablesAsTheFieldsWriteThem() {
    expectSameBytes(SampleFixtures.document, "sample")
    expectSameBytes(Fixtures.document, "chapter I")
  }

  /// Quotes and commas, line breaks, formula-like text, a document without FILP entries,
  /// an item without a parent, an expense of every marker, a finding without lines.
  @Test func editedTextAsTheFieldsWriteIt() {
    var document = Fixtures.document
    document.items[1].title = Fixtures.quotedTitle
    document.items[2].title = "二行の\r\n見出し\nです"
    document.items[3].title = "=HYPERLINK(\"http://x\")"
    document.items[0].parentId = nil
    for (k, name) in Fixtures.formulaNames.enumerated() where k < document.expenses.count {
      document.expenses[k].name = name
    }
    if !document.summary.isEmpty { document.summary[0].label = "歳出,\"合計\"\u{2028}" }
    if !document.findings.isEmpty {
      document.findings[0].lines = []
      document.findings[0].message = "-1, \"x\""
    }
    expectSameBytes(document, "edited")
    document.filp = []
    document.findings = []
    expectSameBytes(document, "no FILP, no findings")
  }

  @Test func realFixturesAsTheFieldsWriteThem() throws {
    let folder = SampleFixtures.root.appendingPathComponent("Tests/Fixtures/RealWorld")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    var compared = 0
    for name in names {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
      guard let document = try? SampleFixtures.transform(lines) else { continue }
      expectSameBytes(document, name)
      compared += 1
    }
    #expect(compared >= 20, "only \(compared) real fixtures export without options")
  }
}
