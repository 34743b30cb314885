import BudgetModel
import Foundation
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Publishes a document's export atomically: the files are written and fsynced into a
/// temporary folder beside the final one, which is then swapped into place with
/// `renameat2(RENAME_EXCHANGE)` (or renamed, when there was none). A process killed at any
/// moment leaves the previous complete export or the new complete export; its temporaries
/// (every name starting with `.tmp-`, folders and run-level files alike) are removed by the
/// next run. Where the file system cannot exchange (EINVAL, e.g. some network file systems)
/// the previous export is first moved aside to `.tmp-prev-<folder>`; a run killed before the
/// new one is in place gets it put back by the next run.
public struct ExportPublisher: Sendable {
  public let outputDirectory: URL
  /// Told the bytes of each folder staged without a sync (a run's background writeback).
  var flusher: StagedFlusher?
  static let temporaryPrefix = ".tmp-"
  static let asidePrefix = ".tmp-prev-"

  public init(outputDirectory: URL) {
    self.outputDirectory = outputDirectory
  }

  /// A document id made safe as a single path component under the output folder.
  public static func folderName(for documentId: String) -> String {
    let allowed = documentId.lowercased().unicodeScalars.map { s -> Character in
      (s.value < 0x80 && (CharacterSet.alphanumerics.contains(s) || s == "-" || s == "_"))
        ? Character(s) : "-"
    }
    var name = String(allowed).trimmingCharacters(in: CharacterSet(charactersIn: "-."))
    if name.isEmpty { name = "document" }
    return String(name.prefix(120))
  }

  /// Writes `files` into a new temporary folder and returns it (not yet published).
  /// `hiddenFiles` (dotfiles such as the build key) are written along, outside the manifest.
  /// With `sync` false the folder is not flushed here: the caller must pass it to
  /// ``syncStaged(_:)`` before publishing it (a run flushes all its folders at once).
  public func stage(
    _ files: [ExportFile], documentId: String, hiddenFiles: [String: [UInt8]] = [:],
    sync: Bool = true
  )
    throws -> URL
  {
    let name = Self.folderName(for: documentId)
    let temp = outputDirectory.appendingPathComponent(
      "\(Self.temporaryPrefix)\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let final = outputDirectory.appendingPathComponent(name)
    // Paths joined as text and the folder made with one mkdir(2): Foundation's URL and
    // FileManager calls were a noticeable share of staging a document.
    let folder = temp.path
    if mkdir(folder, 0o777) != 0 {  // as FileManager: 0777 less the umask
      throw BudgetETLError.writeFailed(path: final.path, reason: FailureText.posix(errno))
    }
    do {
      for file in files {
        precondition(
          !file.name.contains("/") && !file.name.hasPrefix("."), "export file names are plain names"
        )
        try Self.write(file.bytes, to: folder + "/" + file.name, sync: false)
      }
      for (name, bytes) in hiddenFiles.sorted(by: { $0.key < $1.key }) {
        precondition(
          !name.contains("/") && name.hasPrefix("."), "hidden files are plain dotfile names")
        try Self.write(bytes, to: folder + "/" + name, sync: false)
      }
    } catch {
      // Free the space at once (a full disk should not also lose the next documents) and
      // name the file as it would have been published, not its temporary path.
      Self.removeFolder(temp.path)
      if case BudgetETLError.writeFailed(let path, let reason) = error {
        throw BudgetETLError.writeFailed(
          path: final.appendingPathComponent((path as NSString).lastPathComponent).path,
          reason: reason)
      }
      throw BudgetETLError.writeFailed(path: final.path, reason: FailureText.reason(error))
    }
    // One flush for the whole folder before it is published (a journal commit per file
    // was most of the cost of publishing).
    if sync {
      Self.syncFolder(temp.path, files: files.map(\.name) + hiddenFiles.keys.sorted())
    } else {
      flusher?.staged(bytes: files.reduce(0) { $0 + $1.bytes.count })
    }
    return temp
  }

  /// Makes folders staged with `sync: false` durable before they are published: one
  /// `syncfs` for all of them (a `syncfs` per document also flushed every other writer's
  /// data on the file system, and kept a job waiting on the disk instead of working), or,
  /// where that call is missing or fails, `fsync` on every file of each folder and the folder.
  public func syncStaged(_ folders: [URL]) {
    guard !folders.isEmpty else { return }
    let fd = open(outputDirectory.path, O_RDONLY | O_DIRECTORY)
    if fd >= 0 {
      defer { close(fd) }
      if let syncfs = Self.syncfs, syncfs(fd) == 0 { return }
    }
    for folder in folders {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      Self.syncFolder(folder.path, files: names.sorted(), fileSystem: false)
    }
  }

  /// Moves a staged folder into place as the document's export. With `syncNew` false, a
  /// folder that replaces no export is renamed without flushing the output folder's entry:
  /// the caller calls ``syncOutputDirectory()`` after the last one (until then a crash leaves
  /// no export of that document, as before the run: the swap is still all or nothing). The
  /// replacement of an existing export is always flushed before the previous one is removed.
  public func publish(staged: URL, documentId: String, syncNew: Bool = true) throws -> URL {
    let final = outputDirectory.appendingPathComponent(Self.folderName(for: documentId))
    let fm = FileManager.default
    if fm.fileExists(atPath: final.path) {
      if Self.exchange(
        staged.path, final.path,
        aside: outputDirectory.appendingPathComponent(Self.asidePrefix + final.lastPathComponent)
          .path) != 0
      {
        throw BudgetETLError.publishFailed(path: final.path, reason: FailureText.posix(errno))
      }
      Self.syncDirectory(outputDirectory.path)
      Self.removeFolder(staged.path)  // now holds the previous export
    } else {
      if rename(staged.path, final.path) != 0 {
        throw BudgetETLError.publishFailed(path: final.path, reason: FailureText.posix(errno))
      }
      if syncNew { Self.syncDirectory(outputDirectory.path) }
    }
    return final
  }

  /// Flushes the output folder's entries (after ``publish(staged:documentId:syncNew:)``).
  public func syncOutputDirectory() {
    Self.syncDirectory(outputDirectory.path)
  }

  typealias RenameAt2 =
    @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

  /// glibc's `renameat2`, looked up at run time (Swift's Glibc module does not export it).
  static let renameat2: RenameAt2? = {
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else {
      return nil
    }
    return unsafeBitCast(symbol, to: RenameAt2.self)
  }()

  /// Atomically swaps two paths (`RENAME_EXCHANGE`). Falls back to a rename pair through
  /// `aside` where the call is missing or the file system refuses it; a run killed between
  /// the renames is repaired by the next run (`removeStaleTemporaries`).
  static func exchange(_ a: String, _ b: String, aside: String) -> Int32 {
    let renameExchange: UInt32 = 2
    if let renameat2 {
      let result = renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange)
      guard result != 0, [EINVAL, ENOSYS, ENOTSUP].contains(errno) else { return result }
    }
    return exchangeByRenames(a, b, aside: aside)
  }

  static func exchangeByRenames(_ a: String, _ b: String, aside: String) -> Int32 {
    _ = try? FileManager.default.removeItem(atPath: aside)  // a repaired leftover, if any
    guard rename(b, aside) == 0 else { return -1 }
    guard rename(a, b) == 0 else {
      let saved = errno
      _ = rename(aside, b)
      errno = saved
      return -1
    }
    return rename(aside, a)
  }

  /// Removes the temporaries a killed run left behind, first putting back a previous export
  /// that was moved aside when its replacement never arrived.
  public func removeStaleTemporaries() {
    let fm = FileManager.default
    guard let names = try? fm.contentsOfDirectory(atPath: outputDirectory.path) else { return }
    for name in names.sorted() where name.hasPrefix(Self.asidePrefix) {
      let final = outputDirectory.appendingPathComponent(
        String(name.dropFirst(Self.asidePrefix.count)))
      if !fm.fileExists(atPath: final.path) {
        _ = rename(outputDirectory.appendingPathComponent(name).path, final.path)
      }
    }
    for name in names where name.hasPrefix(Self.temporaryPrefix) {
      try? fm.removeItem(at: outputDirectory.appendingPathComponent(name))
    }
    Self.syncDirectory(outputDirectory.path)
  }

  /// Writes a file next to its final path and renames it into place (for run-level files).
  public static func writeAtomically(_ bytes: [UInt8], to url: URL) throws {
    let folder = url.deletingLastPathComponent()
    let temp = folder.appendingPathComponent(
      "\(temporaryPrefix)\(url.lastPathComponent)-\(getpid())")
    do {
      try writeSynced(bytes, to: temp.path)
    } catch BudgetETLError.writeFailed(_, let reason) {
      unlink(temp.path)
      throw BudgetETLError.writeFailed(path: url.path, reason: reason)
    }
    if rename(temp.path, url.path) != 0 {
      let reason = FailureText.posix(errno)
      unlink(temp.path)
      throw BudgetETLError.writeFailed(path: url.path, reason: reason)
    }
    syncDirectory(folder.path)
  }

  static func writeSynced(_ bytes: [UInt8], to path: String) throws {
    try write(bytes, to: path, sync: true)
  }

  /// Creates (or truncates) `path` and writes `bytes` (swift-system: `FileDescriptor.writeAll`
  /// retries interrupted and partial writes); `sync` adds an `fsync`. A failure names the file
  /// and the cause (`FailureText.posix`).
  static func write(_ bytes: [UInt8], to path: String, sync: Bool) throws {
    let filePath = FilePath(path)
    do {
      let fd = try FileDescriptor.open(
        filePath, .writeOnly, options: [.create, .truncate, .closeOnExec],
        permissions: [.ownerReadWrite, .groupRead, .otherRead])
      try fd.closeAfter {
        _ = try fd.writeAll(bytes)
        if sync, fsync(fd.rawValue) != 0 { throw Errno(rawValue: errno) }
      }
    } catch let error as Errno {
      throw BudgetETLError.writeFailed(path: path, reason: FailureText.posix(error.rawValue))
    }
  }

  typealias SyncFS = @convention(c) (Int32) -> Int32

  /// glibc's `syncfs`, looked up at run time (Swift's Glibc module does not export it).
  static let syncfs: SyncFS? = {
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "syncfs") else {
      return nil
    }
    return unsafeBitCast(symbol, to: SyncFS.self)
  }()

  /// Makes a folder's files and entries durable: one `syncfs` on its file system, or, where
  /// that call is missing or fails, `fsync` on every file and the folder.
  static func syncFolder(_ path: String, files: [String], fileSystem: Bool = true) {
    if fileSystem {
      let fd = open(path, O_RDONLY | O_DIRECTORY)
      if fd >= 0 {
        defer { close(fd) }
        if let syncfs, syncfs(fd) == 0 { return }
      }
    }
    for name in files {
      let file = open((path as NSString).appendingPathComponent(name), O_RDONLY)
      if file >= 0 {
        fsync(file)
        close(file)
      }
    }
    syncDirectory(path)
  }

  static func syncDirectory(_ path: String) {
    let fd = open(path, O_RDONLY | O_DIRECTORY)
    if fd >= 0 {
      fsync(fd)
      close(fd)
    }
  }
}
