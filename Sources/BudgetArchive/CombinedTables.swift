import Foundation

/// `all/`: one CSV file per record kind with every document's rows (a `document_id` column
/// first, then the union of the documents' columns, cells exactly as the documents have them),
/// `documents.csv`, and one `datapackage.json` and `csv-metadata.json` describing them. Written
/// into a folder beside `all/` and swapped in when complete and synced.
final class CombinedTables {
  static let folderName = "all"
  static let flushBytes = 1 << 20

  let root: URL
  let scan: ExportScan
  let temporary: URL
  private var handles: [String: FileHandle] = [:]
  private var buffers: [String: [UInt8]] = [:]
  private var digests: [String: StreamDigest] = [:]

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
      appendRow("documents", cells.map { $0[...] }[...])
    }
  }

  private func open(_ name: String, header: [String]) throws {
    let url = temporary.appendingPathComponent(name + ".csv")
    guard FileManager.default.createFile(atPath: url.path, contents: nil),
      let handle = try? FileHandle(forWritingTo: url)
    else { throw AtomicFile.failure(url.path) }
    handles[name] = handle
    buffers[name] = []
    appendRow(name, header.map { Array($0.utf8)[...] }[...])
  }

  private func appendRow(_ name: String, _ cells: ArraySlice<ArraySlice<UInt8>>) {
    // Appended in place (`default:` yields the stored buffer): taking the buffer out of the
    // dictionary and storing it back copied it whole at every row.
    let size = Self.appendRow(cells, to: &buffers[name, default: []])
    if size >= Self.flushBytes { flush(name) }
  }

  private static func appendRow(_ cells: ArraySlice<ArraySlice<UInt8>>, to out: inout [UInt8])
    -> Int
  {
    for (i, cell) in cells.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      CSVRecords.encode(cell, into: &out)
    }
    out += [0x0D, 0x0A]
    return out.count
  }

  private func flush(_ name: String) {
    guard let bytes = buffers[name], !bytes.isEmpty else { return }
    handles[name]?.write(Data(bytes))
    digests[name, default: StreamDigest()].update(bytes)
    buffers[name]?.removeAll(keepingCapacity: true)
  }

  /// One document's row: its id, then its cells in the table's column order (empty where the
  /// document's file has no such column).
  func append(
    table: String, documentID: ArraySlice<UInt8>, record: [ArraySlice<UInt8>], positions: [Int?]
  ) {
    let size = Self.appendRecord(
      documentID, record, positions: positions, to: &buffers[table, default: []])
    if size >= Self.flushBytes { flush(table) }
  }

  private static func appendRecord(
    _ documentID: ArraySlice<UInt8>, _ record: [ArraySlice<UInt8>], positions: [Int?],
    to out: inout [UInt8]
  ) -> Int {
    CSVRecords.encode(documentID, into: &out)
    for position in positions {
      out.append(UInt8(ascii: ","))
      if let position, position < record.count { CSVRecords.encode(record[position], into: &out) }
    }
    out += [0x0D, 0x0A]
    return out.count
  }

  /// Flushes and closes every file and writes the descriptions (not synced: the caller syncs
  /// the file system once, ``paths``); returns the files (`all/<name>`) with their sizes and
  /// SHA-256, in name order.
  func write() throws -> [Archive.PublishedFile] {
    var published: [Archive.PublishedFile] = []
    for name in handles.keys.sorted() {
      flush(name)
      try handles[name]?.close()
      let digest = digests[name] ?? StreamDigest()
      published.append(
        Archive.PublishedFile(
          path: Self.folderName + "/" + name + ".csv", mediaType: Archive.csvMediaType,
          bytes: digest.count, sha256: digest.hex))
      paths.append(temporary.appendingPathComponent(name + ".csv").path)
    }
    handles = [:]
    let files = [
      ("datapackage.json", "application/json", CombinedMetadata.dataPackage(scan)),
      ("csv-metadata.json", "application/csvm+json", CombinedMetadata.csvw(scan)),
    ]
    for (name, mediaType, bytes) in files {
      let url = temporary.appendingPathComponent(name)
      try AtomicFile.writeUnsynced(bytes, to: url)
      paths.append(url.path)
      var digest = StreamDigest()
      digest.update(bytes)
      published.append(
        Archive.PublishedFile(
          path: Self.folderName + "/" + name, mediaType: mediaType, bytes: digest.count,
          sha256: digest.hex))
    }
    paths.append(temporary.path)
    return published.sorted { $0.path < $1.path }
  }

  /// What ``write()`` wrote: its files and the folder, for a sync.
  private(set) var paths: [String] = []

  /// Swaps the written folder in for `all/` (the renames are made durable by the caller's
  /// sync of the export folder).
  func swapIn() throws {
    let final = root.appendingPathComponent(Self.folderName)
    let old = root.appendingPathComponent(".\(Self.folderName).old-\(getpid())")
    let fm = FileManager.default
    if fm.fileExists(atPath: final.path) { try AtomicFile.rename(final, to: old, sync: false) }
    try AtomicFile.rename(temporary, to: final, sync: false)
    try? fm.removeItem(at: old)
  }

  func discard() {
    for handle in handles.values { try? handle.close() }
    handles = [:]
    try? FileManager.default.removeItem(at: temporary)
  }
}
