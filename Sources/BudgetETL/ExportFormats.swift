import BudgetLoad
import BudgetModel
import BudgetXML
import Foundation

/// The registry of output formats: one list, in the order they are written.
public enum ExportFormats {
  public static let all: [any ExportFormat] = [
    CSVFormat(), JSONLDFormat(), XMLFormat(), HTMLFormat(),
  ]

  public static var names: [String] { all.map(\.name) }

  /// The formats named in a comma-separated list (`csv,html`), in registry order.
  ///
  /// - Throws: ``BudgetETLError/unknownFormat(name:known:)`` for a name not in the registry.
  public static func named(_ list: String) throws -> [any ExportFormat] {
    let wanted = list.split(separator: ",").map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    for name in wanted where !names.contains(name) {
      throw BudgetETLError.unknownFormat(name: name, known: names)
    }
    return all.filter { wanted.contains($0.name) }
  }
}

/// The CSVs with their Data Package and CSVW metadata.
struct CSVFormat: ExportFormat {
  let name = "csv"
  func files(
    for document: BudgetDocument, pipeline: Pipeline, sourceLines: [String]?, written: [ExportFile]
  )
    throws -> [ExportFile]
  { try pipeline.csvFiles(document) }
}

/// `budget.jsonld` and its context.
struct JSONLDFormat: ExportFormat {
  let name = "jsonld"
  func files(
    for document: BudgetDocument, pipeline: Pipeline, sourceLines: [String]?, written: [ExportFile]
  )
    throws -> [ExportFile]
  { try pipeline.jsonLDFiles(document) }
}

/// `budget.xml`, validated, and a copy of the schema it conforms to.
struct XMLFormat: ExportFormat {
  let name = "xml"
  func files(
    for document: BudgetDocument, pipeline: Pipeline, sourceLines: [String]?, written: [ExportFile]
  )
    throws -> [ExportFile]
  { try pipeline.xmlFiles(document) + Pipeline.schemaCopy() }
}

/// `index.html` and `source.html`, for people.
struct HTMLFormat: ExportFormat {
  let name = "html"
  let needsSourceLines = true
  func files(
    for document: BudgetDocument, pipeline: Pipeline, sourceLines: [String]?, written: [ExportFile]
  )
    throws -> [ExportFile]
  { HTMLExporter.files(for: document, sourceLines: sourceLines, downloads: written) }
}
