import BudgetExtract
import BudgetModel
import Foundation
import Testing

/// The sample as people actually have it — converted from PDF by `pdftotext` in both modes,
/// and with the quirks of other converters — reads to the same figures as the sample itself.
@Suite struct LayoutFixtureTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/Layouts")

  static let sampleInventory = FigureInventory(SampleDocument.extracted)

  static func extract(_ name: String) throws -> ExtractedDocument {
    let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    return try Extractor().extract(bytes: bytes, sourceName: name)
  }

  @Test(arguments: [
    "sample-plain.layout.txt", "sample-plain.pdftotext.txt", "sample-boxed.layout.txt", "sample-boxed.pdftotext.txt",
  ])
  func figureCoverage(_ name: String) throws {
    let doc = try Self.extract(name)
    let missing = Self.sampleInventory.missing(from: FigureInventory(doc))
    let total = Self.sampleInventory.keys.count
    let coverage = Double(total - missing.count) / Double(total)
    print("COVERAGE \(name): \(total - missing.count)/\(total) = \(coverage)")
    for m in missing.prefix(400) { print("MISSING \(name): \(m)") }
    #expect(coverage >= 0.99)
  }
}
