import BudgetModel

/// Exports a document as six CSV files plus their metadata:
/// `items.csv`, `expenses.csv`, `observations.csv`, `summary.csv`, `filp.csv`,
/// `findings.csv`, `datapackage.json` (Frictionless) and `csv-metadata.json` (CSVW).
///
/// CSV files follow RFC 4180 (CRLF, header row, quoting) in the chosen ``CSVEncoding``; the
/// JSON files are always UTF-8 (`application/json`, `application/csvm+json`). Output is
/// deterministic: rows in model order, JSON keys sorted.
public struct CSVExporter: Sendable {
  /// The base of subject IRIs, shared with the JSON-LD export.
  public static let defaultBaseIRI = Vocabulary.defaultBase

  /// The Frictionless Data Package describing the tables.
  public static let dataPackageFileName = "datapackage.json"
  /// The CSVW metadata describing the tables.
  public static let csvwFileName = "csv-metadata.json"

  public var encoding: CSVEncoding
  public var baseIRI: String

  public init(encoding: CSVEncoding = .utf8, baseIRI: String = CSVExporter.defaultBaseIRI) {
    self.encoding = encoding
    self.baseIRI = baseIRI
  }

  /// The six CSV files, then `datapackage.json` and `csv-metadata.json`.
  /// - Throws: ``BudgetLoadError/unencodableCharacter(file:row:column:columnNumber:character:encoding:)``
  ///   when a cell cannot be written in CP932.
  public func files(for document: BudgetDocument) throws -> [ExportFile] {
    var files: [ExportFile] = []
    for table in TableSchema.all {
      files.append(try csvFile(table, of: document))
    }
    files.append(
      ExportFile(
        name: Self.dataPackageFileName,
        bytes: DataPackageWriter(encoding: encoding).bytes(for: document),
        mediaType: "application/json"))
    files.append(
      ExportFile(
        name: Self.csvwFileName,
        bytes: CSVWMetadataWriter(encoding: encoding, baseIRI: baseIRI).bytes(for: document),
        mediaType: "application/csvm+json"))
    return files
  }

  /// Writes one table as CSV text (before byte encoding) into `output`.
  public func writeCSV(
    _ table: TableSchema, of document: BudgetDocument, to output: inout some TextOutputStream
  ) {
    CSVWriter.write(table, of: document, to: &output)
  }

  /// One table as an encoded CSV file.
  public func csvFile(_ table: TableSchema, of document: BudgetDocument) throws(BudgetLoadError)
    -> ExportFile
  {
    ExportFile(
      name: table.path,
      bytes: try encode(CSVWriter.bytes(table, of: document), table: table, of: document),
      mediaType: encoding.mediaType)
  }

  /// The UTF-8 CSV bytes in the exporter's encoding.
  func encode(_ utf8: [UInt8], table: TableSchema, of document: BudgetDocument)
    throws(BudgetLoadError)
    -> [UInt8]
  {
    switch encoding {
    case .utf8: return utf8
    case .utf8BOM: return [0xEF, 0xBB, 0xBF] + utf8
    case .cp932:
      do {
        return try TextEncoding.encodeCP932(String(decoding: utf8, as: UTF8.self))
      } catch .unencodableText {
        throw locateUnencodable(table: table, rows: TableRows.rows(table, of: document))
          ?? BudgetLoadError.unencodableText(encoding: "CP932", character: "", offset: 0)
      }
    }
  }

  /// The first cell CP932 cannot hold, as an error naming file, row and column.
  func locateUnencodable(table: TableSchema, rows: [[CSVCell]]) -> BudgetLoadError? {
    for (rowIndex, row) in rows.enumerated() {
      for (columnIndex, cell) in row.enumerated() {
        do {
          _ = try TextEncoding.encodeCP932(CSVWriter.field(cell))
        } catch {
          if case .unencodableText(_, let character, _) = error {
            return .unencodableCharacter(
              file: table.path, row: rowIndex + 2, column: table.columns[columnIndex].name,
              columnNumber: columnIndex + 1, character: character, encoding: "CP932")
          }
          return error
        }
      }
    }
    return nil
  }
}
