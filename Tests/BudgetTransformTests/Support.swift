import BudgetExtract
import BudgetModel
import BudgetTransform
import Foundation

enum Support {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let mappings: MappingTables = try! MappingTables(directory: root.appendingPathComponent("Mappings"))
  static let sampleBytes = Array((try? Data(contentsOf: root.appendingPathComponent("Inputs/soumu-r6-yosan-an-gaiyo.txt"))) ?? Data())
  static let sample: BudgetDocument = try! Transformer(mappings: mappings).transform(
    Extractor().extract(bytes: sampleBytes, sourceName: "Inputs/soumu-r6-yosan-an-gaiyo.txt", sourceSHA256: "abc"))

  static func item(_ code: String) -> BudgetItem? { sample.items.first { $0.code == code } }
}
