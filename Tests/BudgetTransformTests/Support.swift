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
