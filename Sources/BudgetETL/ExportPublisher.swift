import BudgetModel
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Publishes a document's export atomically: the files are written and fsynced into a
/// temporary folder beside the final one, which is then swapped into place with
/// `renameat2(RENAME_EXCHANGE)` (or renamed, when there was none). A process killed at any
/// moment leaves the previous complete export or the new complete export; its temporary
/// folders are removed by the next run.
public struct ExportPublisher: Sendable {
  public let outputDirectory: URL
  static let temporaryPrefix = ".tmp-"

  public init(outputDirectory: URL) {
    self.outputDirectory = outputDirectory
  }

  /// A document id made safe as a single path component under the output folder.
  public static func folderName(for documentId: String) -> String {
    let allowed = documentId.lowercased().unicodeScalars.map { s -> Character in
      (s.value < 0x80 && (CharacterSet.alphanumerics.contains(s) || s == "-" || s == "_")) ? Character(s) : "-"
    }
    var name = String(allowed).trimmingCharacters(in: CharacterSet(charactersIn: "-."))
    if name.isEmpty { name = "document" }
    return String(name.prefix(120))
  }

  /// Writes `files` into a new temporary folder and returns it (not yet published).
  public func stage(_ files: [ExportFile], documentId: String) throws -> URL {
    let name = Self.folderName(for: documentId)
    let temp = outputDirectory.appendingPathComponent("\(Self.temporaryPrefix)\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let fm = FileManager.default
    try fm.createDirectory(at: temp, withIntermediateDirectories: true)
    for file in files {
      precondition(!file.name.contains("/") && !file.name.hasPrefix("."), "export file names are plain names")
      let url = temp.appendingPathComponent(file.name)
      try Self.writeSynced(file.bytes, to: url.path)
    }
    Self.syncDirectory(temp.path)
    return temp
  }

  /// Moves a staged folder into place as the document's export.
  public func publish(staged: URL, documentId: String) throws -> URL {
    let final = outputDirectory.appendingPathComponent(Self.folderName(for: documentId))
    let fm = FileManager.default
    if fm.fileExists(atPath: final.path) {
      if Self.exchange(staged.path, final.path) != 0 {
        throw BudgetETLError.publishFailed(path: final.path, reason: String(cString: strerror(errno)))
      }
      Self.syncDirectory(outputDirectory.path)
      try? fm.removeItem(at: staged)  // now holds the previous export
    } else {
      if rename(staged.path, final.path) != 0 {
        throw BudgetETLError.publishFailed(path: final.path, reason: String(cString: strerror(errno)))
      }
      Self.syncDirectory(outputDirectory.path)
    }
    return final
  }

  typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

  /// glibc's `renameat2`, looked up at run time (Swift's Glibc module does not export it).
  nonisolated(unsafe) static let renameat2: RenameAt2? = {
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
    return unsafeBitCast(symbol, to: RenameAt2.self)
  }()

  /// Atomically swaps two paths (`RENAME_EXCHANGE`). Falls back to a rename pair where the
  /// call is missing; a run killed between the two renames is repaired by the next run.
  static func exchange(_ a: String, _ b: String) -> Int32 {
    let renameExchange: UInt32 = 2
    if let renameat2 {
      return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange)
    }
    let aside = b + ".old"
    guard rename(b, aside) == 0 else { return -1 }
    guard rename(a, b) == 0 else { _ = rename(aside, b); return -1 }
    return rename(aside, a)
  }

  /// Removes temporary folders that a killed run left behind.
  public func removeStaleTemporaries() {
    let fm = FileManager.default
    guard let names = try? fm.contentsOfDirectory(atPath: outputDirectory.path) else { return }
    for name in names where name.hasPrefix(Self.temporaryPrefix) {
      try? fm.removeItem(at: outputDirectory.appendingPathComponent(name))
    }
  }

  /// Writes a file next to its final path and renames it into place (for run-level files).
  public static func writeAtomically(_ bytes: [UInt8], to url: URL) throws {
    let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    try writeSynced(bytes, to: temp.path)
    if rename(temp.path, url.path) != 0 {
      throw BudgetETLError.publishFailed(path: url.path, reason: String(cString: strerror(errno)))
    }
  }

  static func writeSynced(_ bytes: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw BudgetETLError.publishFailed(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      guard n > 0 else { throw BudgetETLError.publishFailed(path: path, reason: String(cString: strerror(errno))) }
      offset += n
    }
    fsync(fd)
  }

  static func syncDirectory(_ path: String) {
    let fd = open(path, O_RDONLY | O_DIRECTORY)
    if fd >= 0 {
      fsync(fd)
      close(fd)
    }
  }
}
