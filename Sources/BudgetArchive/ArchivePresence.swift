import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The archive as a product of its own (issue #24): a run that does not rebuild it either
/// finds it described and current, or removes it. The archive's files and their hashes are
/// recorded beside it (``describedName``) when a build has renamed them into place, so a run
/// that changes no document can list them in the catalog without hashing 300 MB again.
extension Archive {
  /// The record of the published archive's files: one `path<TAB>media type<TAB>bytes<TAB>sha256`
  /// line each. A dotfile, so that no scan takes it for a document or an archive file.
  public static let describedName = ".archive-files.tsv"

  /// Every name at the top of an export folder the archive owns.
  public static let ownedNames = [
    describedName, databaseName, metadataName, CombinedTables.folderName,
  ]

  /// What an export folder holds of an archive.
  public enum Presence: Sendable, Equatable {
    /// No archive file at all.
    case absent
    /// The archive a build published, its files as recorded and still of their recorded sizes.
    case described([PublishedFile])
    /// Archive files whose record is missing or does not match them (an interrupted build, an
    /// archive of an older tool): they cannot be listed, so they must be rebuilt or removed.
    case undescribed
  }

  /// What `root` holds of an archive.
  public static func presence(root: URL) -> Presence {
    let fm = FileManager.default
    let present = ownedNames.dropFirst().contains {
      fm.fileExists(atPath: root.appendingPathComponent($0).path)
    }
    guard present else { return .absent }
    guard
      let data = fm.contents(atPath: root.appendingPathComponent(describedName).path),
      let files = parseDescribed(Array(data)), !files.isEmpty,
      fm.fileExists(atPath: root.appendingPathComponent(metadataName).path)
    else { return .undescribed }
    for file in files {
      let attributes = try? fm.attributesOfItem(
        atPath: root.appendingPathComponent(file.path).path)
      guard (attributes?[.size] as? NSNumber)?.int64Value == file.bytes else {
        return .undescribed
      }
    }
    return .described(files)
  }

  /// Removes the archive from `root`: the record first (so that a run stopped half-way leaves
  /// an undescribed archive, never a described stale one), then its files, then one sync of the
  /// folder. Returns whether anything was there.
  @discardableResult
  public static func remove(root: URL) throws -> Bool {
    let fm = FileManager.default
    var removed = false
    for name in ownedNames {
      let url = root.appendingPathComponent(name)
      guard fm.fileExists(atPath: url.path) else { continue }
      do {
        try fm.removeItem(at: url)
      } catch {
        throw ArchiveError.writeFailed(path: url.path, reason: "cannot be removed: \(error)")
      }
      removed = true
    }
    if removed { try AtomicFile.sync(root.path) }
    return removed
  }

  /// The record's bytes.
  static func describedBytes(_ files: [PublishedFile]) -> [UInt8] {
    var text = ""
    for f in files { text += "\(f.path)\t\(f.mediaType)\t\(f.bytes)\t\(f.sha256)\n" }
    return Array(text.utf8)
  }

  static func parseDescribed(_ bytes: [UInt8]) -> [PublishedFile]? {
    var files: [PublishedFile] = []
    for line in bytes.split(separator: 0x0A) {
      let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
      }
      guard fields.count == 4, let size = Int64(fields[2]), fields[3].utf8.count == 64,
        !fields[0].hasPrefix("/"), !fields[0].contains("..")
      else { return nil }
      files.append(
        PublishedFile(path: fields[0], mediaType: fields[1], bytes: size, sha256: fields[3]))
    }
    return files
  }
}
