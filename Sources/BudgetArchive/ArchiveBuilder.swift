import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Builds `budget.sqlite` (and the combined tables under `all/`) from the per-document exports
/// of one output folder. Rows are streamed one CSV file at a time, in a fixed order (documents
/// by id, tables by name, rows as in the file), so the same exports give the same bytes.
public enum Archive {
  public static let databaseName = "budget.sqlite"
  public static let metadataName = "metadata.json"

  /// What one build wrote.
  public struct Summary: Sendable {
    public var documents: Int
    public var rows: Int
    public var databaseBytes: Int64
    /// `budget.sqlite` and every file of `all/`, by path.
    public var files: [PublishedFile] = []
  }

  /// Rebuilds `<root>/budget.sqlite`, `<root>/metadata.json` and `<root>/all/`. Each is
  /// written beside its final name, flushed to disk and renamed into place, so a reader sees
  /// the previous archive or the new one, never a part.
  /// `threads` above 1 reads the documents' CSV files back, parses them and writes `all/` on
  /// a thread of its own while this one inserts the rows (the same order, the same bytes).
  @discardableResult
  public static func build(root: URL, threads: Int = 1) throws -> Summary {
    let scan = try ExportScan(root: root)
    let described = try withdrawRecord(in: root)
    AtomicFile.removeStale(in: root, prefix: ".\(databaseName).tmp-")
    AtomicFile.removeStale(in: root, prefix: ".\(metadataName).tmp-")
    AtomicFile.removeStale(in: root, prefix: ".\(describedName).tmp-")
    let temporary = root.appendingPathComponent(".\(databaseName).tmp-\(getpid())")
    let final = root.appendingPathComponent(databaseName)
    let metadata = root.appendingPathComponent(metadataName)
    try? FileManager.default.removeItem(at: temporary)
    let combined = try CombinedTables(root: root, scan: scan)
    var rows = 0
    var files: [PublishedFile] = []
    do {
      // Built straight into the file that is published, in one transaction: a database made
      // from nothing by one writer has no free pages to compact, so the VACUUM INTO of a draft
      // (which copied every table and rebuilt every index) is gone; the same exports still
      // give the same bytes (ArchiveTests).
      let db = try SQLiteDatabase(path: temporary.path)
      try ArchiveDDL.configure(db)
      try db.execute("BEGIN")
      try ArchiveDDL.createTables(db, scan: scan)
      rows = try insertAll(db, scan: scan, root: root, combined: combined, threads: threads)
      try ArchiveDDL.finish(db, scan: scan)
      try db.execute("COMMIT")
      db.close()
      let digest = try StreamDigest.file(temporary)
      files = try combined.write()
      try AtomicFile.writeUnsynced(
        DatasetteMetadata.json(scan: scan), to: AtomicFile.temporary(for: metadata))
      files.append(
        PublishedFile(
          path: databaseName, mediaType: databaseMediaType, bytes: digest.count,
          sha256: digest.hex))
      files.sort { $0.path < $1.path }
      try AtomicFile.writeUnsynced(describedBytes(files), to: AtomicFile.temporary(for: described))
      // Everything written, then one sync (not an fsync per file and folder: a sync costs
      // ≈ 0.2 ms of CPU, and the archive wrote about a dozen), then the renames, made durable
      // together by one sync of the export folder.
      try AtomicFile.syncAll(
        in: root,
        [temporary.path, AtomicFile.temporary(for: metadata).path]
          + [AtomicFile.temporary(for: described).path] + combined.paths)
      try combined.swapIn()
      try AtomicFile.rename(temporary, to: final, sync: false)
      try AtomicFile.rename(AtomicFile.temporary(for: metadata), to: metadata, sync: false)
      try AtomicFile.rename(AtomicFile.temporary(for: described), to: described, sync: false)
      try AtomicFile.sync(root.path)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      try? FileManager.default.removeItem(at: AtomicFile.temporary(for: metadata))
      try? FileManager.default.removeItem(at: AtomicFile.temporary(for: described))
      combined.discard()
      throw error
    }
    return Summary(
      documents: scan.documents.count, rows: rows,
      databaseBytes: files.first { $0.path == databaseName }?.bytes ?? 0, files: files)
  }

  /// Removes the record of the published archive's files (``describedName``) before a build
  /// touches them: until the new record is renamed in, whatever is in place is undescribed,
  /// never listed by a run that does not rebuild it. Returns the record's URL.
  static func withdrawRecord(in root: URL) throws -> URL {
    let described = root.appendingPathComponent(describedName)
    if unlink(described.path) != 0 && errno != ENOENT { throw AtomicFile.failure(described.path) }
    return described
  }
}
