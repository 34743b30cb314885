import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Write beside, flush to disk, rename: a reader sees the old file or the new one.
enum AtomicFile {
  /// Where `url` is written before it is renamed into place.
  static func temporary(for url: URL) -> URL {
    url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(getpid())")
  }

  /// Creates (or truncates) `url` and writes `bytes`, without a sync: for the archive's files,
  /// which `syncAll` makes durable together before any is renamed into place. (Foundation's
  /// `Data.write(to:)` calls `fsync` on every file, ≈ 0.2 ms of CPU each, issue #24.)
  static func writeUnsynced(_ bytes: [UInt8], to url: URL) throws {
    let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard fd >= 0 else { throw failure(url.path) }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw failure(url.path)
      }
      offset += written
    }
  }

  /// fsync of a file or folder.
  static func sync(_ path: String) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw failure(path) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw failure(path) }
  }

  /// Renames `from` over `to` and syncs the folder that holds them (unless `sync` is false:
  /// the caller syncs the folder once after several renames).
  static func rename(_ from: URL, to: URL, sync: Bool = true) throws {
    guard Glibc.rename(from.path, to.path) == 0 else { throw failure(to.path) }
    if sync { try self.sync(to.deletingLastPathComponent().path) }
  }

  /// Makes files and folders written but not yet renamed durable: one `syncfs` on the file
  /// system that holds `folder` (as a document's export is published), or, where that call is
  /// missing or fails, an `fsync` of each path.
  static func syncAll(in folder: URL, _ paths: [String]) throws {
    let fd = open(folder.path, O_RDONLY | O_DIRECTORY)
    guard fd >= 0 else { throw failure(folder.path) }
    defer { close(fd) }
    if let syncfs, syncfs(fd) == 0 { return }
    for path in paths { try sync(path) }
  }

  typealias SyncFS = @convention(c) (Int32) -> Int32

  /// glibc's `syncfs`, looked up at run time (Swift's Glibc module does not export it).
  static let syncfs: SyncFS? = {
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "syncfs") else {
      return nil
    }
    return unsafeBitCast(symbol, to: SyncFS.self)
  }()

  /// Removes what an interrupted build left (`<prefix>*` in `folder`).
  static func removeStale(in folder: URL, prefix: String) {
    let fm = FileManager.default
    for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
    where name.hasPrefix(prefix) {
      try? fm.removeItem(at: folder.appendingPathComponent(name))
    }
  }

  static func failure(_ path: String) -> ArchiveError {
    ArchiveError.writeFailed(path: path, reason: String(cString: strerror(errno)))
  }
}
