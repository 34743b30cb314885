/// The archive's schema: the documents and files tables, one table per record kind, the
/// column descriptions, indexes, full-text search and views.
enum ArchiveDDL {
  static let fileColumns = ["document_id", "name", "media_type", "bytes", "sha256"]
  /// Columns people filter by; each gets an index where a table has it.
  static let indexedColumns = [
    "ministry_code", "fiscal_year", "phase", "measure", "subject_id", "item_id", "code", "title",
    "kind", "severity",
  ]
  /// The text searched by full-text search, per table.
  static let searchedColumns = [
    ("documents", "title"), ("items", "title"), ("expenses", "name"), ("summary", "label"),
    ("filp", "program"),
  ]

  static func insertSQL(_ columns: [String], into table: String) -> String {
    let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
    return
      "INSERT INTO \(SQLIdentifier.quoted(table)) (\(SQLIdentifier.list(columns))) VALUES (\(marks))"
  }

  /// Built by one writer into a file no one else reads yet: no journal, no syncs until the
  /// end (the file is synced once before it is renamed into place).
  static func configure(_ db: SQLiteDatabase) throws {
    try db.execute(
      "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA page_size = 4096;"
    )
  }

  static func createTables(_ db: SQLiteDatabase, scan: ExportScan) throws {
    let documentColumns = ArchiveDocument.columns.map { c in
      "\(SQLIdentifier.quoted(c.name)) \(c.type)\(c.name == "document_id" ? " NOT NULL PRIMARY KEY" : "")"
    }
    try db.execute("CREATE TABLE \"documents\" (\(documentColumns.joined(separator: ", ")))")
    try db.execute(
      """
      CREATE TABLE "files" ("document_id" TEXT NOT NULL REFERENCES "documents" ("document_id"), \
      "name" TEXT NOT NULL, "media_type" TEXT, "bytes" INTEGER, "sha256" TEXT, \
      PRIMARY KEY ("document_id", "name"))
      """)
    try db.execute(
      """
      CREATE TABLE "archive_columns" ("table_name" TEXT NOT NULL, "column_name" TEXT NOT NULL, \
      "position" INTEGER NOT NULL, "title" TEXT, "description" TEXT, "type" TEXT, "unit" TEXT, \
      PRIMARY KEY ("table_name", "column_name"))
      """)
    for table in scan.tables { try db.execute(createSQL(table)) }
  }

  static func createSQL(_ table: ArchiveTable) -> String {
    var parts = [
      "\"document_id\" TEXT NOT NULL REFERENCES \"documents\" (\"document_id\")"
    ]
    if table.primaryKey.isEmpty { parts.append("\"\(ArchiveTable.rowColumn)\" INTEGER NOT NULL") }
    for name in table.primaryKey {
      parts.append("\(SQLIdentifier.quoted(name)) \(table.field(name)!.sqlType) NOT NULL")
    }
    for field in table.fields where !table.primaryKey.contains(field.name) {
      parts.append("\(SQLIdentifier.quoted(field.name)) \(field.sqlType)")
    }
    parts.append("PRIMARY KEY (\(SQLIdentifier.list(table.archiveKey)))")
    for fk in table.foreignKeys {
      let from = SQLIdentifier.list([ArchiveTable.documentColumn] + fk.fields)
      let to = SQLIdentifier.list([ArchiveTable.documentColumn] + fk.referencedFields)
      parts.append("FOREIGN KEY (\(from)) REFERENCES \(SQLIdentifier.quoted(fk.table)) (\(to))")
    }
    return "CREATE TABLE \(SQLIdentifier.quoted(table.name)) (\(parts.joined(separator: ", ")))"
  }

  /// Indexes, full-text search, views and column descriptions (in the caller's transaction,
  /// after the rows: an index is built once from sorted keys instead of row by row).
  static func finish(_ db: SQLiteDatabase, scan: ExportScan) throws {
    try createIndexes(db, scan: scan)
    try createSearch(db, scan: scan)
    try ArchiveViews.create(db, scan: scan)
    try describeColumns(db, scan: scan)
  }

  static func createIndexes(_ db: SQLiteDatabase, scan: ExportScan) throws {
    for column in ["ministry_code", "fiscal_year", "phase"] {
      try db.execute(
        "CREATE INDEX \"documents_\(column)\" ON \"documents\" (\(SQLIdentifier.quoted(column)))")
    }
    for table in scan.tables {
      let t = SQLIdentifier.quoted(table.name)
      for column in indexedColumns where table.field(column) != nil {
        try db.execute(
          "CREATE INDEX \"\(table.name)_\(column)\" ON \(t) (\(SQLIdentifier.quoted(column)))")
      }
      for (n, fk) in table.foreignKeys.enumerated() {
        let columns = SQLIdentifier.list([ArchiveTable.documentColumn] + fk.fields)
        try db.execute("CREATE INDEX \"\(table.name)_fk\(n + 1)\" ON \(t) (\(columns))")
      }
    }
  }

  /// An external-content FTS5 table `<table>_fts` per searched table, with the trigram
  /// tokenizer (Japanese has no spaces between words; any 3 characters match).
  ///
  /// Filled by inserting the table's rows in rowid order, not by FTS5's `'rebuild'`: that scans
  /// the table in the order the planner picks, which for a column with an index of its own
  /// (`items.title`) is the index's, and FTS5 writes its pending terms out as a new segment
  /// whenever a rowid is lower than the one before, then merges the segments: 13 M of the
  /// 29 M instructions of a one-document archive's full-text tables. In rowid order the
  /// terms are written once: what a `'rebuild'` over a rowid-ordered scan writes
  /// (`ArchiveSearchTests`), the same matches.
  static func createSearch(_ db: SQLiteDatabase, scan: ExportScan) throws {
    for (table, column) in searchable(scan) {
      let fts = SQLIdentifier.quoted(table + "_fts")
      let c = SQLIdentifier.quoted(column)
      try db.execute(
        """
        CREATE VIRTUAL TABLE \(fts) USING fts5(\(c), \
        content=\(SQLIdentifier.quoted(table)), content_rowid='rowid', tokenize='trigram')
        """)
      try db.execute(
        "INSERT INTO \(fts) (rowid, \(c)) SELECT rowid, \(c) FROM \(SQLIdentifier.quoted(table)) ORDER BY rowid"
      )
    }
  }

  static func searchable(_ scan: ExportScan) -> [(String, String)] {
    searchedColumns.filter { table, column in
      table == "documents"
        || scan.tables.first { $0.name == table }?.field(column) != nil
    }
  }

  static func describeColumns(_ db: SQLiteDatabase, scan: ExportScan) throws {
    let insert = try db.prepare(
      insertSQL(
        ["table_name", "column_name", "position", "title", "description", "type", "unit"],
        into: "archive_columns"))
    func add(_ values: [SQLValue]) throws {
      for (i, v) in values.enumerated() { insert.bind(v, at: Int32(i + 1)) }
      try insert.run()
    }
    for (i, c) in ArchiveDocument.columns.enumerated() {
      try add([
        .text("documents"), .text(c.name), .integer(Int64(i + 1)), .text(c.title),
        .text(c.description), .text(c.type), .null,
      ])
    }
    for table in scan.tables {
      for (i, f) in ([documentField] + table.fields).enumerated() {
        try add([
          .text(table.name), .text(f.name), .integer(Int64(i + 1)), .text(f.title),
          .text(f.description), .text(f.type), f.unit.map { .text($0) } ?? .null,
        ])
      }
    }
  }

  static let documentField = ArchiveField(
    name: "document_id", type: "string", title: "文書ID",
    description: "The id of the document the row comes from (documents.document_id).",
    unit: nil, required: true)
}
