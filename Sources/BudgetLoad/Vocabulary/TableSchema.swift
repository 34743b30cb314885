/// The definition of one CSV table: its file, its ordered columns and its keys.
///
/// The single source of truth for the CSV writer (header and column order), the Frictionless
/// `datapackage.json` and the CSVW `csv-metadata.json`. The six tables are
/// ``items``, ``expenses``, ``observations``, ``summary``, ``filp`` and ``findings``
/// (``all`` in export order).
public struct TableSchema: Sendable, Hashable, Identifiable {
  /// ASCII name, also the Frictionless resource name, e.g. `items`.
  public var name: String
  /// File name inside the export folder, e.g. `items.csv`.
  public var path: String
  /// Japanese title, e.g. `事項`.
  public var title: String
  public var description: String
  /// The columns in file order.
  public var columns: [Column]
  /// Column names of the primary key; empty when the table has none (`findings`).
  public var primaryKey: [String]
  public var foreignKeys: [ForeignKey]
  /// CSVW `aboutUrl` template of a row's subject (see ``resolveIRITemplate(_:baseIRI:documentId:)``
  /// for relative templates), e.g. `item/{id}`; nil for rows without an IRI (blank nodes).
  public var aboutURL: String?
  /// Statements every row makes that no column of the file holds (CSVW virtual columns),
  /// e.g. `rdf:type` or `dcterms:isPartOf` the document.
  public var virtualProperties: [VirtualProperty]

  public var id: String { name }

  public init(
    name: String, path: String, title: String, description: String, columns: [Column],
    primaryKey: [String], foreignKeys: [ForeignKey] = [], aboutURL: String? = nil,
    virtualProperties: [VirtualProperty] = []
  ) {
    self.name = name
    self.path = path
    self.title = title
    self.description = description
    self.columns = columns
    self.primaryKey = primaryKey
    self.foreignKeys = foreignKeys
    self.aboutURL = aboutURL
    self.virtualProperties = virtualProperties
  }

  /// The column with this name.
  public func column(named name: String) -> Column? { columns.first { $0.name == name } }

  /// The column names in file order: the CSV header.
  public var columnNames: [String] { columns.map(\.name) }
}
