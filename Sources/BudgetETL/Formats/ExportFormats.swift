import BudgetModel
import Foundation

/// The registry of output formats: one list, in the order they are written.
public enum ExportFormats {
  /// Every format, in the order a document's export runs them.
  public static let registry: [any ExportFormat] = [
    ValidationReportFormat(),
    CSVFormat(), JSONLDFormat(), XMLFormat(), HTMLFormat(),
    CatalogFormat(), ManifestFormat(),
  ]

  /// The formats `--formats` chooses from, in registry order.
  public static let all = registry.filter { $0.stage == .chosen }
  /// The formats that always run before the chosen ones.
  public static let first = registry.filter { $0.stage == .first }
  /// The formats that always run after the chosen ones.
  public static let last = registry.filter { $0.stage == .last }

  public static var names: [String] { all.map(\.name) }

  /// The name `--formats` gives the archive of issue #22 (`budget.sqlite`, `all/`,
  /// `metadata.json`): a product of the export folder, not of one document, rebuilt by a run
  /// whose formats name it (the default, every format, does) and by `budget-etl catalog`.
  public static let archiveName = "archive"

  /// Every name `--formats` accepts: the documents' formats, then the archive.
  public static var choices: [String] { names + [archiveName] }

  /// Whether a `--formats` list names the archive.
  public static func namesArchive(_ list: String) -> Bool {
    list.split(separator: ",").contains {
      $0.trimmingCharacters(in: .whitespaces).lowercased() == archiveName
    }
  }

  /// The formats `budget-etl validate` checks an export folder with.
  public static var validating: [any ExportFormat] { registry.filter { $0.folderCheck != nil } }

  /// The document formats named in a comma-separated list (`csv,html`), in registry order
  /// (`archive`, which is not a document's format, is accepted and left out: ``namesArchive(_:)``).
  ///
  /// - Throws: ``BudgetETLError/unknownFormat(name:known:)`` for a name not in the registry.
  public static func named(_ list: String) throws -> [any ExportFormat] {
    let wanted = list.split(separator: ",").map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    for name in wanted where !choices.contains(name) {
      throw BudgetETLError.unknownFormat(name: name, known: choices)
    }
    return all.filter { wanted.contains($0.name) }
  }
}
