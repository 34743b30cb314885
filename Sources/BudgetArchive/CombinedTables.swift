import Foundation

/// `all/`: one CSV file per record kind with every document's rows (a `document_id` column
/// first, then the union of the documents' columns, cells exactly as the documents have them),
/// `documents.csv`, and one `datapackage.json` and `csv-metadata.json` describing them. Written
/// into a folder beside `all/` and swapped in when complete.
final class CombinedTables {
  static let folderName = "all"
  static let flushBytes = 1 << 20

  let root: URL
  let scan: ExportScan
  let temporary: URL
  private var handles: [String: FileHandle] = [:]
  private var buffers: [String: [UInt8]] = [:]

  init(root: URL, scan: ExportScan) throws {
    self.root = root
    self.scan = scan
    AtomicFile.removeStale(in: root, prefix: ".\(Self.folderName).")
    temporary = root.appendingPathComponent(".\(Self.folderName).tmp-\(getpid())")
    let fm = FileManager.default
    try fm.createDirectory(at: temporary, withIntermediateDirectories: true)
    for table in scan.tables {
      try open(table.name, header: [ArchiveTable.documentColumn] + table.fields.map(\.name))
    }
    try open("documents", header: ArchiveDocument.columns.map(\.name))
    for document in scan.documents {
      let cells = document.values.map { value -> [UInt8] in
        switch value {
        case .null: []
        case .integer(let i): Array(String(i).utf8)
        case .real(let d): Array(String(d).utf8)
        case .text(let s): Array(s.utf8)
        }
      }
      appendRow("documents", cells[...])
    }
  }

  private func open(_ name: String, header: [String]) throws {
    let url = temporary.appendingPathComponent(name + ".csv")
    guard FileManager.default.createFile(atPath: url.path, contents: nil),
      let handle = try? FileHandle(forWritingTo: url)
    else { throw AtomicFile.failure(url.path) }
    handles[name] = handle
    buffers[name] = []
    appendRow(name, header.map { Array($0.utf8) }[...])
  }

  private func appendRow(_ name: String, _ cells: ArraySlice<[UInt8]>) {
    // Taken out of the dictionary, so appending does not copy the buffer (up to 1 MB) per row.
    var out = buffers.removeValue(forKey: name) ?? []
    for (i, cell) in cells.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      CSVRecords.encode(cell, into: &out)
    }
    out += [0x0D, 0x0A]
    buffers[name] = out
    if out.count >= Self.flushBytes { flush(name) }
  }

  private func flush(_ name: String) {
    guard let bytes = buffers[name], !bytes.isEmpty else { return }
    handles[name]?.write(Data(bytes))
    buffers[name] = []
  }

  /// One document's row: its id, then its cells in the table's column order (empty where the
  /// document's file has no such column).
  func append(table: String, documentID: [UInt8], record: [[UInt8]], positions: [Int?]) {
    var cells: [[UInt8]] = [documentID]
    cells.reserveCapacity(positions.count + 1)
    for position in positions {
      cells.append(position.flatMap { $0 < record.count ? record[$0] : nil } ?? [])
    }
    appendRow(table, cells[...])
  }

  /// Writes the descriptions, syncs every file and swaps the folder in.
  func publish() throws {
    for name in handles.keys.sorted() {
      flush(name)
      try handles[name]?.synchronize()
      try handles[name]?.close()
    }
    handles = [:]
    let files = [
      ("datapackage.json", CombinedMetadata.dataPackage(scan)),
      ("csv-metadata.json", CombinedMetadata.csvw(scan)),
    ]
    for (name, bytes) in files {
      let url = temporary.appendingPathComponent(name)
      try Data(bytes).write(to: url)
      try AtomicFile.sync(url.path)
    }
    try AtomicFile.sync(temporary.path)
    let final = root.appendingPathComponent(Self.folderName)
    let old = root.appendingPathComponent(".\(Self.folderName).old-\(getpid())")
    let fm = FileManager.default
    if fm.fileExists(atPath: final.path) { try AtomicFile.rename(final, to: old) }
    try AtomicFile.rename(temporary, to: final)
    try? fm.removeItem(at: old)
  }

  func discard() {
    for handle in handles.values { try? handle.close() }
    handles = [:]
    try? FileManager.default.removeItem(at: temporary)
  }
}
