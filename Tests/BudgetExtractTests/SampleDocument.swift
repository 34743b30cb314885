import BudgetExtract
import BudgetModel
import Foundation

/// The bundled sample, read once for the tests.
enum SampleDocument {
  static let url = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Inputs/soumu-r6-yosan-an-gaiyo.txt")
  static let bytes: [UInt8] = Array((try? Data(contentsOf: url)) ?? Data())
  static let extracted: ExtractedDocument =
    (try? Extractor().extract(bytes: bytes, sourceName: "sample.txt"))
    ?? ExtractedDocument(sourceName: "", sourceSHA256: "", encoding: "", lineCount: 0)

  static func detail(_ title: String) -> OutlineRecord? {
    extracted.details.first { $0.title == title }
  }
  static func expense(line: Int) -> ExpenseRecord? {
    extracted.expenses.first { $0.span.line == line }
  }
}

extension PrintedFigure {
  /// `199270.1億円`-style text of the amount, for assertions.
  var text: String {
    guard let amount else { return isNewMarker ? "新規" : "—" }
    return (amount.isNegative ? "▲" : "")
      + amount.parts.map { "\($0.number)\($0.unit ?? "")" }.joined()
  }
}
