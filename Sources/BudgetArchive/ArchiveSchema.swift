/// One column of a record table, described as the per-document `datapackage.json` describes it.
struct ArchiveField: Sendable {
  var name: String
  /// The Table Schema type: string, integer, year, number, boolean, …
  var type: String
  var title: String
  var description: String
  var unit: String?
  var required: Bool

  /// The SQLite column type (affinity) for the Table Schema type.
  var sqlType: String {
    switch type {
    case "integer", "year", "boolean": "INTEGER"
    case "number": "REAL"
    default: "TEXT"
    }
  }

  /// The CSVW datatype for the Table Schema type.
  var csvwDatatype: String {
    switch type {
    case "integer": "integer"
    case "year": "gYear"
    case "number": "decimal"
    case "boolean": "boolean"
    default: "string"
    }
  }
}

/// A foreign key of a per-document table (`datapackage.json`), kept within one document.
struct ArchiveForeignKey: Sendable {
  var fields: [String]
  var table: String
  var referencedFields: [String]
}

/// One record kind across all documents: the union of the columns its CSV files have (in the
/// order first seen, documents by id), keyed by document id and the record's own id.
struct ArchiveTable: Sendable {
  /// The CSV file name without `.csv`, e.g. `items`.
  var name: String
  var title = ""
  var description = ""
  var fields: [ArchiveField] = []
  /// The per-document primary key (`id`); empty for tables without one (findings), which are
  /// keyed by their row number in the CSV file instead.
  var primaryKey: [String] = []
  var foreignKeys: [ArchiveForeignKey] = []

  static let documentColumn = "document_id"
  static let rowColumn = "row_number"

  var fileName: String { name + ".csv" }

  /// The key columns in the archive: document id first.
  var archiveKey: [String] {
    [Self.documentColumn] + (primaryKey.isEmpty ? [Self.rowColumn] : primaryKey)
  }

  func field(_ name: String) -> ArchiveField? { fields.first { $0.name == name } }

  /// Adds the fields of a header not seen yet, described by `definitions` (from a
  /// `datapackage.json`), falling back to a text column.
  mutating func merge(header: [String], definitions: [String: ArchiveField]) {
    for name in header where name != Self.documentColumn && field(name) == nil {
      guard SQLIdentifier.isValid(name) else { continue }
      fields.append(
        definitions[name]
          ?? ArchiveField(
            name: name, type: "string", title: name, description: "", unit: nil, required: false))
    }
  }
}

/// Table and column names come from the exports' own schema; they are checked against a plain
/// identifier pattern (never escaped by hand) and double-quoted in SQL.
enum SQLIdentifier {
  static func isValid(_ name: String) -> Bool {
    guard let first = name.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    else { return false }
    return name.utf8.allSatisfy {
      $0 == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
        || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
    }
  }

  static func quoted(_ name: String) -> String {
    precondition(isValid(name), "not a plain identifier: \(name)")
    return "\"\(name)\""
  }

  static func list(_ names: [String]) -> String { names.map(quoted).joined(separator: ", ") }
}
