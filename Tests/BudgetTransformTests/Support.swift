import BudgetExtract
import BudgetModel
import BudgetTestSupport
import BudgetTransform
import Foundation

/// The sample through the real stages (`SampleFixtures`), under the names these tests use.
enum Support {
  static let root = SampleFixtures.root
  static let mappings: MappingTables = SampleFixtures.mappings
  static let sampleBytes = Array(SampleFixtures.lines.joined(separator: "\n").utf8)
  static let sample: BudgetDocument = SampleFixtures.document

  static func item(_ code: String) -> BudgetItem? { sample.items.first { $0.code == code } }
}

/// A text through extract and transform with the identity a test states: what the suites of
/// real excerpts (`BlindSetRulesTests`, `NationalShapesTests`, `RevisedMeasureTests`, …) read.
func transform(_ text: String, _ overrides: IdentityOverrides = IdentityOverrides()) throws
  -> BudgetDocument
{
  let extracted = Extractor().extract(text: text, sourceName: "t.txt")
  return try Transformer(mappings: Support.mappings, overrides: overrides).transform(extracted)
}

/// Every amount a document's summary exports: its measure, fiscal year and exact yen.
func amounts(_ document: BudgetDocument) -> [(Measure, Int, Int64)] {
  document.summary.flatMap(\.figures).compactMap { f in
    f.amountJPY.map { (f.measure, f.fiscalYear, $0) }
  }
}
