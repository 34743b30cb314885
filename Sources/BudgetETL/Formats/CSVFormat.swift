import BudgetLoad
import BudgetModel
import Foundation

/// The CSVs with their Data Package and CSVW metadata; checks each table's header and row
/// shape against its Table Schema.
struct CSVFormat: ExportFormat {
  let name = "csv"

  var described: [String: FileDescription] {
    var described = [
      CSVExporter.dataPackageFileName: FileDescription(
        "Frictionless Data Package (JSON)", audience: "データポータル"),
      CSVExporter.csvwFileName: FileDescription(
        "CSVW メタデータ (JSON-LD)", audience: "データポータル・リンクトデータ"),
    ]
    for table in TableSchema.all { described[table.path] = FileDescription("CSV", audience: "表計算") }
    return described
  }

  func files(in context: ExportContext) throws -> [ExportFile] {
    try CSVExporter(encoding: context.options.csvEncoding, baseIRI: context.options.baseIRI)
      .files(for: context.document)
  }

  var folderCheck: FolderCheck? {
    { folder in
      var problems: [String] = []
      for table in TableSchema.all {
        Self.check((folder as NSString).appendingPathComponent(table.path), table, &problems)
      }
      return problems
    }
  }

  /// The header is the Table Schema's columns and every row has as many cells.
  static func check(_ path: String, _ table: TableSchema, _ problems: inout [String]) {
    guard let data = FileManager.default.contents(atPath: path) else { return }
    var bytes = Array(data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let text = String(decoding: bytes, as: UTF8.self)
    let header = table.columnNames.joined(separator: ",")
    var lineNumber = 0
    for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) where !line.isEmpty
    {
      lineNumber += 1
      if lineNumber == 1 {
        if line != header {
          problems.append("\(path):1: header does not match the table schema of \(table.name)")
        }
        continue
      }
      var cells = 1
      var quoted = false
      for ch in line.unicodeScalars {
        if ch == "\"" { quoted.toggle() } else if ch == ",", !quoted { cells += 1 }
      }
      if cells != table.columns.count {
        problems.append(
          "\(path):\(lineNumber): \(cells) cells, the table schema has \(table.columns.count)")
      }
    }
  }
}
