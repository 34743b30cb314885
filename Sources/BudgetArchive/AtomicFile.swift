import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Write beside, flush to disk, rename: a reader sees the old file or the new one.
enum AtomicFile {
  static func write(_ bytes: [UInt8], to url: URL) throws {
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(getpid())")
    do {
      try Data(bytes).write(to: temporary)
      try sync(temporary.path)
      try rename(temporary, to: url)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }

  /// fsync of a file or folder.
  static func sync(_ path: String) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw failure(path) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw failure(path) }
  }

  /// Renames `from` over `to` and syncs the folder that holds them.
  static func rename(_ from: URL, to: URL) throws {
    guard Glibc.rename(from.path, to.path) == 0 else { throw failure(to.path) }
    try sync(to.deletingLastPathComponent().path)
  }

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
