import Foundation

/// One CSV file of one document, read back and parsed: its header's names and its records
/// (empty lines left out), each cell a slice of the file's bytes or, for a quoted cell, a copy.
struct ReadBackFile {
  /// The index of its table in ``ExportScan/tables``.
  var table: Int
  var path: String
  var names: [String]
  /// Where each column of the table's insert (key columns first, then the other fields) is in
  /// the file's records, found by the header's names on the reading thread.
  var insertPositions: [Int?]
  var records: [[ArraySlice<UInt8>]]
}

extension Archive {
  /// Inserts every document's records (in the caller's transaction); returns the number of
  /// rows. With `threads` above 1 the documents are read back, parsed and appended to `all/`
  /// by a second thread, a few documents ahead of this one, which only binds and inserts: the
  /// database gets the same rows in the same order, `all/` the same bytes.
  static func insertAll(
    _ db: SQLiteDatabase, scan: ExportScan, root: URL, combined: CombinedTables, threads: Int
  ) throws -> Int {
    let statements = try InsertStatements(db, scan: scan)
    let read = { (i: Int) in
      try readBack(scan.documents[i], scan: scan, root: root, combined: combined)
    }
    var rows = 0
    guard threads > 1, scan.documents.count > 1 else {
      for (i, document) in scan.documents.enumerated() {
        rows += try statements.insert(document, files: try read(i), scan: scan)
      }
      return rows
    }
    let reader = ReadBackThread(count: scan.documents.count, read: read)
    // Stopped and joined on every path before `combined` is written or discarded.
    defer { reader.stop() }
    for document in scan.documents {
      rows += try statements.insert(document, files: try reader.next().get(), scan: scan)
    }
    return rows
  }

  /// Reads one document's CSV files (in table order), parses them and appends their rows to
  /// `all/`.
  static func readBack(
    _ document: ArchiveDocument, scan: ExportScan, root: URL, combined: CombinedTables
  ) throws -> [ReadBackFile] {
    var files: [ReadBackFile] = []
    let documentID = Array(document.id.utf8)[...]
    for (t, table) in scan.tables.enumerated() {
      guard let file = document.csvFiles.first(where: { $0.name == table.fileName }) else {
        continue
      }
      let url = root.appendingPathComponent(document.folder).appendingPathComponent(file.name)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw ArchiveError.unreadable(path: url.path, reason: "cannot be read")
      }
      var records = CSVRecords(try file.utf8(Array(data), path: url.path))
      var record: [ArraySlice<UInt8>] = []
      guard records.next(into: &record) else { continue }
      let names = record.map { String(decoding: $0, as: UTF8.self) }
      let positions = table.fields.map { names.firstIndex(of: $0.name) }
      var rows: [[ArraySlice<UInt8>]] = []
      while true {
        var record: [ArraySlice<UInt8>] = []
        record.reserveCapacity(names.count)
        guard records.next(into: &record) else { break }
        if record.count == 1, record[0].isEmpty { continue }
        combined.append(
          table: table.name, documentID: documentID, record: record, positions: positions)
        rows.append(record)
      }
      files.append(
        ReadBackFile(
          table: t, path: url.path, names: names,
          insertPositions: (table.primaryKey + table.otherFields).map { names.firstIndex(of: $0) },
          records: rows))
    }
    return files
  }
}

/// The archive's prepared inserts: `documents`, `files` and one per record table.
struct InsertStatements {
  let documents: SQLiteStatement
  let files: SQLiteStatement
  let tables: [SQLiteStatement]
  /// How each table's insert columns bind (key columns first, then the other fields).
  let kinds: [[CellKind]]

  init(_ db: SQLiteDatabase, scan: ExportScan) throws {
    documents = try db.prepare(
      ArchiveDDL.insertSQL(ArchiveDocument.columns.map(\.name), into: "documents"))
    files = try db.prepare(ArchiveDDL.insertSQL(ArchiveDDL.fileColumns, into: "files"))
    tables = try scan.tables.map { table in
      try db.prepare(ArchiveDDL.insertSQL(table.archiveKey + table.otherFields, into: table.name))
    }
    kinds = scan.tables.map { table in
      (table.primaryKey + table.otherFields).map { CellKind(table.field($0)!) }
    }
  }

  /// One document's row, its files' rows and its records; returns the number of records.
  func insert(_ document: ArchiveDocument, files read: [ReadBackFile], scan: ExportScan) throws
    -> Int
  {
    for (i, v) in document.values.enumerated() { documents.bind(v, at: Int32(i + 1)) }
    try documents.run()
    for f in document.files {
      let values: [SQLValue] = [
        .text(document.id), .text(f.name), .text(f.mediaType), .integer(f.bytes), .text(f.sha256),
      ]
      for (i, v) in values.enumerated() { files.bind(v, at: Int32(i + 1)) }
      try files.run()
    }
    var rows = 0
    for file in read {
      do {
        rows += try insertRows(file, table: scan.tables[file.table], document: document)
      } catch let error as SQLiteError {
        throw ArchiveError.unreadable(path: file.path, reason: error.description)
      }
    }
    return rows
  }

  /// Inserts the records of one CSV file, the cells found by the header's column names.
  private func insertRows(_ file: ReadBackFile, table: ArchiveTable, document: ArchiveDocument)
    throws -> Int
  {
    let statement = tables[file.table]
    let positions = file.insertPositions
    let kinds = kinds[file.table]
    let documentID = Array(document.id.utf8)
    let empty = ArraySlice<UInt8>()
    var count = 0
    for record in file.records {
      count += 1
      documentID.withUnsafeBufferPointer { statement.bindText($0, at: 1) }
      var index: Int32 = 2
      if table.primaryKey.isEmpty {
        statement.bindInteger(Int64(count), at: 2)
        index = 3
      }
      for (k, position) in positions.enumerated() {
        let cell = position.flatMap { $0 < record.count ? record[$0] : nil } ?? empty
        kinds[k].bind(cell, to: statement, at: index)
        index += 1
      }
      try statement.run()
    }
    return count
  }
}

extension ArchiveTable {
  /// The fields that are not in the primary key, in the table's order.
  var otherFields: [String] { fields.map(\.name).filter { !primaryKey.contains($0) } }
}

/// The second thread of an archive build: reads back documents `0..<count` in order, at most
/// ``depth`` ahead of the inserting thread, which takes them with ``next()``. The first
/// failure is handed over in its place and ends the reading.
final class ReadBackThread: @unchecked Sendable {
  static let depth = 4
  private let condition = NSCondition()
  private var ready: [Result<[ReadBackFile], Error>] = []
  private var stopped = false
  private var finished = false
  private let count: Int
  private let read: (Int) throws -> [ReadBackFile]

  init(count: Int, read: @escaping (Int) throws -> [ReadBackFile]) {
    self.count = count
    self.read = read
    let thread = Thread { [self] in produce() }
    thread.start()
  }

  private func produce() {
    for i in 0..<count {
      let result = Result { try read(i) }
      condition.lock()
      while ready.count >= Self.depth, !stopped { condition.wait() }
      let stop = stopped
      if !stop { ready.append(result) }
      condition.broadcast()
      condition.unlock()
      if stop { break }
      if case .failure = result { break }
    }
    condition.lock()
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  /// The next document's files, in order (waits for them).
  func next() -> Result<[ReadBackFile], Error> {
    condition.lock()
    defer { condition.unlock() }
    while ready.isEmpty, !finished { condition.wait() }
    guard !ready.isEmpty else {
      return .failure(ArchiveError.unreadable(path: "", reason: "read past the last document"))
    }
    let result = ready.removeFirst()
    condition.broadcast()
    return result
  }

  /// Stops the reading and waits until the thread has ended.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    while !finished { condition.wait() }
    ready = []
    condition.unlock()
  }
}
